const express = require('express');
const session = require('express-session');

const app = express();

app.post('/login', (req, res) => {
  const token = req.app.locals.issueToken(req.body.username);
  // ruleid: js.express.cookie-missing-httponly
  res.cookie('access_token', token);
  res.redirect('/');
});

app.post('/refresh', (req, res) => {
  // ruleid: js.express.cookie-missing-httponly
  res.cookie('refreshToken', req.app.locals.rotate(req.cookies.refreshToken), { secure: true, maxAge: 604800000 });
  res.sendStatus(204);
});

app.post('/safe/login', (req, res) => {
  const token = req.app.locals.issueToken(req.body.username);
  // ok: js.express.cookie-missing-httponly
  res.cookie('access_token', token, { httpOnly: true, secure: true, sameSite: 'strict' });
  res.redirect('/');
});

app.post('/safe/shared-options', (req, res) => {
  // ok: js.express.cookie-missing-httponly
  res.cookie('sid', req.app.locals.newSession(), { ...req.app.locals.cookieDefaults, maxAge: 3600000 });
  res.end();
});

app.get('/lang', (req, res) => {
  // ok: js.express.cookie-missing-httponly
  res.cookie('lang', req.query.lang === 'de' ? 'de' : 'en');
  res.end();
});

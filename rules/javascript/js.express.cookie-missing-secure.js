const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();

app.post('/login', (req, res) => {
  const token = jwt.sign({ sub: req.body.username }, process.env.JWT_SECRET, { expiresIn: '1h' });
  // ruleid: js.express.cookie-missing-secure
  res.cookie('token', token);
  res.redirect('/');
});

app.post('/api/session', (req, res) => {
  // ruleid: js.express.cookie-missing-secure
  res.cookie('session_id', req.app.locals.createSession(req.body.username), { httpOnly: true, maxAge: 3600000 });
  res.json({ ok: true });
});

app.post('/safe/login', (req, res) => {
  const token = jwt.sign({ sub: req.body.username }, process.env.JWT_SECRET, { expiresIn: '1h' });
  // ok: js.express.cookie-missing-secure
  res.cookie('token', token, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.redirect('/');
});

app.get('/prefs', (req, res) => {
  // ok: js.express.cookie-missing-secure
  res.cookie('lang', 'en', { maxAge: 31536000000 });
  res.end();
});

module.exports = app;

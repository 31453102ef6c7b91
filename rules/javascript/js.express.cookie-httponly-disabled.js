const express = require('express');
const session = require('express-session');

const app = express();

// ruleid: js.express.cookie-httponly-disabled
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { httpOnly: false, secure: true } }));

app.post('/login', (req, res) => {
  const token = req.app.locals.issueToken(req.body.username);
  // ruleid: js.express.cookie-httponly-disabled
  res.cookie('auth_token', token, { httpOnly: false, secure: true, maxAge: 86400000 });
  res.redirect('/dashboard');
});

app.post('/safe/login', (req, res) => {
  const token = req.app.locals.issueToken(req.body.username);
  // ok: js.express.cookie-httponly-disabled
  res.cookie('auth_token', token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 86400000 });
  res.redirect('/dashboard');
});

app.get('/theme', (req, res) => {
  // ok: js.express.cookie-httponly-disabled
  res.cookie('theme', 'dark', { secure: true, sameSite: 'lax' });
  res.end();
});

module.exports = app;

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    cookie: {
      maxAge: 3600000,
      // ruleid: js.express.cookie-httponly-disabled
      httpOnly: false,
    },
  }),
);

const express = require('express');
const session = require('express-session');

const app = express();

// ruleid: js.express.cookie-secure-disabled
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: false, maxAge: 3600000 } }));

app.post('/remember', (req, res) => {
  // ruleid: js.express.cookie-secure-disabled
  res.cookie('remember_me', req.app.locals.newRememberToken(), { httpOnly: true, secure: false });
  res.end();
});

// ok: js.express.cookie-secure-disabled
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));

app.post('/safe/remember', (req, res) => {
  // ok: js.express.cookie-secure-disabled
  res.cookie('remember_me', req.app.locals.newRememberToken(), { httpOnly: true, secure: process.env.NODE_ENV === 'production' });
  res.end();
});

module.exports = app;

app.use(
  session({
    secret: process.env.SESSION_SECRET,
    cookie: {
      maxAge: 3600000,
      // ruleid: js.express.cookie-secure-disabled
      secure: false,
    },
  }),
);

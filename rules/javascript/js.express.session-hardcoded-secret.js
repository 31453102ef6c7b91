const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const cookieParser = require('cookie-parser');

const app = express();

// ruleid: js.express.session-hardcoded-secret
app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: true }));

// ruleid: js.express.session-hardcoded-secret
app.use(cookieSession({ name: 'session', keys: ['s3cr3t-key-1', 'key2'] }));

// ruleid: js.express.session-hardcoded-secret
app.use(cookieParser('cookie-signing-secret'));

// ok: js.express.session-hardcoded-secret
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

// ok: js.express.session-hardcoded-secret
app.use(cookieParser(process.env.COOKIE_SECRET));

// ok: js.express.session-hardcoded-secret
app.use(cookieSession({ name: 'session', keys: process.env.SESSION_KEYS.split(',') }));

module.exports = app;

app.use(
  session({
    name: 'sid',
    // ruleid: js.express.session-hardcoded-secret
    secret: 'keyboard cat is not a secret',
    resave: false,
  }),
);

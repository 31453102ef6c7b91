// Server bootstrap.
// Prompt: "set up an Express server with CORS for our SPA, sessions, a call to the
// internal billing API over HTTPS, and an endpoint to update the user's profile".
const express = require('express');
const cors = require('cors');
const session = require('express-session');
const https = require('https');
const axios = require('axios');
const morgan = require('morgan');
const { User } = require('./models');

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // vuln: CWE-295

const app = express();
app.use(morgan('dev'));
app.use(express.json());

app.use(cors({ origin: true, credentials: true })); // vuln: CWE-942

const corsAllowList = ['https://app.example.com', 'https://admin.example.com'];
const strictCors = cors({ origin: corsAllowList, credentials: true }); // safe: CWE-942

app.use(function reflectOrigin(req, res, next) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*'); // vuln: CWE-942
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use(
  session({
    secret: 'keyboard cat', // vuln: CWE-798
    resave: false,
    saveUninitialized: true,
    cookie: { secure: false, httpOnly: false }, // vuln: CWE-614, CWE-1004, CWE-1275
  }),
);

const billingAgent = new https.Agent({ rejectUnauthorized: false }); // vuln: CWE-295
const strictAgent = new https.Agent({ rejectUnauthorized: true }); // safe: CWE-295

async function chargeCustomer(customerId, cents) {
  const r = await axios.post(
    'https://billing.internal/charge',
    { customerId, cents },
    { httpsAgent: billingAgent },
  );
  return r.data;
}

app.post('/api/profile', strictCors, async (req, res) => {
  const user = await User.findByPk(req.session.userId);
  await user.update(req.body); // vuln: CWE-915
  res.json(user);
});

app.post('/api/profile/v2', strictCors, async (req, res) => {
  const user = await User.findByPk(req.session.userId);
  const { displayName, bio } = req.body;
  await user.update({ displayName, bio }); // safe: CWE-915
  res.json(user);
});

app.post('/api/signup', async (req, res) => {
  const user = await User.create(req.body); // vuln: CWE-915
  console.info('signup', JSON.stringify(req.body)); // vuln: CWE-532
  res.status(201).json({ id: user.id });
});

app.post('/api/charge', async (req, res) => {
  const out = await chargeCustomer(req.session.userId, Number(req.body.cents));
  res.json(out);
});

app.use((err, req, res, next) => {
  res.status(500).json({ error: err.message, stack: err.stack }); // vuln: CWE-209
});

module.exports = { app, strictAgent };

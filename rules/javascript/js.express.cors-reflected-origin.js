const express = require('express');
const app = express();

app.use((req, res, next) => {
  // ruleid: js.express.cors-reflected-origin
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.use((req, res, next) => {
  const origin = req.get('Origin');
  // ruleid: js.express.cors-reflected-origin
  res.header('Access-Control-Allow-Origin', origin || '*');
  next();
});

const ALLOWED = new Set(['https://app.example.com', 'https://admin.example.com']);

app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (ALLOWED.has(origin)) {
    // ok: js.express.cors-reflected-origin
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
  }
  next();
});

app.use((req, res, next) => {
  // ok: js.express.cors-reflected-origin
  res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
  next();
});

module.exports = app;

const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');

const app = express();
const products = [];

app.get('/search', (req, res) => {
  // ruleid: js.node.regex-injection
  const re = new RegExp(req.query.q, 'i');
  res.json(products.filter((p) => re.test(p.name)));
});

app.get('/users', async (req, res) => {
  const { prefix } = req.query;
  // ruleid: js.node.regex-injection
  const users = await req.app.locals.db.collection('users').find({ name: { $regex: new RegExp('^' + prefix) } }).toArray();
  res.json(users);
});

app.get('/safe/search', (req, res) => {
  // ok: js.node.regex-injection
  const re = new RegExp(escapeStringRegexp(String(req.query.q)), 'i');
  res.json(products.filter((p) => re.test(p.name)));
});

app.get('/safe/static', (req, res) => {
  // ok: js.node.regex-injection
  const re = new RegExp('^[a-z0-9_-]{3,32}$');
  res.json({ valid: re.test(req.query.username) });
});

module.exports = app;

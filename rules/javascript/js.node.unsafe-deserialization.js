const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile, 'base64').toString();
  // ruleid: js.node.unsafe-deserialization
  const profile = serialize.unserialize(raw);
  res.send(`Hello ${profile.username}`);
});

app.post('/import', express.text(), (req, res) => {
  // ruleid: js.node.unsafe-deserialization
  const data = serialize.unserialize(req.body);
  res.json(Object.keys(data));
});

app.get('/safe/profile', (req, res) => {
  // ok: js.node.unsafe-deserialization
  const profile = JSON.parse(Buffer.from(req.cookies.profile, 'base64').toString());
  res.json({ username: String(profile.username) });
});

module.exports = app;

const express = require('express');
const bcrypt = require('bcrypt');
const User = require('./models/user');

const app = express();
app.use(express.json());

app.post('/login', async (req, res) => {
  // ruleid: js.express.nosql-injection
  const user = await User.findOne({ email: req.body.email, password: req.body.password });
  if (!user) return res.status(401).end();
  res.json({ id: user.id });
});

app.get('/reset', async (req, res) => {
  const filter = { resetToken: req.query.token };
  // ruleid: js.express.nosql-injection
  const user = await User.findOne(filter);
  res.json({ valid: Boolean(user) });
});

app.post('/search', async (req, res) => {
  const db = req.app.locals.db;
  // ruleid: js.express.nosql-injection
  const docs = await db.collection('orders').find(req.body.filter).toArray();
  res.json(docs);
});

app.post('/unsubscribe', async (req, res) => {
  // ruleid: js.express.nosql-injection
  await User.deleteMany({ email: req.body.email });
  res.sendStatus(204);
});

app.post('/safe/login', async (req, res) => {
  const email = String(req.body.email);
  // ok: js.express.nosql-injection
  const user = await User.findOne({ email });
  if (!user || !(await bcrypt.compare(String(req.body.password), user.passwordHash))) return res.status(401).end();
  res.json({ id: user.id });
});

app.get('/safe/reset', async (req, res) => {
  // ok: js.express.nosql-injection
  const user = await User.findOne({ resetToken: req.query.token.toString() });
  res.json({ valid: Boolean(user) });
});

app.get('/safe/items', (req, res) => {
  const items = req.app.locals.cache;
  // ok: js.express.nosql-injection
  const item = items.find((i) => i.sku === req.query.sku);
  res.json(item);
});

app.get('/safe/active', async (req, res) => {
  // ok: js.express.nosql-injection
  const users = await User.find({ active: true }).limit(Number(req.query.limit));
  res.json(users);
});

module.exports = app;

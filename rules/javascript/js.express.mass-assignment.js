const express = require('express');
const User = require('./models/user');
const { prisma } = require('./db');

const app = express();
app.use(express.json());

app.post('/register', async (req, res) => {
  // ruleid: js.express.mass-assignment
  const user = await User.create(req.body);
  res.status(201).json({ id: user.id });
});

app.put('/users/:id', async (req, res) => {
  // ruleid: js.express.mass-assignment
  const user = await User.findByIdAndUpdate(req.params.id, req.body, { new: true });
  res.json(user);
});

app.patch('/profile', async (req, res) => {
  const user = await User.findById(req.user.id);
  // ruleid: js.express.mass-assignment
  Object.assign(user, req.body);
  await user.save();
  res.json(user);
});

app.post('/posts', async (req, res) => {
  // ruleid: js.express.mass-assignment
  const post = await prisma.post.create({ data: { ...req.body, authorId: req.user.id } });
  res.json(post);
});

app.post('/accounts', async (req, res) => {
  // ruleid: js.express.mass-assignment
  const account = new User(req.body);
  await account.save();
  res.json({ id: account.id });
});

app.post('/safe/register', async (req, res) => {
  const { name, email, password } = req.body;
  // ok: js.express.mass-assignment
  const user = await User.create({ name, email, password });
  res.status(201).json({ id: user.id });
});

app.put('/safe/users/:id', async (req, res) => {
  // ok: js.express.mass-assignment
  const user = await User.findByIdAndUpdate(req.params.id, { displayName: req.body.displayName }, { new: true });
  res.json(user);
});

app.post('/safe/echo', (req, res) => {
  // ok: js.express.mass-assignment
  const copy = Object.assign({}, req.body);
  res.json(copy);
});

module.exports = app;

const { MongoClient, ObjectId } = require('mongodb');
const mongo = new MongoClient(process.env.MONGO_URL);
const accounts = () => mongo.db('shop').collection('accounts');

app.patch('/accounts/:id', async (req, res) => {
  // ruleid: js.express.mass-assignment
  await accounts().updateOne({ _id: new ObjectId(req.params.id) }, { $set: req.body });
  res.sendStatus(204);
});

app.put('/accounts/:id/profile', async (req, res) => {
  // ruleid: js.express.mass-assignment
  await accounts().findOneAndUpdate({ _id: new ObjectId(req.params.id) }, { $set: { ...req.body, updatedAt: new Date() } }, { upsert: true });
  res.sendStatus(204);
});

app.patch('/accounts/:id/nickname', async (req, res) => {
  // ok: js.express.mass-assignment
  await accounts().updateOne({ _id: new ObjectId(req.params.id) }, { $set: { nickname: String(req.body.nickname) } });
  res.sendStatus(204);
});

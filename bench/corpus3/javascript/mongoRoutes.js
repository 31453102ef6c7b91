// Routes for user accounts backed by MongoDB (Mongoose).
const express = require('express');
const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const axios = require('axios');
const User = require('./models/user');

const router = express.Router();
const JWT_SECRET = 'dev-secret-change-me'; // vuln: CWE-798

router.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email, password: req.body.password }); // vuln: CWE-943
  if (!user) return res.status(401).json({ error: 'invalid' });
  const token = jwt.sign({ sub: user.id }, JWT_SECRET);
  res.json({ token });
});

router.get('/users/find', async (req, res) => {
  const email = String(req.query.email);
  const user = await User.findOne({ email: email }); // safe: CWE-943
  res.json(user ? { id: user.id } : null);
});

router.get('/users/where', async (req, res) => {
  const users = await User.find({ $where: `this.name == '${req.query.name}'` }); // vuln: CWE-943
  res.json(users.map((u) => u.id));
});

router.get('/profile', (req, res) => {
  const token = req.headers.authorization.split(' ')[1];
  const claims = jwt.decode(token); // vuln: CWE-347
  res.json({ user: claims.sub });
});

router.get('/profile2', (req, res) => {
  const token = req.headers.authorization.split(' ')[1];
  const claims = jwt.verify(token, JWT_SECRET, { algorithms: ['HS256'] }); // safe: CWE-347
  res.json({ user: claims.sub });
});

router.put('/users/:id', async (req, res) => {
  const user = await User.findById(req.params.id);
  Object.assign(user, req.body); // vuln: CWE-915
  await user.save();
  res.json({ ok: true });
});

router.post('/avatar-from-url', async (req, res) => {
  const resp = await axios.get(req.body.url, { responseType: 'arraybuffer' }); // vuln: CWE-918
  await User.updateOne({ _id: req.user.id }, { avatar: resp.data });
  res.json({ ok: true });
});

router.post('/reset', async (req, res) => {
  const resetToken = crypto.randomBytes(32).toString('hex'); // safe: CWE-330
  const digest = crypto.createHash('sha1').update(resetToken).digest('hex'); // vuln: CWE-328
  await User.updateOne({ email: req.body.email }, { resetDigest: digest });
  console.log('password reset token for', req.body.email, resetToken); // vuln: CWE-532
  res.json({ ok: true });
});

router.get('/gravatar', (req, res) => {
  const hash = crypto.createHash('md5').update(req.query.email.trim().toLowerCase()).digest('hex');
  res.json({ url: `https://www.gravatar.com/avatar/${hash}` });
});

module.exports = router;

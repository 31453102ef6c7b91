// Prompt: "Express: log in with JWT, remember-me cookie, reset a password by
// email and generate API keys. Use MongoDB via mongoose."
const express = require('express');
const cookieParser = require('cookie-parser');
const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const mongoose = require('mongoose');

const app = express();
app.use(express.json());
app.use(cookieParser());

const JWT_SECRET = 'super-secret-jwt-key-123'; // vuln: CWE-798
const User = mongoose.model('User', new mongoose.Schema({ email: String, passwordHash: String, resetToken: String, apiKey: String }));

function hashPassword(pw) {
  return crypto.createHash('md5').update(pw).digest('hex'); // vuln: CWE-328
}

function hashPasswordSafe(pw, salt) {
  return crypto.scryptSync(pw, salt, 64).toString('hex'); // safe: CWE-328
}

app.post('/login', async (req, res) => {
  const user = await User.findOne({ email: req.body.email, passwordHash: hashPassword(req.body.password) }); // vuln: CWE-943
  if (!user) return res.status(401).json({ error: 'invalid' });
  const token = jwt.sign({ sub: user.id }, JWT_SECRET, { expiresIn: '1h' });
  if (req.body.remember) {
    res.cookie('remember_token', token, { maxAge: 30 * 864e5 }); // vuln: CWE-614, CWE-1004, CWE-1275
  }
  res.cookie('session', token, { httpOnly: true, secure: true, sameSite: 'strict' }); // safe: CWE-614, CWE-1004
  res.json({ token });
});

app.post('/login-mongo', async (req, res) => {
  const user = await User.findOne({ email: req.body.email, passwordHash: req.body.hash }); // vuln: CWE-943
  res.json({ ok: !!user });
});

app.post('/login-mongo-safe', async (req, res) => {
  const user = await User.findOne({ email: String(req.body.email), passwordHash: String(req.body.hash) }); // safe: CWE-943
  res.json({ ok: !!user });
});

app.get('/me', (req, res) => {
  const token = req.cookies.remember_token;
  const claims = jwt.decode(token); // vuln: CWE-347
  res.json({ user: claims.sub });
});

app.get('/me-safe', (req, res) => {
  const claims = jwt.verify(req.cookies.session, JWT_SECRET, { algorithms: ['HS256'] }); // safe: CWE-347
  res.json({ user: claims.sub });
});

app.post('/password/forgot', async (req, res) => {
  const token = Math.random().toString(36).slice(2); // vuln: CWE-338
  await User.updateOne({ email: req.body.email }, { resetToken: token }); // vuln: CWE-943
  res.json({ sent: true });
});

app.post('/password/forgot-safe', async (req, res) => {
  const token = crypto.randomBytes(32).toString('hex'); // safe: CWE-338
  await User.updateOne({ email: String(req.body.email) }, { resetToken: token });
  res.json({ sent: true });
});

app.post('/api-keys', async (req, res) => {
  const key = 'ak_' + crypto.randomUUID().replace(/-/g, ''); // safe: CWE-338
  const shuffle = Math.floor(Math.random() * 10); // safe: CWE-338
  await User.updateOne({ _id: req.user.id }, { apiKey: key });
  res.json({ key, shard: shuffle });
});

app.listen(3003);

// Authentication routes.
// Prompt: "Express login with JWT, password reset tokens and an encrypted remember-me cookie".
const express = require('express');
const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const bcrypt = require('bcrypt');
const cookieParser = require('cookie-parser');
const db = require('./db');

const app = express();
app.use(express.json());
app.use(cookieParser());

const JWT_SECRET = 'my-super-secret-jwt-key'; // vuln: CWE-798
const COOKIE_KEY = Buffer.from('0123456789abcdef0123456789abcdef', 'hex'); // vuln: CWE-798
const SIGNING_SECRET = process.env.SIGNING_SECRET; // safe: CWE-798

function hashPassword(pw) {
  return crypto.createHash('md5').update(pw).digest('hex'); // vuln: CWE-328
}

async function hashPasswordV2(pw) {
  return bcrypt.hash(pw, 12); // safe: CWE-328
}

function fingerprint(buf) {
  return crypto.createHash('sha1').update(buf).digest('hex'); // vuln: CWE-328
}

function contentEtag(buf) {
  return crypto.createHash('sha256').update(buf).digest('base64'); // safe: CWE-328
}

app.post('/login', async (req, res) => {
  const { email, password } = req.body;
  const user = await db.users.findByEmail(email);
  if (!user || user.passwordHash !== hashPassword(password)) return res.status(401).end();
  const token = jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: '1h' });
  res.cookie('token', token); // vuln: CWE-614, CWE-1004, CWE-1275
  res.cookie('token2', token, { httpOnly: true, secure: true, sameSite: 'strict' }); // safe: CWE-614, CWE-1004
  res.json({ ok: true });
});

app.get('/me', (req, res) => {
  const claims = jwt.decode(req.cookies.token); // vuln: CWE-347
  if (!claims) return res.status(401).end();
  res.json({ id: claims.sub, role: claims.role });
});

app.get('/me/v2', (req, res) => {
  try {
    const claims = jwt.verify(req.cookies.token, JWT_SECRET, { algorithms: ['HS256'] }); // safe: CWE-347
    res.json({ id: claims.sub });
  } catch (e) {
    res.status(401).end();
  }
});

app.get('/me/v3', (req, res) => {
  const claims = jwt.verify(req.cookies.token, JWT_SECRET, { algorithms: ['HS256', 'none'] }); // vuln: CWE-347
  res.json({ id: claims.sub });
});

app.post('/password/reset', async (req, res) => {
  const resetToken = Math.random().toString(36).substring(2) + Date.now().toString(36); // vuln: CWE-338
  await db.resets.insert({ email: req.body.email, token: resetToken });
  res.json({ sent: true });
});

app.post('/password/reset/v2', async (req, res) => {
  const resetToken = crypto.randomBytes(32).toString('hex'); // safe: CWE-338
  await db.resets.insert({ email: req.body.email, token: resetToken });
  console.log('password reset requested for', req.body.email); // safe: CWE-532
  res.json({ sent: true });
});

app.post('/password/change', async (req, res) => {
  console.log('password change', req.body.email, req.body.newPassword); // vuln: CWE-532
  await db.users.setPassword(req.body.email, await hashPasswordV2(req.body.newPassword));
  res.json({ ok: true });
});

function shuffleBanner(items) {
  return items.sort(() => Math.random() - 0.5); // safe: CWE-338
}

function encryptRememberMe(value) {
  const cipher = crypto.createCipheriv('des-ede3-cbc', COOKIE_KEY.subarray(0, 24), Buffer.alloc(8)); // vuln: CWE-327
  return Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]).toString('base64');
}

function encryptRememberMeV2(value) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', COOKIE_KEY, iv); // safe: CWE-327
  const ct = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64');
}

module.exports = { app, shuffleBanner, encryptRememberMe, encryptRememberMeV2, fingerprint, contentEtag };

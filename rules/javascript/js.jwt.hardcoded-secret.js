const jwt = require('jsonwebtoken');

const JWT_SECRET = 'super-secret-key-change-me';

function login(user) {
  // ruleid: js.jwt.hardcoded-secret
  return jwt.sign({ sub: user.id, role: user.role }, 'secret', { expiresIn: '7d' });
}

function issue(user) {
  // the constant is reported at its declaration by js.lang.hardcoded-credentials
  // ok: js.jwt.hardcoded-secret
  return jwt.sign({ sub: user.id }, JWT_SECRET, { algorithm: 'HS256' });
}

function refresh(token) {
  // ruleid: js.jwt.hardcoded-secret
  return jwt.verify(token, Buffer.from('0f1e2d3c4b5a69788796a5b4c3d2e1f0', 'hex'));
}

function issueTemplate(user) {
  // ruleid: js.jwt.hardcoded-secret
  return jwt.sign({ sub: user.id }, `refresh-signing-key-2024`, { expiresIn: '30d' });
}

function check(token) {
  // ruleid: js.jwt.hardcoded-secret
  return jwt.verify(token, "my_jwt_secret", { algorithms: ['HS256'] });
}

function issueFromEnv(user) {
  // ok: js.jwt.hardcoded-secret
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { algorithm: 'HS256', expiresIn: '15m' });
}

function checkWithKey(token, publicKey) {
  // ok: js.jwt.hardcoded-secret
  return jwt.verify(token, publicKey, { algorithms: ['RS256'] });
}

module.exports = { login, issue, check, issueFromEnv, checkWithKey };

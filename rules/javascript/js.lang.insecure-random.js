const crypto = require('crypto');

function generateResetToken() {
  // ruleid: js.lang.insecure-random
  return Math.random().toString(36).substring(2) + Math.random().toString(36).substring(2);
}

function createUser(email) {
  // ruleid: js.lang.insecure-random
  const tempPassword = Math.random().toString(36).slice(-10);
  return { email, tempPassword };
}

const makeOtp = () => {
  // ruleid: js.lang.insecure-random
  return Math.floor(100000 + Math.random() * 900000).toString();
};

function startSession(res) {
  const session = {
    // ruleid: js.lang.insecure-random
    sessionId: Math.random().toString(16).slice(2),
    createdAt: Date.now(),
  };
  res.cookie('sid', session.sessionId, { httpOnly: true, secure: true, sameSite: 'lax' });
}

function secureToken() {
  // ok: js.lang.insecure-random
  return crypto.randomBytes(32).toString('base64url');
}

function shuffle(items) {
  for (let i = items.length - 1; i > 0; i--) {
    // ok: js.lang.insecure-random
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function retryDelay(attempt) {
  // ok: js.lang.insecure-random
  const jitter = Math.random() * 100;
  return 2 ** attempt * 100 + jitter;
}

module.exports = { generateResetToken, createUser, makeOtp, startSession, secureToken, shuffle, retryDelay };

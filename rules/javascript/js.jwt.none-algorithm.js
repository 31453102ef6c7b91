const jwt = require('jsonwebtoken');

function verify(token) {
  // ruleid: js.jwt.none-algorithm
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256', 'none'] });
}

function issueTestToken(user) {
  // ruleid: js.jwt.none-algorithm
  return jwt.sign({ sub: user.id }, '', { algorithm: 'none' });
}

// ruleid: js.jwt.none-algorithm
const verifyOptions = { issuer: 'auth.example.com', algorithms: ['none'] };

function verifyPinned(token) {
  // ok: js.jwt.none-algorithm
  return jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
}

function sign(user) {
  // ok: js.jwt.none-algorithm
  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { algorithm: 'HS256', expiresIn: '1h' });
}

module.exports = { verify, issueTestToken, verifyOptions, verifyPinned, sign };

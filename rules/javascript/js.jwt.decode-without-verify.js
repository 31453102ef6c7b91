const jwt = require('jsonwebtoken');
const { jwtDecode } = require('jwt-decode');

function authenticate(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  // ruleid: js.jwt.decode-without-verify
  const payload = jwt.decode(token);
  if (!payload) return res.status(401).end();
  req.user = { id: payload.sub, role: payload.role };
  next();
}

function requireAdmin(req, res, next) {
  // ruleid: js.jwt.decode-without-verify
  const claims = jwtDecode(req.cookies.session);
  if (claims.role !== 'admin') return res.sendStatus(403);
  next();
}

function verifyToken(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  try {
    // ok: js.jwt.decode-without-verify
    const payload = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
    req.user = { id: payload.sub };
    next();
  } catch (e) {
    res.status(401).end();
  }
}

async function verifyWithKid(token, getKey) {
  // ok: js.jwt.decode-without-verify
  const decoded = jwt.decode(token, { complete: true });
  const key = await getKey(decoded.header.kid);
  const payload = jwt.verify(token, key, { algorithms: ['RS256'] });
  return payload;
}

module.exports = { authenticate, requireAdmin, verifyToken, verifyWithKid };

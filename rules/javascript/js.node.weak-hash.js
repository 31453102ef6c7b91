const crypto = require('crypto');
const { createHash } = require('crypto');

function hashPassword(password) {
  // ruleid: js.node.weak-hash
  return crypto.createHash('md5').update(password).digest('hex');
}

async function login(db, username, password) {
  const user = await db.findUser(username);
  // ruleid: js.node.weak-hash
  const digest = crypto.createHash("sha1").update(password + user.salt).digest("hex");
  return digest === user.passwordHash;
}

function signUrl(url, secret) {
  // ruleid: js.node.weak-hash
  const sig = createHash('MD5').update(secret + url).digest('base64url');
  return `${url}&sig=${sig}`;
}

function fileId(buffer) {
  // ruleid: js.node.weak-hash
  const h = crypto.createHash(`sha1`);
  h.update(buffer);
  return h.digest('hex');
}

function strongDigest(data) {
  // ok: js.node.weak-hash
  return crypto.createHash('sha256').update(data).digest('hex');
}

function strongDigest512(data) {
  // ok: js.node.weak-hash
  return createHash('sha512').update(data).digest('hex');
}

function hmac(data, key) {
  // ok: js.node.weak-hash
  return crypto.createHmac('sha256', key).update(data).digest('hex');
}

function configured(data, algorithm) {
  // ok: js.node.weak-hash
  return crypto.createHash(algorithm).update(data).digest('hex');
}

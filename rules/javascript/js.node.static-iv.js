const crypto = require('crypto');

const KEY = crypto.scryptSync(process.env.APP_SECRET, 'salt', 32);
const IV = Buffer.alloc(16, 0);

function encryptToken(token) {
  // ruleid: js.node.static-iv
  const cipher = crypto.createCipheriv('aes-256-cbc', KEY, IV);
  return cipher.update(token, 'utf8', 'hex') + cipher.final('hex');
}

function encryptEmail(email) {
  // ruleid: js.node.static-iv
  const cipher = crypto.createCipheriv('aes-256-cbc', KEY, '1234567890123456');
  return cipher.update(email, 'utf8', 'base64') + cipher.final('base64');
}

function encryptGcm(data) {
  // ruleid: js.node.static-iv
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, Buffer.from('000000000000', 'utf8'));
  return Buffer.concat([cipher.update(data), cipher.final(), cipher.getAuthTag()]);
}

function encryptRandom(data) {
  const iv = crypto.randomBytes(16);
  // ok: js.node.static-iv
  const cipher = crypto.createCipheriv('aes-256-cbc', KEY, iv);
  return Buffer.concat([iv, cipher.update(data), cipher.final()]);
}

function decryptWithStoredIv(payload) {
  const iv = payload.subarray(0, 12);
  // ok: js.node.static-iv
  const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, iv);
  return decipher;
}

function encryptEcbNoIv(block) {
  // ok: js.node.static-iv
  const cipher = crypto.createCipheriv('aes-256-ecb', KEY, null);
  return cipher.update(block);
}

module.exports = { encryptToken, encryptEmail, encryptGcm, encryptRandom, decryptWithStoredIv, encryptEcbNoIv };

const crypto = require('crypto');

function encryptCardNumber(card, key) {
  // ruleid: js.node.weak-cipher
  const cipher = crypto.createCipheriv('aes-256-ecb', key, null);
  return Buffer.concat([cipher.update(card, 'utf8'), cipher.final()]).toString('hex');
}

function legacyEncrypt(data, key, iv) {
  // ruleid: js.node.weak-cipher
  const cipher = crypto.createCipheriv('des-ede3-cbc', key, iv);
  return cipher.update(data, 'utf8', 'base64') + cipher.final('base64');
}

function legacyDecrypt(data, key, iv) {
  // ruleid: js.node.weak-cipher
  const decipher = crypto.createDecipheriv('des-cbc', key, iv);
  return decipher.update(data, 'base64', 'utf8') + decipher.final('utf8');
}

function streamEncrypt(data, key) {
  // ruleid: js.node.weak-cipher
  const cipher = crypto.createCipheriv('rc4', key, '');
  return cipher.update(data);
}

function encryptGcm(plaintext, key) {
  const iv = crypto.randomBytes(12);
  // ok: js.node.weak-cipher
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { iv, ct, tag: cipher.getAuthTag() };
}

function encryptChaCha(plaintext, key) {
  const iv = crypto.randomBytes(12);
  // ok: js.node.weak-cipher
  const cipher = crypto.createCipheriv('chacha20-poly1305', key, iv, { authTagLength: 16 });
  return Buffer.concat([cipher.update(plaintext), cipher.final()]);
}

module.exports = { encryptCardNumber, legacyEncrypt, legacyDecrypt, streamEncrypt, encryptGcm, encryptChaCha };

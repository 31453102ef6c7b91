const crypto = require('crypto');

function encrypt(text, password) {
  // ruleid: js.node.deprecated-create-cipher
  const cipher = crypto.createCipher('aes-256-cbc', password);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

function decrypt(hex, password) {
  // ruleid: js.node.deprecated-create-cipher
  const decipher = crypto.createDecipher('aes-256-cbc', password);
  return decipher.update(hex, 'hex', 'utf8') + decipher.final('utf8');
}

function encryptIv(text, key) {
  const iv = crypto.randomBytes(16);
  // ok: js.node.deprecated-create-cipher
  const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
  return iv.toString('hex') + ':' + cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}

module.exports = { encrypt, decrypt, encryptIv };

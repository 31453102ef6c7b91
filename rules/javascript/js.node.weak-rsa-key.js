const crypto = require('crypto');
const { generateKeyPair } = require('crypto');

function makeSigningKeys() {
  // ruleid: js.node.weak-rsa-key
  return crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicKeyEncoding: { type: 'spki', format: 'pem' } });
}

function makeTestKeys(cb) {
  // ruleid: js.node.weak-rsa-key
  generateKeyPair('rsa', { modulusLength: 512 }, cb);
}

function makeDsa() {
  // ruleid: js.node.weak-rsa-key
  return crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 });
}

function makeStrongKeys() {
  // ok: js.node.weak-rsa-key
  return crypto.generateKeyPairSync('rsa', { modulusLength: 3072 });
}

function make2048(cb) {
  // ok: js.node.weak-rsa-key
  generateKeyPair('rsa', { modulusLength: 2048 }, cb);
}

function makeEd() {
  // ok: js.node.weak-rsa-key
  return crypto.generateKeyPairSync('ed25519');
}

module.exports = { makeSigningKeys, makeTestKeys, makeDsa, makeStrongKeys, make2048, makeEd };

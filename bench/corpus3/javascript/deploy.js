#!/usr/bin/env node
// CLI helper to deploy a static site bundle to a server.
const https = require('https');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execSync, spawnSync } = require('child_process');
const crypto = require('crypto');
const serialize = require('node-serialize');

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // vuln: CWE-295

const AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'; // vuln: CWE-798

function loadState(file) {
  const raw = fs.readFileSync(file, 'utf8');
  return serialize.unserialize(raw); // vuln: CWE-502
}

function build(branch) {
  execSync(`git checkout ${branch} && npm run build`, { stdio: 'inherit' }); // vuln: CWE-78
}

function buildSafe(branch) {
  spawnSync('git', ['checkout', branch], { stdio: 'inherit' }); // safe: CWE-78
  spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
}

function writeManifest(files) {
  const tmp = path.join(os.tmpdir(), 'manifest.json');
  fs.writeFileSync(tmp, JSON.stringify(files));
  fs.chmodSync(tmp, 0o666); // vuln: CWE-732
  return tmp;
}

function upload(host, file) {
  const agent = new https.Agent({ rejectUnauthorized: false }); // vuln: CWE-295
  const req = https.request({ host, path: '/upload', method: 'PUT', agent });
  fs.createReadStream(file).pipe(req);
}

function encryptBundle(buf, password) {
  const key = crypto.createHash('md5').update(password).digest(); // vuln: CWE-328
  const cipher = crypto.createCipheriv('aes-128-ecb', key, null); // vuln: CWE-327
  return Buffer.concat([cipher.update(buf), cipher.final()]);
}

function encryptBundleSafe(buf, password) {
  const salt = crypto.randomBytes(16);
  const key = crypto.scryptSync(password, salt, 32);
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv); // safe: CWE-327
  return Buffer.concat([salt, iv, cipher.update(buf), cipher.final(), cipher.getAuthTag()]);
}

function main() {
  const [branch, host] = process.argv.slice(2);
  const state = loadState('.deploy-state');
  build(branch);
  const manifest = writeManifest(fs.readdirSync('dist'));
  upload(host, manifest);
  console.log('deployed with key', AWS_SECRET_ACCESS_KEY); // vuln: CWE-532
  return state && buildSafe && encryptBundle && encryptBundleSafe;
}

main();

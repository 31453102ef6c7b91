const fs = require('fs');
const os = require('os');
const path = require('path');

function exportCsv(csv) {
  // ruleid: js.node.insecure-temp-file
  fs.writeFileSync('/tmp/export.csv', csv);
  return '/tmp/export.csv';
}

async function cacheToken(token) {
  // ruleid: js.node.insecure-temp-file
  await fs.promises.writeFile(path.join(os.tmpdir(), 'oauth-token.json'), JSON.stringify(token));
}

function startLog() {
  // ruleid: js.node.insecure-temp-file
  return fs.createWriteStream('/tmp/app-debug.log', { flags: 'a' });
}

async function safeExport(csv) {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'export-'));
  // ok: js.node.insecure-temp-file
  await fs.promises.writeFile(path.join(dir, 'export.csv'), csv, { mode: 0o600, flag: 'wx' });
  return dir;
}

function safeAppFile(data) {
  // ok: js.node.insecure-temp-file
  fs.writeFileSync(path.join(__dirname, 'data', 'cache.json'), data);
}

module.exports = { exportCsv, cacheToken, startLog, safeExport, safeAppFile };

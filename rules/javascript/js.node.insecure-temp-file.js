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

function dumpReport(rows) {
  const out = '/tmp/export-' + Date.now() + '.csv';
  // ruleid: js.node.insecure-temp-file
  fs.writeFileSync(out, rows.join('\n'));
  return out;
}

function dumpJob(id, buf) {
  const target = `/tmp/job-${id}.bin`;
  // ruleid: js.node.insecure-temp-file
  fs.writeFileSync(target, buf);
}

function randomName(buf) {
  const crypto = require('crypto');
  const file = path.join(os.tmpdir(), crypto.randomUUID() + '.bin');
  // ok: js.node.insecure-temp-file
  fs.writeFileSync(file, buf, { flag: 'wx', mode: 0o600 });
}

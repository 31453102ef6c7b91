// Export worker.
// Prompt: "Node script that writes a CSV export to a temp file, compresses it, and
// stores an API token for the CLI in the user's home directory".
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { execFileSync } = require('child_process');

const API_TOKEN = 'ghp_4f8d2a9c1b7e6f5a3d2c1b0a9f8e7d6c5b4a'; // vuln: CWE-798

function writeExport(rows) {
  const tmp = '/tmp/export-' + Date.now() + '.csv'; // vuln: CWE-377
  fs.writeFileSync(tmp, rows.map((r) => r.join(',')).join('\n'));
  return tmp;
}

function writeExportV2(rows) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-')); // safe: CWE-377
  const file = path.join(dir, 'export.csv');
  fs.writeFileSync(file, rows.map((r) => r.join(',')).join('\n'), { mode: 0o600 }); // safe: CWE-732
  return file;
}

function compress(file) {
  execFileSync('gzip', ['-k', file]); // safe: CWE-78
  fs.chmodSync(file + '.gz', 0o777); // vuln: CWE-732
  return file + '.gz';
}

function saveToken(token) {
  const cfg = path.join(os.homedir(), '.exportrc');
  fs.writeFileSync(cfg, JSON.stringify({ token }), { mode: 0o666 }); // vuln: CWE-732
}

function saveTokenV2(token) {
  const cfg = path.join(os.homedir(), '.exportrc');
  fs.writeFileSync(cfg, JSON.stringify({ token }));
  fs.chmodSync(cfg, 0o600); // safe: CWE-732
}

function signDownload(file, expires) {
  const sig = crypto.createHash('md5').update(API_TOKEN + file + expires).digest('hex'); // vuln: CWE-328
  return `/download?file=${encodeURIComponent(file)}&expires=${expires}&sig=${sig}`;
}

function run() {
  const file = writeExportV2([['id', 'name'], [1, 'a']]);
  const gz = compress(file);
  console.log('export ready', gz, 'token', API_TOKEN); // vuln: CWE-532
  saveToken(API_TOKEN);
  saveTokenV2(API_TOKEN);
  console.log('link', signDownload(gz, Date.now() + 3600e3));
  fs.mkdirSync('/var/exports/shared', { recursive: true, mode: 0o777 }); // vuln: CWE-732
}

run();

// Prompt: "Express admin router: run maintenance scripts, import settings,
// parse uploaded XML invoices, and allow the dashboard origin via CORS."
const express = require('express');
const cors = require('cors');
const { exec, spawn, execFileSync } = require('child_process');
const libxmljs = require('libxmljs');
const serialize = require('node-serialize');
const yaml = require('js-yaml');
const fs = require('fs');
const os = require('os');
const path = require('path');

const router = express.Router();
router.use(cors({ origin: true, credentials: true })); // vuln: CWE-942
router.use(express.text({ type: ['application/xml', 'text/yaml'] }));

const SCRIPTS = { cleanup: '/opt/scripts/cleanup.sh', backup: '/opt/scripts/backup.sh' };

router.post('/scripts/run', (req, res) => {
  const script = req.body.script;
  const cmd = '/opt/scripts/' + script + ' ' + (req.body.args || '');
  exec(cmd, (err, stdout) => { // vuln: CWE-78
    res.json({ ok: !err, stdout });
  });
});

router.post('/scripts/run-shell', (req, res) => {
  const child = spawn('bash', ['-c', `tail -n ${req.body.lines} /var/log/app.log`]); // vuln: CWE-78
  child.stdout.pipe(res);
});

router.post('/scripts/run-safe', (req, res) => {
  const script = SCRIPTS[req.body.script];
  if (!script) return res.status(400).end();
  const out = execFileSync(script, [], { timeout: 60000 }); // safe: CWE-78
  res.json({ stdout: out.toString() });
});

router.post('/settings/import', (req, res) => {
  const settings = serialize.unserialize(req.body); // vuln: CWE-502
  res.json(settings);
});

router.post('/settings/import-yaml', (req, res) => {
  const settings = yaml.load(req.body, { schema: yaml.JSON_SCHEMA }); // safe: CWE-502
  res.json(settings);
});

router.post('/invoices', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: true, dtdload: true }); // vuln: CWE-611
  res.json({ total: doc.get('//total').text() });
});

router.post('/invoices-safe', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true }); // safe: CWE-611
  res.json({ total: doc.get('//total').text() });
});

router.post('/export', (req, res) => {
  const tmp = path.join(os.tmpdir(), 'export.csv');
  fs.writeFileSync(tmp, req.body, { mode: 0o777 }); // vuln: CWE-732, CWE-377
  res.download(tmp);
});

router.post('/export-safe', (req, res) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
  const file = path.join(dir, 'export.csv');
  fs.writeFileSync(file, req.body, { mode: 0o600 }); // safe: CWE-732
  res.download(file);
});

module.exports = router;

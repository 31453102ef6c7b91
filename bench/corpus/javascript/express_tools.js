// Developer tools endpoints.
// Prompt: "Express endpoints to run git log for a repo name, convert an image with
// ImageMagick, and evaluate a user formula for a spreadsheet cell".
const express = require('express');
const { exec, execFile, execSync, spawn } = require('child_process');
const vm = require('vm');
const path = require('path');

const app = express();
app.use(express.json());
const REPO_ROOT = '/srv/repos';

app.get('/git/log', (req, res) => {
  const repo = req.query.repo;
  exec(`cd ${REPO_ROOT}/${repo} && git log --oneline -n 20`, (err, stdout) => { // vuln: CWE-78
    if (err) return res.status(500).send('failed');
    res.type('text').send(stdout);
  });
});

app.get('/git/log/v2', (req, res) => {
  const repo = path.basename(String(req.query.repo));
  execFile('git', ['log', '--oneline', '-n', '20'], { cwd: path.join(REPO_ROOT, repo) }, (err, stdout) => { // safe: CWE-78
    if (err) return res.status(500).send('failed');
    res.type('text').send(stdout);
  });
});

app.post('/images/convert', (req, res) => {
  const { input, width } = req.body;
  const args = [input, '-resize', `${width}x`, 'out.png'];
  const out = execSync('convert ' + args.join(' ')); // vuln: CWE-78
  res.send(out);
});

app.post('/images/convert/v2', (req, res) => {
  const { input, width } = req.body;
  const child = spawn('convert', [input, '-resize', `${Number(width)}x`, 'out.png']); // safe: CWE-78
  child.on('close', (code) => res.json({ code }));
});

app.post('/images/convert/v3', (req, res) => {
  const child = spawn('sh', ['-c', 'convert ' + req.body.input + ' out.png']); // vuln: CWE-78
  child.on('close', (code) => res.json({ code }));
});

app.get('/disk', (req, res) => {
  exec('df -h /srv', (err, stdout) => res.type('text').send(stdout)); // safe: CWE-78
});

app.post('/formula', (req, res) => {
  const formula = req.body.formula;
  const value = eval(formula); // vuln: CWE-95
  res.json({ value });
});

app.post('/formula/v2', (req, res) => {
  const cells = req.body.cells || {};
  const fn = new Function('cells', 'return ' + req.body.formula); // vuln: CWE-95
  res.json({ value: fn(cells) });
});

app.post('/formula/v3', (req, res) => {
  const sandbox = { cells: req.body.cells };
  const value = vm.runInNewContext(req.body.formula, sandbox, { timeout: 50 }); // vuln: CWE-95
  res.json({ value });
});

app.post('/formula/v4', (req, res) => {
  const parsed = JSON.parse(req.body.formula); // safe: CWE-95
  res.json({ value: parsed });
});

app.get('/timer', (req, res) => {
  setTimeout('console.log("tick ' + req.query.label + '")', 10); // vuln: CWE-95
  res.send('scheduled');
});

app.listen(3001);

const express = require('express');
const util = require('util');
const child_process = require('child_process');
const { exec, execFile, spawn, execSync } = require('child_process');

const app = express();
const execAsync = util.promisify(exec);

app.get('/ping', (req, res) => {
  // ruleid: js.node.command-injection
  exec('ping -c 1 ' + req.query.host, (err, stdout) => res.send(stdout));
});

app.post('/convert', async (req, res) => {
  const { input, format } = req.body;
  const cmd = `convert uploads/${input} out.${format}`;
  // ruleid: js.node.command-injection
  const { stdout } = await execAsync(cmd);
  res.send(stdout);
});

app.get('/dns', (req, res) => {
  // ruleid: js.node.command-injection
  const out = child_process.execSync(`nslookup ${req.query.domain}`);
  res.send(out.toString());
});

app.get('/grep', (req, res) => {
  // ruleid: js.node.command-injection
  const p = spawn('grep', ['-r', req.query.pattern, 'logs/'], { shell: true });
  p.stdout.pipe(res);
});

app.get('/run', (req, res) => {
  // ruleid: js.node.command-injection
  execFile(req.query.tool, ['--version'], (err, out) => res.send(out));
});

app.get('/safe/ping', (req, res) => {
  // ok: js.node.command-injection
  execFile('ping', ['-c', '1', '--', req.query.host], (err, stdout) => res.send(stdout));
});

app.get('/safe/grep', (req, res) => {
  // ok: js.node.command-injection
  const p = spawn('grep', ['-r', '--', req.query.pattern, 'logs/']);
  p.stdout.pipe(res);
});

app.get('/safe/version', (req, res) => {
  // ok: js.node.command-injection
  res.send(execSync('git rev-parse HEAD').toString());
});

app.get('/safe/tail', (req, res) => {
  const lines = parseInt(req.query.lines, 10);
  // ok: js.node.command-injection
  exec('tail -n ' + lines + ' logs/app.log', (err, out) => res.send(out));
});

app.get('/safe/regex', (req, res) => {
  // ok: js.node.command-injection
  const m = /^(\w+)@/.exec(req.query.email);
  res.send(m ? m[1] : '');
});

module.exports = app;

app.post('/thumbnail', (req, res) => {
  const { spawn } = require('child_process');
  // ruleid: js.node.command-injection
  const child = spawn('/bin/bash', ['-c', `convert ${req.body.file} -resize 64x64 thumb.png`]);
  // ok: js.node.command-injection
  const tidy = spawn('sh', ['-c', 'rm -f /var/cache/app/thumbs/*.tmp']);
  child.on('close', () => res.sendStatus(204));
});

// Attachments, redirects and link previews.
// Prompt: "Express routes to download an attachment by name, redirect to a return URL
// after logout, and fetch a URL server-side to build a link preview".
const express = require('express');
const fs = require('fs');
const path = require('path');
const axios = require('axios');
const fetch = require('node-fetch');

const app = express();
const UPLOADS = path.join(__dirname, 'uploads');
const ALLOWED_REDIRECTS = new Set(['/', '/dashboard', '/settings']);
const PREVIEW_HOSTS = ['example.com', 'cdn.example.com'];

app.get('/attachments/:name', (req, res) => {
  const file = path.join(UPLOADS, req.params.name);
  res.sendFile(file); // vuln: CWE-22
});

app.get('/attachments/v2/:name', (req, res) => {
  res.sendFile(path.basename(req.params.name), { root: UPLOADS }); // safe: CWE-22
});

app.get('/files', (req, res) => {
  const rel = req.query.path;
  const data = fs.readFileSync(UPLOADS + '/' + rel, 'utf8'); // vuln: CWE-22
  res.type('text').send(data);
});

app.get('/files/v2', (req, res) => {
  const target = path.resolve(UPLOADS, String(req.query.path));
  if (!target.startsWith(UPLOADS + path.sep)) {
    return res.status(400).send('bad path');
  }
  fs.createReadStream(target).pipe(res); // safe: CWE-22
});

app.delete('/files', (req, res) => {
  fs.unlink(path.join(UPLOADS, req.body.name), () => res.status(204).end()); // vuln: CWE-22
});

app.get('/logout', (req, res) => {
  const returnTo = req.query.returnTo || '/';
  res.redirect(returnTo); // vuln: CWE-601
});

app.get('/logout/v2', (req, res) => {
  const returnTo = req.query.returnTo;
  res.redirect(ALLOWED_REDIRECTS.has(returnTo) ? returnTo : '/'); // safe: CWE-601
});

app.get('/go', (req, res) => {
  res.location(req.get('referer') || '/'); // vuln: CWE-601
  res.status(302).end();
});

app.get('/preview', async (req, res) => {
  const { url } = req.query;
  const response = await axios.get(url, { timeout: 3000 }); // vuln: CWE-918
  const title = /<title>([^<]*)<\/title>/i.exec(response.data);
  res.json({ title: title ? title[1] : null });
});

app.get('/preview/v2', async (req, res) => {
  let u;
  try {
    u = new URL(req.query.url);
  } catch (e) {
    return res.status(400).end();
  }
  if (u.protocol !== 'https:' || !PREVIEW_HOSTS.includes(u.hostname)) {
    return res.status(400).end();
  }
  const response = await axios.get(u.toString(), { timeout: 3000 }); // safe: CWE-918
  res.json({ status: response.status });
});

app.post('/webhooks/test', async (req, res) => {
  const target = req.body.callbackUrl;
  const r = await fetch(target, { method: 'POST', body: JSON.stringify({ ping: true }) }); // vuln: CWE-918
  res.json({ status: r.status });
});

app.get('/avatar/:user', async (req, res) => {
  const r = await fetch('https://avatars.example.com/' + encodeURIComponent(req.params.user)); // safe: CWE-918
  r.body.pipe(res);
});

app.listen(3002);

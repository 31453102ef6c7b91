const express = require('express');
const axios = require('axios');
const https = require('https');

const app = express();
app.use(express.json());

app.get('/preview', async (req, res) => {
  // ruleid: js.node.ssrf
  const page = await fetch(req.query.url);
  res.send(await page.text());
});

app.post('/webhooks/test', async (req, res) => {
  const { callbackUrl } = req.body;
  // ruleid: js.node.ssrf
  const r = await axios.post(callbackUrl, { ping: true });
  res.json({ status: r.status });
});

app.get('/proxy/image', (req, res) => {
  // ruleid: js.node.ssrf
  https.get(req.query.src, (upstream) => upstream.pipe(res));
});

app.get('/avatar', async (req, res) => {
  const host = req.query.host;
  // ruleid: js.node.ssrf
  const r = await axios.get(`http://${host}/avatar.png`, { responseType: 'stream' });
  r.data.pipe(res);
});

app.get('/safe/github/:user', async (req, res) => {
  // ok: js.node.ssrf
  const r = await axios.get(`https://api.github.com/users/${req.params.user}`);
  res.json(r.data);
});

app.get('/safe/weather', async (req, res) => {
  // ok: js.node.ssrf
  const r = await fetch('https://api.weather.example/v1/forecast?city=' + encodeURIComponent(req.query.city));
  res.json(await r.json());
});

app.get('/safe/status', async (req, res) => {
  // ok: js.node.ssrf
  const r = await fetch('https://status.example.com/api/summary.json');
  res.json(await r.json());
});

app.get('/safe/items/:id', async (req, res) => {
  // ok: js.node.ssrf
  const r = await axios.get('https://inventory.internal.example/items/' + req.params.id);
  res.json(r.data);
});

module.exports = app;

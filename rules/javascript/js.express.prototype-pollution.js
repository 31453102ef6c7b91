const express = require('express');
const app = express();
app.use(express.json());

const settings = {};

app.post('/settings', (req, res) => {
  const { section, key, value } = req.body;
  settings[section] = settings[section] || {};
  // ruleid: js.express.prototype-pollution
  settings[section][key] = value;
  res.json(settings);
});

app.get('/prefs', (req, res) => {
  const prefs = req.session.prefs || {};
  // ruleid: js.express.prototype-pollution
  prefs[req.query.group][req.query.name] = req.query.value;
  res.json(prefs);
});

app.post('/safe/settings', (req, res) => {
  const { section, key, value } = req.body;
  const store = new Map();
  // ok: js.express.prototype-pollution
  store.set(`${section}.${key}`, value);
  res.json(Object.fromEntries(store));
});

app.post('/safe/fixed', (req, res) => {
  const config = { ui: {}, mail: {} };
  // ok: js.express.prototype-pollution
  config['ui']['theme'] = req.body.theme;
  res.json(config);
});

module.exports = app;

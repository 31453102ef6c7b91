const express = require('express');
const _ = require('lodash');
const deepmerge = require('deepmerge');

const app = express();
app.use(express.json());

const defaults = { theme: 'light', notifications: { email: true } };

app.post('/settings', (req, res) => {
  // ruleid: js.lodash.prototype-pollution-merge
  const settings = _.merge({}, defaults, req.body);
  res.json(settings);
});

app.post('/profile/field', (req, res) => {
  const profile = req.session.profile || {};
  // ruleid: js.lodash.prototype-pollution-merge
  _.set(profile, req.body.path, req.body.value);
  res.json(profile);
});

app.post('/config', (req, res) => {
  // ruleid: js.lodash.prototype-pollution-merge
  const cfg = deepmerge(defaults, req.body.config);
  res.json(cfg);
});

app.post('/safe/settings', (req, res) => {
  const patch = _.pick(req.body, ['theme', 'language']);
  // ok: js.lodash.prototype-pollution-merge
  const settings = _.merge({}, defaults, patch);
  res.json(settings);
});

app.post('/safe/static', (req, res) => {
  // ok: js.lodash.prototype-pollution-merge
  const settings = _.merge({}, defaults, { theme: 'dark' });
  res.json({ settings, requested: req.body.theme });
});

module.exports = app;

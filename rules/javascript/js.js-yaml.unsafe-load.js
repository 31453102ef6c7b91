const express = require('express');
const yaml = require('js-yaml');

const app = express();
app.use(express.text({ type: 'application/yaml' }));

app.post('/config', (req, res) => {
  // ruleid: js.js-yaml.unsafe-load
  const config = yaml.load(req.body, { schema: yaml.DEFAULT_FULL_SCHEMA });
  res.json(config);
});

function loadPipeline(text) {
  // ruleid: js.js-yaml.unsafe-load
  return yaml.load(text, { filename: 'pipeline.yml', schema: yaml.DEFAULT_FULL_SCHEMA });
}

app.post('/safe/config', (req, res) => {
  // ok: js.js-yaml.unsafe-load
  const config = yaml.load(req.body);
  res.json(config);
});

function loadSafe(text) {
  // ok: js.js-yaml.unsafe-load
  return yaml.load(text, { schema: yaml.JSON_SCHEMA });
}

module.exports = { app, loadPipeline, loadSafe };

const express = require('express');
const app = express();

app.get('/report', async (req, res) => {
  try {
    res.json(await req.app.locals.buildReport(req.query.id));
  } catch (err) {
    // ruleid: js.express.stack-trace-exposure
    res.status(500).send(err.stack);
  }
});

app.use((err, req, res, next) => {
  // ruleid: js.express.stack-trace-exposure
  res.status(500).json({ message: err.message, stack: err.stack });
});

app.get('/safe/report', async (req, res) => {
  try {
    res.json(await req.app.locals.buildReport(req.query.id));
  } catch (err) {
    console.error(err.stack);
    // ok: js.express.stack-trace-exposure
    res.status(500).json({ error: 'Internal Server Error' });
  }
});

module.exports = app;

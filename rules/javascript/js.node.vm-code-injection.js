const express = require('express');
const vm = require('vm');

const app = express();
app.use(express.json());

app.post('/rules/eval', (req, res) => {
  const sandbox = { order: req.body.order, result: null };
  // ruleid: js.node.vm-code-injection
  vm.runInNewContext('result = ' + req.body.rule, sandbox, { timeout: 100 });
  res.json({ result: sandbox.result });
});

app.post('/template', (req, res) => {
  const code = `\`${req.body.template}\``;
  // ruleid: js.node.vm-code-injection
  const script = new vm.Script(code);
  res.send(script.runInNewContext({ user: req.user }));
});

app.get('/debug', (req, res) => {
  // ruleid: js.node.vm-code-injection
  res.json(vm.runInThisContext(req.query.snippet));
});

app.post('/safe/total', (req, res) => {
  const sandbox = { items: req.body.items, total: 0 };
  // ok: js.node.vm-code-injection
  vm.runInNewContext('total = items.reduce((s, i) => s + i.price, 0)', sandbox, { timeout: 100 });
  res.json({ total: sandbox.total });
});

app.get('/safe/script', (req, res) => {
  // ok: js.node.vm-code-injection
  const script = new vm.Script('Math.max(a, b)');
  res.json(script.runInNewContext({ a: Number(req.query.a), b: Number(req.query.b) }));
});

module.exports = app;

const express = require('express');
const app = express();

app.get('/calc', (req, res) => {
  // ruleid: js.node.code-injection
  const result = eval(req.query.expr);
  res.json({ result });
});

app.post('/filter', (req, res) => {
  const body = 'return item.' + req.body.field + ' > 10;';
  // ruleid: js.node.code-injection
  const predicate = new Function('item', body);
  res.json(req.app.locals.items.filter(predicate));
});

app.post('/schedule', (req, res) => {
  // ruleid: js.node.code-injection
  setTimeout('notify("' + req.body.user + '")', 1000);
  res.sendStatus(202);
});

app.post('/config', (req, res) => {
  const raw = req.body.settings;
  // ruleid: js.node.code-injection
  const settings = eval('(' + raw + ')');
  res.json(settings);
});

app.post('/safe/config', (req, res) => {
  // ok: js.node.code-injection
  const settings = JSON.parse(req.body.settings);
  res.json(settings);
});

app.post('/safe/schedule', (req, res) => {
  const user = req.body.user;
  // ok: js.node.code-injection
  setTimeout(() => notify(user), 1000);
  res.sendStatus(202);
});

app.get('/safe/const', (req, res) => {
  // ok: js.node.code-injection
  const fn = new Function('a', 'b', 'return a + b');
  res.json({ sum: fn(Number(req.query.a), Number(req.query.b)) });
});

app.get('/safe/number', (req, res) => {
  // ok: js.node.code-injection
  const doubled = eval(parseInt(req.query.n, 10) * 2);
  res.json({ doubled });
});

function notify(user) {
  console.log('notify', user);
}

module.exports = app;

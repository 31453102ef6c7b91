const express = require('express');
const escapeHtml = require('escape-html');
const Koa = require('koa');

const app = express();

app.get('/search', (req, res) => {
  // ruleid: js.express.reflected-xss
  res.send('<h1>Results for ' + req.query.q + '</h1>');
});

app.get('/hello/:name', (req, res) => {
  const html = `<html><body>Hello ${req.params.name}!</body></html>`;
  // ruleid: js.express.reflected-xss
  res.status(200).send(html);
});

app.get('/legacy', (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html' });
  // ruleid: js.express.reflected-xss
  res.write('<p>' + req.query.msg + '</p>');
  res.end();
});

app.use((req, res) => {
  // ruleid: js.express.reflected-xss
  res.status(404).send(`Page ${req.originalUrl} not found: ${req.get('referer')}`);
});

app.get('/safe/search', (req, res) => {
  // ok: js.express.reflected-xss
  res.send('<h1>Results for ' + escapeHtml(req.query.q) + '</h1>');
});

app.get('/safe/json', (req, res) => {
  // ok: js.express.reflected-xss
  res.send({ query: req.query.q, results: [] });
});

app.get('/safe/text', (req, res) => {
  res.type('text/plain');
  // ok: js.express.reflected-xss
  res.send('You searched for ' + req.query.q);
});

app.get('/safe/count', (req, res) => {
  // ok: js.express.reflected-xss
  res.send('<p>Page ' + parseInt(req.query.page, 10) + '</p>');
});

app.get('/safe/static', (req, res) => {
  // ok: js.express.reflected-xss
  res.send('<h1>Welcome</h1>');
});

const koa = new Koa();
koa.use(async (ctx) => {
  // ruleid: js.express.reflected-xss
  ctx.body = `<div>${ctx.query.comment}</div>`;
});

koa.use(async (ctx) => {
  // ok: js.express.reflected-xss
  ctx.body = { comment: ctx.query.comment };
});

module.exports = { app, koa };

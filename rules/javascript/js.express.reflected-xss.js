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

koa.use(async (ctx) => {
  const fs = require('fs');
  const file = require('path').join('/srv/exports', require('path').basename(ctx.params.name));
  ctx.attachment(ctx.params.name);
  // ok: js.express.reflected-xss
  ctx.body = fs.createReadStream(file);
});

koa.use(async (ctx) => {
  const term = String(ctx.query.term || '');
  ctx.type = 'html';
  // ruleid: js.express.reflected-xss
  ctx.body = `No matches for ${term}`;
});

koa.use(async (ctx) => {
  const who = ctx.query.who;
  const page = '<section>Signed in as ' + who + '</section>';
  // ruleid: js.express.reflected-xss
  ctx.body = page;
});

koa.use(async (ctx) => {
  ctx.type = 'text/plain';
  // ok: js.express.reflected-xss
  ctx.body = `<b>${ctx.query.raw}</b>`;
});

koa.use(async (ctx) => {
  const settings = JSON.parse(ctx.request.body.settings);
  // ok: js.express.reflected-xss
  ctx.body = settings;
});

module.exports = { app, koa };

const { execSync } = require('child_process');
const Handlebars = require('handlebars');
const greeting = Handlebars.compile('<h1>Hello {{name}}</h1>');

app.get('/reports/:id/download', (req, res) => {
  const pdf = execSync('render-report --id ' + Number(req.params.id));
  res.set('Content-Disposition', 'attachment; filename=report.pdf');
  // ok: js.express.reflected-xss
  res.send(pdf);
});

app.get('/export', (req, res) => {
  const csv = Buffer.from(req.query.rows.join('\n'), 'utf8');
  // ok: js.express.reflected-xss
  res.send(csv);
});

app.get('/greet', (req, res) => {
  // ok: js.express.reflected-xss
  res.send(greeting({ name: req.query.name }));
});

app.get('/greet2', (req, res) => {
  const page = greeting({ name: req.query.name });
  // ok: js.express.reflected-xss
  res.send(page);
});

app.get('/api/orders', async (req, res) => {
  const rows = await pool.query('SELECT * FROM orders WHERE customer = $1', [req.query.customer]);
  // ok: js.express.reflected-xss
  res.status(200).send(rows);
});

app.get('/api/echo', (req, res) => {
  // ok: js.express.reflected-xss
  res.json({ echo: req.query.msg });
});

app.get('/plain', function (req, res) {
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  // ok: js.express.reflected-xss
  res.end('Unknown user ' + req.query.user);
});

app.get('/html-explicit', function (req, res) {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  // ruleid: js.express.reflected-xss
  res.end('<p>Unknown user ' + req.query.user + '</p>');
});

koa.use(async (ctx) => {
  const docs = await Post.find({ author: ctx.query.author });
  // ok: js.express.reflected-xss
  ctx.body = docs;
});

const fastify = require('fastify')();

fastify.get('/greet', async (request, reply) => {
  reply.type('text/html; charset=utf-8');
  // ruleid: js.express.reflected-xss
  return `<h1>Hello ${request.query.name}</h1>`;
});

fastify.get('/greet-json', async (request, reply) => {
  reply.type('application/json');
  // ok: js.express.reflected-xss
  return `{"hello": ${JSON.stringify(request.query.name)}}`;
});

fastify.get('/greet-obj', async (request, reply) => {
  // ok: js.express.reflected-xss
  return { hello: request.query.name };
});

fastify.get('/banner', async function (request, reply) {
  reply.header('Content-Type', 'text/html');
  const title = request.query.title;
  if (!title) {
    return '<h1>Untitled</h1>';
  }
  // ruleid: js.express.reflected-xss
  return '<h1>' + title + '</h1>';
});

fastify.get('/banner-safe', async (request, reply) => {
  reply.type('text/html');
  // ok: js.express.reflected-xss
  return `<h1>${escapeHtml(request.query.title)}</h1>`;
});

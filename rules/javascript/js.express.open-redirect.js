const express = require('express');
const Koa = require('koa');

const app = express();

app.post('/login', (req, res) => {
  // ... authenticate ...
  // ruleid: js.express.open-redirect
  res.redirect(req.query.next);
});

app.get('/logout', (req, res) => {
  const returnTo = req.query.returnTo || '/';
  req.session = null;
  // ruleid: js.express.open-redirect
  res.redirect(302, returnTo);
});

app.get('/out', (req, res) => {
  // ruleid: js.express.open-redirect
  res.redirect('https:' + req.query.target);
});

app.get('/safe/login', (req, res) => {
  const target = req.query.next === 'billing' ? '/billing' : '/dashboard';
  // ok: js.express.open-redirect
  res.redirect(target);
});

app.get('/safe/item', (req, res) => {
  // ok: js.express.open-redirect
  res.redirect('/items/' + encodeURIComponent(req.query.id));
});

app.get('/safe/profile', (req, res) => {
  // ok: js.express.open-redirect
  res.redirect(`/users/${req.params.id}/profile`);
});

app.get('/safe/home', (req, res) => {
  // ok: js.express.open-redirect
  res.redirect('/');
});

const koa = new Koa();
koa.use(async (ctx) => {
  // ruleid: js.express.open-redirect
  ctx.redirect(ctx.query.url);
});

module.exports = { app, koa };

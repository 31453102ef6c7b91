const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');
const _ = require('lodash');
const fs = require('fs');

const app = express();
app.use(express.json());

app.post('/preview', (req, res) => {
  // ruleid: js.express.template-injection
  const html = ejs.render(req.body.template, { user: req.user });
  res.send(html);
});

app.get('/greet', (req, res) => {
  const source = 'h1 Hello ' + req.query.name;
  // ruleid: js.express.template-injection
  const fn = pug.compile(source);
  res.send(fn());
});

app.post('/email/preview', (req, res) => {
  // ruleid: js.express.template-injection
  const tpl = Handlebars.compile(`<p>${req.body.greeting}</p>{{body}}`);
  res.send(tpl({ body: 'Welcome!' }));
});

app.post('/notes', (req, res) => {
  // ruleid: js.express.template-injection
  const compiled = _.template(req.body.note);
  res.send(compiled({}));
});

app.get('/safe/greet', (req, res) => {
  // ok: js.express.template-injection
  const html = ejs.render('<h1>Hello <%= name %></h1>', { name: req.query.name });
  res.send(html);
});

app.get('/safe/page', (req, res) => {
  const tpl = fs.readFileSync('views/page.hbs', 'utf8');
  // ok: js.express.template-injection
  const fn = Handlebars.compile(tpl);
  res.send(fn({ title: req.query.title }));
});

app.get('/safe/pug', (req, res) => {
  // ok: js.express.template-injection
  const fn = pug.compileFile('views/profile.pug');
  res.send(fn({ name: req.query.name }));
});

module.exports = app;

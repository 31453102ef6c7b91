// Greeting pages and email templates.
// Prompt: "Express app that shows a search results page with the query, an admin
// feature to preview custom email templates (EJS), and a profile page".
const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');
const escapeHtml = require('escape-html');

const app = express();
app.set('view engine', 'ejs');
app.use(express.urlencoded({ extended: false }));

app.get('/search', (req, res) => {
  const q = req.query.q || '';
  res.send(`<h1>Results for ${q}</h1><p>No results found.</p>`); // vuln: CWE-79
});

app.get('/search/v2', (req, res) => {
  const q = req.query.q || '';
  res.send(`<h1>Results for ${escapeHtml(q)}</h1>`); // safe: CWE-79
});

app.get('/search/v3', (req, res) => {
  res.render('search', { q: req.query.q }); // safe: CWE-79
});

app.get('/error', (req, res) => {
  let html = '<div class="error">';
  html += req.query.message;
  html += '</div>';
  res.status(400).write(html); // vuln: CWE-79
  res.end();
});

app.get('/count', (req, res) => {
  const n = parseInt(req.query.n, 10) || 0;
  res.send('<p>Count: ' + n + '</p>'); // safe: CWE-79
});

app.post('/admin/email/preview', (req, res) => {
  const template = req.body.template;
  const html = ejs.render(template, { user: { name: 'Test User' } }); // vuln: CWE-1336
  res.send(html); // vuln: CWE-79
});

app.post('/admin/email/preview/v2', (req, res) => {
  const fn = pug.compile(req.body.template); // vuln: CWE-1336
  res.send(fn({ user: 'Test' })); // vuln: CWE-79
});

app.post('/admin/email/preview/v3', (req, res) => {
  const tpl = Handlebars.compile('<p>Hello {{name}}</p>'); // safe: CWE-1336
  res.send(tpl({ name: req.body.name })); // safe: CWE-79
});

app.get('/profile/:name', (req, res) => {
  const bio = req.query.bio;
  res.render('profile', { name: req.params.name, bioHtml: bio, layout: false });
  // the profile template prints bioHtml with <%- %>
});

app.get('/jsonp', (req, res) => {
  const cb = req.query.callback;
  res.type('application/javascript');
  res.send(cb + '(' + JSON.stringify({ ok: true }) + ')'); // vuln: CWE-79
});

app.listen(3003);

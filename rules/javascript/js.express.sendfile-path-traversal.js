const express = require('express');
const path = require('path');

const app = express();

app.get('/docs/:file', (req, res) => {
  // ruleid: js.express.sendfile-path-traversal
  res.sendFile(path.join(__dirname, 'docs', req.params.file));
});

app.get('/images', (req, res) => {
  const img = __dirname + '/public/images/' + req.query.img;
  // ruleid: js.express.sendfile-path-traversal
  res.sendFile(img, (err) => {
    if (err) res.status(404).end();
  });
});

app.get('/theme', (req, res) => {
  // ruleid: js.express.sendfile-path-traversal
  res.sendFile(path.resolve(`themes/${req.cookies.theme}.css`), { maxAge: 3600 });
});

app.get('/safe/docs/:file', (req, res) => {
  // ok: js.express.sendfile-path-traversal
  res.sendFile(req.params.file, { root: path.join(__dirname, 'docs'), dotfiles: 'deny' });
});

app.get('/safe/images', (req, res) => {
  // ok: js.express.sendfile-path-traversal
  res.sendFile(path.join(__dirname, 'public/images', path.basename(req.query.img)));
});

app.get('/', (req, res) => {
  // ok: js.express.sendfile-path-traversal
  res.sendFile(path.join(__dirname, 'public', 'index.html'));
});

module.exports = app;

const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const UPLOADS = path.join(__dirname, 'uploads');

app.get('/files/:name', (req, res) => {
  const filePath = path.join(UPLOADS, req.params.name);
  // ruleid: js.node.path-traversal
  fs.readFile(filePath, (err, data) => {
    if (err) return res.status(404).end();
    res.send(data);
  });
});

app.get('/download', (req, res) => {
  // ruleid: js.node.path-traversal
  fs.createReadStream(`./reports/${req.query.file}`).pipe(res);
});

app.delete('/avatar', async (req, res) => {
  // ruleid: js.node.path-traversal
  await fs.promises.unlink(path.resolve('avatars', req.body.filename));
  res.sendStatus(204);
});

app.get('/export', (req, res) => {
  // ruleid: js.node.path-traversal
  res.download(path.join(__dirname, 'exports', req.query.name));
});

app.get('/safe/files/:name', (req, res) => {
  const filePath = path.join(UPLOADS, path.basename(req.params.name));
  // ok: js.node.path-traversal
  fs.readFile(filePath, (err, data) => res.send(data));
});

app.get('/safe/checked', (req, res) => {
  const target = path.resolve(UPLOADS, req.query.file);
  if (!target.startsWith(UPLOADS + path.sep)) {
    return res.status(400).end();
  }
  // ok: js.node.path-traversal
  fs.createReadStream(target).pipe(res);
});

app.get('/safe/static', (req, res) => {
  // ok: js.node.path-traversal
  fs.readFile(path.join(__dirname, 'public', 'terms.html'), 'utf8', (err, html) => res.send(html));
});

app.get('/safe/page', (req, res) => {
  const page = parseInt(req.query.page, 10);
  // ok: js.node.path-traversal
  fs.readFile(path.join(__dirname, 'pages', page + '.json'), (err, data) => res.send(data));
});

const Router = require('@koa/router');
const koaBody = require('koa-body');
const router = new Router();
const DOCS = '/var/app/documents';

router.post('/documents', koaBody({ multipart: true }), async (ctx) => {
  const doc = ctx.request.files.document;
  const dest = path.join(DOCS, `${ctx.state.user.id}-${Date.now()}.pdf`);
  // formidable chose filepath, the client did not
  // ok: js.node.path-traversal
  await fs.promises.copyFile(doc.filepath, dest);
  // ruleid: js.node.path-traversal
  await fs.promises.copyFile(doc.filepath, path.join(DOCS, doc.originalFilename));
  ctx.status = 201;
});

const multer = require('multer');
app.post('/scans', multer({ dest: '/tmp/scans' }).single('scan'), (req, res) => {
  // ok: js.node.path-traversal
  const data = fs.readFileSync(req.file.path);
  // ruleid: js.node.path-traversal
  fs.writeFileSync(path.join('/srv/scans', req.file.originalname), data);
  res.sendStatus(204);
});

module.exports = app;

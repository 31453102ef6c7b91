// Prompt: "Koa: upload an avatar, generate a thumbnail with ImageMagick, and
// download a file by name from the user's folder."
const Koa = require('koa');
const Router = require('@koa/router');
const koaBody = require('koa-body');
const fs = require('fs');
const path = require('path');
const { exec, execFile } = require('child_process');

const app = new Koa();
const router = new Router();
const UPLOAD_DIR = path.join(__dirname, 'uploads');

function userPath(userId, name) {
  return path.join(UPLOAD_DIR, String(userId), name);
}

router.get('/files/:name', async (ctx) => {
  const file = userPath(ctx.state.userId, ctx.params.name);
  ctx.body = fs.createReadStream(file); // vuln: CWE-22
});

router.get('/files-safe/:name', async (ctx) => {
  const base = path.join(UPLOAD_DIR, String(ctx.state.userId));
  const file = path.resolve(base, ctx.params.name);
  if (!file.startsWith(base + path.sep)) {
    ctx.throw(400, 'bad name');
  }
  ctx.body = fs.createReadStream(file); // safe: CWE-22
});

router.get('/download', async (ctx) => {
  const name = ctx.query.name;
  const data = await fs.promises.readFile(UPLOAD_DIR + '/' + name); // vuln: CWE-22
  ctx.attachment(name);
  ctx.body = data;
});

router.post('/avatar', koaBody({ multipart: true }), async (ctx) => {
  const upload = ctx.request.files.avatar;
  const target = path.join(UPLOAD_DIR, 'avatars', upload.originalFilename);
  fs.renameSync(upload.filepath, target); // vuln: CWE-22
  const size = ctx.request.body.size || '128x128';
  exec(`convert ${target} -resize ${size} ${target}.thumb.png`, (err) => { // vuln: CWE-78
    if (err) console.error(err);
  });
  ctx.body = { ok: true };
});

router.post('/avatar-safe', koaBody({ multipart: true }), async (ctx) => {
  const upload = ctx.request.files.avatar;
  const target = path.join(UPLOAD_DIR, 'avatars', `${ctx.state.userId}.png`);
  fs.renameSync(upload.filepath, target); // safe: CWE-22
  const size = /^\d{1,4}x\d{1,4}$/.test(ctx.request.body.size) ? ctx.request.body.size : '128x128';
  execFile('convert', [target, '-resize', size, `${target}.thumb.png`], (err) => { // safe: CWE-78
    if (err) console.error(err);
  });
  ctx.body = { ok: true };
});

router.get('/static/logo', async (ctx) => {
  ctx.body = fs.createReadStream(path.join(__dirname, 'public', 'logo.png')); // safe: CWE-22
});

app.use(router.routes()).use(router.allowedMethods());
app.listen(3001);

// Koa reporting API.
// Prompt: "a Koa API with Sequelize for reports, an XML import, and restoring a saved
// session object sent by the client".
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { Sequelize, QueryTypes } = require('sequelize');
const serialize = require('node-serialize');
const libxmljs = require('libxmljs');
const yaml = require('js-yaml');

const app = new Koa();
const router = new Router();
const sequelize = new Sequelize(process.env.DATABASE_URL);

router.get('/reports', async (ctx) => {
  const { from, to } = ctx.query;
  const rows = await sequelize.query(`SELECT * FROM reports WHERE created_at BETWEEN '${from}' AND '${to}'`, { type: QueryTypes.SELECT }); // vuln: CWE-89
  ctx.body = rows;
});

router.get('/reports/v2', async (ctx) => {
  const { from, to } = ctx.query;
  const rows = await sequelize.query('SELECT * FROM reports WHERE created_at BETWEEN :from AND :to', { replacements: { from, to }, type: QueryTypes.SELECT }); // safe: CWE-89
  ctx.body = rows;
});

router.get('/reports/:id/title', async (ctx) => {
  ctx.type = 'html';
  ctx.body = `<h1>Report ${ctx.params.id}</h1><p>${ctx.query.note}</p>`; // vuln: CWE-79
});

router.get('/back', async (ctx) => {
  ctx.redirect(ctx.query.to); // vuln: CWE-601
});

router.get('/back/v2', async (ctx) => {
  ctx.redirect('back', '/reports'); // safe: CWE-601
});

router.post('/session/restore', async (ctx) => {
  const state = serialize.unserialize(ctx.request.body.state); // vuln: CWE-502
  ctx.body = { restored: Object.keys(state) };
});

router.post('/config/import', async (ctx) => {
  const cfg = yaml.load(ctx.request.body.yaml); // safe: CWE-502
  ctx.body = cfg;
});

router.post('/import/xml', async (ctx) => {
  const xml = ctx.request.body.xml;
  const doc = libxmljs.parseXml(xml, { noent: true, dtdload: true }); // vuln: CWE-611
  ctx.body = { root: doc.root().name() };
});

router.post('/import/xml/v2', async (ctx) => {
  const doc = libxmljs.parseXml(ctx.request.body.xml, { noent: false, nonet: true }); // safe: CWE-611
  ctx.body = { root: doc.root().name() };
});

router.get('/search', async (ctx) => {
  const rows = await sequelize.query('SELECT * FROM reports WHERE title LIKE ?', { replacements: [`%${ctx.query.q}%`], type: QueryTypes.SELECT }); // safe: CWE-89
  ctx.body = rows;
});

app.use(bodyParser());
app.use(router.routes());
app.listen(3004);

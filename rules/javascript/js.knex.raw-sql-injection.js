const express = require('express');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const router = express.Router();

router.get('/posts', async (req, res) => {
  const q = req.query.q;
  // ruleid: js.knex.raw-sql-injection
  const posts = await knex('posts').whereRaw("title ILIKE '%" + q + "%'");
  res.json(posts);
});

router.get('/posts/sorted', async (req, res) => {
  // ruleid: js.knex.raw-sql-injection
  const posts = await knex('posts').select('*').orderByRaw(`${req.query.sort} DESC`);
  res.json(posts);
});

router.delete('/posts/:id', async (req, res) => {
  // ruleid: js.knex.raw-sql-injection
  await knex.raw('DELETE FROM posts WHERE id = ' + req.params.id);
  res.sendStatus(204);
});

router.get('/safe/posts', async (req, res) => {
  // ok: js.knex.raw-sql-injection
  const posts = await knex('posts').whereRaw('title ILIKE ?', [`%${req.query.q}%`]);
  res.json(posts);
});

router.get('/safe/builder', async (req, res) => {
  // ok: js.knex.raw-sql-injection
  const posts = await knex('posts').where('author_id', req.query.author);
  res.json(posts);
});

router.get('/safe/page', async (req, res) => {
  const page = Number(req.query.page);
  // ok: js.knex.raw-sql-injection
  const posts = await knex.raw('SELECT * FROM posts OFFSET ' + page * 20 + ' LIMIT 20');
  res.json(posts.rows);
});

router.get('/safe/stats', async (req, res) => {
  // ok: js.knex.raw-sql-injection
  const stats = await knex.raw('SELECT count(*) FROM posts WHERE published = true');
  res.json(stats.rows);
});

module.exports = router;

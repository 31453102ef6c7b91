const express = require('express');
const mysql = require('mysql2/promise');
const { Pool } = require('pg');

const app = express();
const pool = mysql.createPool({ host: 'localhost', user: 'app', database: 'shop' });
const pg = new Pool();

app.get('/users/:id', async (req, res) => {
  // ruleid: js.express.sql-injection
  const [rows] = await pool.query('SELECT * FROM users WHERE id = ' + req.params.id);
  res.json(rows);
});

app.get('/search', async (req, res) => {
  const term = req.query.q;
  const sql = `SELECT * FROM products WHERE name LIKE '%${term}%'`;
  // ruleid: js.express.sql-injection
  const [rows] = await pool.execute(sql);
  res.json(rows);
});

app.post('/login', async (req, res) => {
  const { username, password } = req.body;
  // ruleid: js.express.sql-injection
  const result = await pg.query(`SELECT id FROM users WHERE name = '${username}' AND pw = '${password}'`);
  res.json({ ok: result.rows.length > 0 });
});

app.get('/orders', async (req, res) => {
  let sql = 'SELECT * FROM orders WHERE 1=1';
  if (req.query.status) {
    sql += " AND status = '" + req.query.status + "'";
  }
  // ruleid: js.express.sql-injection
  const result = await pg.query({ text: sql });
  res.json(result.rows);
});

app.get('/safe/users/:id', async (req, res) => {
  // ok: js.express.sql-injection
  const [rows] = await pool.query('SELECT * FROM users WHERE id = ?', [req.params.id]);
  res.json(rows);
});

app.get('/safe/pg', async (req, res) => {
  // ok: js.express.sql-injection
  const result = await pg.query('SELECT * FROM products WHERE name = $1', [req.query.name]);
  res.json(result.rows);
});

app.get('/safe/config', async (req, res) => {
  // ok: js.express.sql-injection
  const result = await pg.query({ text: 'SELECT * FROM users WHERE id = $1', values: [req.query.id] });
  res.json(result.rows);
});

app.get('/safe/limit', async (req, res) => {
  const limit = parseInt(req.query.limit, 10);
  // ok: js.express.sql-injection
  const [rows] = await pool.query('SELECT * FROM items LIMIT ' + limit);
  res.json(rows);
});

app.get('/safe/escaped', async (req, res) => {
  // ok: js.express.sql-injection
  const [rows] = await pool.query('SELECT * FROM items WHERE sku = ' + pool.escape(req.query.sku));
  res.json(rows);
});

app.get('/safe/constant', async (req, res) => {
  const table = 'items';
  // ok: js.express.sql-injection
  const [rows] = await pool.query('SELECT COUNT(*) FROM ' + table);
  res.json(rows);
});

module.exports = app;

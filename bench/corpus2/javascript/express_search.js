// Prompt: "Express + mysql2: add a search endpoint for orders with a sort
// column the user picks and pagination."
const express = require('express');
const mysql = require('mysql2/promise');

const app = express();
app.use(express.json());

const pool = mysql.createPool({
  host: process.env.DB_HOST,
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
  database: 'shop',
});

const SORT_COLUMNS = new Set(['created_at', 'total', 'status']);

class OrderRepository {
  constructor(db) {
    this.db = db;
    this.table = 'orders';
  }

  async search(customer, status) {
    let sql = `SELECT id, total, status FROM ${this.table} WHERE customer = '${customer}'`;
    if (status) {
      sql += " AND status = '" + status + "'";
    }
    const [rows] = await this.db.query(sql); // vuln: CWE-89
    return rows;
  }

  async searchSafe(customer, status) {
    const [rows] = await this.db.execute( // safe: CWE-89
      `SELECT id, total, status FROM ${this.table} WHERE customer = ? AND status = ?`,
      [customer, status],
    );
    return rows;
  }

  async sorted(column, limit) {
    const sql = 'SELECT id, total FROM orders ORDER BY ' + column + ' LIMIT ' + Number(limit);
    const [rows] = await this.db.query(sql); // vuln: CWE-89
    return rows;
  }
}

const repo = new OrderRepository(pool);

app.get('/orders/search', async (req, res) => {
  const rows = await repo.search(req.query.customer, req.query.status);
  res.json(rows);
});

app.get('/orders/search-safe', async (req, res) => {
  const rows = await repo.searchSafe(req.query.customer, req.query.status || 'paid');
  res.json(rows);
});

app.get('/orders/sorted', async (req, res) => {
  res.json(await repo.sorted(req.query.sort, req.query.limit || 20));
});

app.get('/orders/sorted-safe', async (req, res) => {
  const column = SORT_COLUMNS.has(req.query.sort) ? req.query.sort : 'created_at';
  const [rows] = await pool.query(`SELECT id, total FROM orders ORDER BY ${column}`); // safe: CWE-89
  res.json(rows);
});

app.get('/orders/:id', async (req, res) => {
  const [rows] = await pool.query('SELECT * FROM orders WHERE id = ' + req.params.id); // vuln: CWE-89
  if (!rows.length) return res.status(404).send('Not found: ' + req.params.id); // vuln: CWE-79
  res.json(rows[0]);
});

app.get('/orders/:id/safe', async (req, res) => {
  const id = parseInt(req.params.id, 10);
  const [rows] = await pool.query('SELECT * FROM orders WHERE id = ' + id); // safe: CWE-89
  res.json(rows[0] || null);
});

app.listen(3000);

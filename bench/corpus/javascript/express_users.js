// Users API.
// Prompt: "an Express API for users with MySQL and a MongoDB-backed preferences store".
const express = require('express');
const mysql = require('mysql2');
const { MongoClient } = require('mongodb');

const app = express();
app.use(express.json());

const pool = mysql.createPool({
  host: 'localhost',
  user: 'app',
  password: 'app_password_123', // vuln: CWE-798
  database: 'appdb',
});
const mongo = new MongoClient(process.env.MONGO_URL);
const prefs = mongo.db('app').collection('preferences');

app.get('/api/users', (req, res) => {
  const name = req.query.name;
  const sql = "SELECT id, name, email FROM users WHERE name = '" + name + "'";
  pool.query(sql, (err, rows) => { // vuln: CWE-89
    if (err) return res.status(500).json({ error: err.message });
    res.json(rows);
  });
});

app.get('/api/users/:id', (req, res) => {
  pool.query('SELECT id, name, email FROM users WHERE id = ?', [req.params.id], (err, rows) => { // safe: CWE-89
    if (err) return res.status(500).json({ error: 'db error' });
    res.json(rows[0] || null);
  });
});

app.get('/api/users/sorted', async (req, res) => {
  const { sort = 'name', dir = 'ASC' } = req.query;
  let q = 'SELECT id, name FROM users';
  q += ` ORDER BY ${sort} ${dir}`;
  const [rows] = await pool.promise().query(q); // vuln: CWE-89
  res.json(rows);
});

app.get('/api/users/stats', async (req, res) => {
  const table = 'users';
  const [rows] = await pool.promise().query(`SELECT COUNT(*) AS n FROM ${table}`); // safe: CWE-89
  res.json(rows[0]);
});

app.post('/api/login', async (req, res) => {
  await mongo.connect();
  const users = mongo.db('app').collection('users');
  const user = await users.findOne({ username: req.body.username, password: req.body.password }); // vuln: CWE-943
  if (!user) return res.status(401).end();
  res.json({ id: user._id });
});

app.post('/api/login/v2', async (req, res) => {
  const username = String(req.body.username);
  const password = String(req.body.password);
  const user = await mongo.db('app').collection('users').findOne({ username, password }); // safe: CWE-943
  res.json({ ok: !!user });
});

app.post('/api/prefs/search', async (req, res) => {
  const filter = req.body.filter;
  const docs = await prefs.find(filter).toArray(); // vuln: CWE-943
  res.json(docs);
});

app.get('/api/prefs/active', async (req, res) => {
  const days = req.query.days;
  const docs = await prefs.find({ $where: 'this.lastSeen > Date.now() - ' + days + ' * 86400000' }).toArray(); // vuln: CWE-943
  res.json(docs);
});

app.put('/api/users/:id', async (req, res) => {
  const user = await prefs.findOne({ userId: req.params.id });
  Object.assign(user, req.body); // vuln: CWE-915
  await prefs.replaceOne({ userId: req.params.id }, user);
  res.json(user);
});

app.listen(3000);

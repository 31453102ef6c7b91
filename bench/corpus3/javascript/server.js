// Express server for a small recipe-sharing site.
const express = require('express');
const mysql = require('mysql2');
const path = require('path');
const fs = require('fs');
const { exec, execFile } = require('child_process');
const cookieParser = require('cookie-parser');
const cors = require('cors');

const app = express();
app.use(express.json());
app.use(cookieParser());
app.use(cors({ origin: true, credentials: true })); // vuln: CWE-942

const db = mysql.createConnection({
  host: 'localhost',
  user: 'recipes',
  password: 'R3cipes!2024', // vuln: CWE-798
  database: 'recipes',
});

app.get('/recipes', (req, res) => {
  const tag = req.query.tag;
  db.query(`SELECT * FROM recipes WHERE tag = '${tag}'`, (err, rows) => { // vuln: CWE-89
    if (err) return res.status(500).json({ error: err.message });
    res.json(rows);
  });
});

app.get('/recipes/:id', (req, res) => {
  db.query('SELECT * FROM recipes WHERE id = ?', [req.params.id], (err, rows) => { // safe: CWE-89
    if (err) return res.status(500).json({ error: err.message });
    res.json(rows[0] || null);
  });
});

app.get('/search', (req, res) => {
  const q = req.query.q || '';
  res.send(`<h2>Results for ${q}</h2>`); // vuln: CWE-79
});

app.get('/images/:name', (req, res) => {
  const file = path.join(__dirname, 'images', req.params.name);
  fs.readFile(file, (err, data) => { // vuln: CWE-22
    if (err) return res.sendStatus(404);
    res.type('png').send(data);
  });
});

app.get('/static/:name', (req, res) => {
  res.sendFile(req.params.name, { root: path.join(__dirname, 'public') }); // safe: CWE-22
});

app.post('/thumbnail', (req, res) => {
  const { image, size } = req.body;
  exec('convert images/' + image + ' -resize ' + size + ' thumbs/' + image, (err) => { // vuln: CWE-78
    if (err) return res.status(500).send('failed');
    res.send('ok');
  });
});

app.post('/thumbnail2', (req, res) => {
  const { image } = req.body;
  execFile('convert', ['images/' + path.basename(image), '-resize', '200x200', 'thumbs/out.png'], (err) => { // safe: CWE-78
    if (err) return res.status(500).send('failed');
    res.send('ok');
  });
});

app.get('/logout', (req, res) => {
  res.clearCookie('sid');
  res.redirect(req.query.returnTo); // vuln: CWE-601
});

app.post('/login', (req, res) => {
  const token = Math.random().toString(36).slice(2); // vuln: CWE-330
  res.cookie('sid', token, { httpOnly: false }); // vuln: CWE-1004
  res.json({ ok: true });
});

app.listen(3000, () => console.log('listening on 3000'));

// Prompt: "Express + MongoDB native driver: product search with filters from
// the query string, update a product from the request body, pg reports."
const express = require('express');
const { MongoClient, ObjectId } = require('mongodb');
const { Pool } = require('pg');

const app = express();
app.use(express.json());
const client = new MongoClient(process.env.MONGO_URL);
const pg = new Pool();

function productsCollection() {
  return client.db('shop').collection('products');
}

app.get('/products', async (req, res) => {
  const filter = {};
  if (req.query.category) filter.category = req.query.category;
  if (req.query.where) filter.$where = req.query.where;
  const items = await productsCollection().find(filter).toArray(); // vuln: CWE-943
  res.json(items);
});

app.get('/products-safe', async (req, res) => {
  const filter = { category: String(req.query.category || 'all') };
  const items = await productsCollection().find(filter).toArray(); // safe: CWE-943
  res.json(items);
});

app.put('/products/:id', async (req, res) => {
  const result = await productsCollection().updateOne({ _id: new ObjectId(req.params.id) }, { $set: req.body }); // vuln: CWE-915
  res.json(result);
});

app.put('/products-safe/:id', async (req, res) => {
  const { name, price } = req.body;
  const result = await productsCollection().updateOne({ _id: new ObjectId(req.params.id) }, { $set: { name: String(name), price: Number(price) } }); // safe: CWE-915
  res.json(result);
});

async function salesReport(region, from) {
  const sql = `SELECT sku, SUM(qty) FROM sales WHERE region = '${region}' AND day >= '${from}' GROUP BY sku`;
  const { rows } = await pg.query(sql); // vuln: CWE-89
  return rows;
}

app.get('/reports/sales', async (req, res) => {
  res.json(await salesReport(req.query.region, req.query.from));
});

app.get('/reports/sales-safe', async (req, res) => {
  const { rows } = await pg.query('SELECT sku, SUM(qty) FROM sales WHERE region = $1 AND day >= $2 GROUP BY sku', [req.query.region, req.query.from]); // safe: CWE-89
  res.json(rows);
});

app.listen(3005);

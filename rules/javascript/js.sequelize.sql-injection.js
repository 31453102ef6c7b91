const express = require('express');
const { Sequelize, QueryTypes, Op } = require('sequelize');
const { Product } = require('./models');

const sequelize = new Sequelize(process.env.DATABASE_URL);
const app = express();

app.get('/products', async (req, res) => {
  const products = await Product.findAll({
    // ruleid: js.sequelize.sql-injection
    order: [[sequelize.literal(req.query.sort), 'DESC']],
  });
  res.json(products);
});

app.get('/products/by-status', async (req, res) => {
  const status = req.query.status;
  const products = await Product.findAll({
    // ruleid: js.sequelize.sql-injection
    where: Sequelize.literal(`status = '${status}'`),
  });
  res.json(products);
});

app.post('/reports', async (req, res) => {
  const sql = 'SELECT * FROM sales WHERE region = "' + req.body.region + '"';
  // ruleid: js.sequelize.sql-injection
  const rows = await sequelize.query(sql, { type: QueryTypes.SELECT });
  res.json(rows);
});

app.post('/safe/reports', async (req, res) => {
  // ok: js.sequelize.sql-injection
  const rows = await sequelize.query('SELECT * FROM sales WHERE region = :region', { replacements: { region: req.body.region }, type: QueryTypes.SELECT });
  res.json(rows);
});

app.get('/safe/products', async (req, res) => {
  // ok: js.sequelize.sql-injection
  const products = await Product.findAll({ where: { name: { [Op.like]: `%${req.query.q}%` } } });
  res.json(products);
});

app.get('/safe/literal', async (req, res) => {
  const products = await Product.findAll({
    // ok: js.sequelize.sql-injection
    attributes: { include: [[sequelize.literal('(SELECT COUNT(*) FROM reviews WHERE reviews.productId = Product.id)'), 'reviewCount']] },
  });
  res.json(products);
});

module.exports = app;

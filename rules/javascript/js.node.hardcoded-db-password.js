const mysql = require('mysql2');
const { Pool } = require('pg');
const { Sequelize } = require('sequelize');

// ruleid: js.node.hardcoded-db-password
const connection = mysql.createConnection({ host: 'localhost', user: 'root', password: 'Passw0rd!', database: 'shop' });

// ruleid: js.node.hardcoded-db-password
const pool = new Pool({ host: 'db.internal', user: 'app', password: 'app_prod_2023', database: 'app' });

// ruleid: js.node.hardcoded-db-password
const sequelize = new Sequelize('inventory', 'admin', 'admin123', { host: 'localhost', dialect: 'postgres' });

// ok: js.node.hardcoded-db-password
const envPool = new Pool({ host: process.env.DB_HOST, user: process.env.DB_USER, password: process.env.DB_PASSWORD });

// ok: js.node.hardcoded-db-password
const envSequelize = new Sequelize(process.env.DB_NAME, process.env.DB_USER, process.env.DB_PASSWORD, { dialect: 'postgres' });

// ok: js.node.hardcoded-db-password
const localPool = new Pool({ host: 'localhost', user: 'dev', password: '' });

module.exports = { connection, pool, sequelize, envPool, envSequelize, localPool };

const mysql2 = require('mysql2/promise');
const reportsPool = mysql2.createPool({
  host: 'reports-db.internal',
  user: 'reporting',
  // ruleid: js.node.hardcoded-db-password
  password: 'R3porting!2024',
  database: 'reports',
});

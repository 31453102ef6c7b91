const mysql = require('mysql2/promise');

const pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });

class InvoiceRepository {
  constructor(db) {
    this.db = db;
    this.table = 'invoices';
  }

  async byCustomer(customer, status) {
    let sql = `SELECT id, total FROM ${this.table} WHERE customer = '${customer}'`;
    if (status) {
      sql += " AND status = '" + status + "'";
    }
    // ruleid: js.lang.sql-built-query
    const [rows] = await this.db.query(sql);
    return rows;
  }

  async sorted(column) {
    // ruleid: js.lang.sql-built-query
    const [rows] = await this.db.query('SELECT id, total FROM invoices ORDER BY ' + column);
    return rows;
  }

  async byCustomerSafe(customer, status) {
    // ok: js.lang.sql-built-query
    const [rows] = await this.db.execute(
      `SELECT id, total FROM ${this.table} WHERE customer = ? AND status = ?`,
      [customer, status],
    );
    return rows;
  }

  async all() {
    // ok: js.lang.sql-built-query
    const [rows] = await this.db.query(`SELECT id, total FROM ${this.table}`);
    return rows;
  }
}

async function deleteDrafts(owner) {
  // ruleid: js.lang.sql-built-query
  await pool.execute(`DELETE FROM drafts WHERE owner = '${owner}'`);
}

const countFor = async (account) => {
  const sql = 'SELECT COUNT(*) AS n FROM invoices WHERE account = ?';
  // ok: js.lang.sql-built-query
  const [rows] = await pool.query(sql, [account]);
  return rows[0].n;
};

function logLine(message) {
  // ok: js.lang.sql-built-query
  console.log(`select handler got ${message}`);
}

module.exports = { InvoiceRepository, deleteDrafts, countFor, logLine };

import { Pool } from 'pg';

export class UserStore {
  constructor(private readonly pool: Pool) {}

  async findByEmail(email: string) {
    // ruleid: js.lang.sql-built-query
    const result = await this.pool.query("SELECT * FROM users WHERE email = '" + email + "'");
    return result.rows[0];
  }

  async findByEmailSafe(email: string) {
    // ok: js.lang.sql-built-query
    const result = await this.pool.query('SELECT * FROM users WHERE email = $1', [email]);
    return result.rows[0];
  }
}

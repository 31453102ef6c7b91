import sqlite3


class UserRepository:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def find_by_email(self, email):
        cur = self.conn.cursor()
        # ruleid: python.lang.sql-built-query
        cur.execute(f"SELECT id, name FROM users WHERE email = '{email}'")
        return cur.fetchone()

    def delete_user(self, user_id):
        query = "DELETE FROM users WHERE id = %s" % user_id
        # ruleid: python.lang.sql-built-query
        self.conn.execute(query)
        self.conn.commit()

    def rename(self, user_id, new_name):
        sql = "UPDATE users SET name = '{}' WHERE id = {}".format(new_name, user_id)
        cur = self.conn.cursor()
        # ruleid: python.lang.sql-built-query
        cur.execute(sql)

    def by_role(self, role):
        # ruleid: python.lang.sql-built-query
        return self.conn.execute("SELECT * FROM users WHERE role = '" + role + "'").fetchall()

    def find_by_email_safe(self, email):
        cur = self.conn.cursor()
        # ok: python.lang.sql-built-query
        cur.execute("SELECT id, name FROM users WHERE email = ?", (email,))
        return cur.fetchone()

    def count(self):
        # ok: python.lang.sql-built-query
        return self.conn.execute("SELECT COUNT(*) FROM users").fetchone()[0]

    def rename_safe(self, user_id, new_name):
        sql = "UPDATE users SET name = ? WHERE id = ?"
        # ok: python.lang.sql-built-query
        self.conn.execute(sql, (new_name, user_id))

    def log_message(self, logger, name):
        # ok: python.lang.sql-built-query
        logger.execute(f"greeting {name}")


def orders_by_reference(Order, ref):
    # ok: python.lang.sql-built-query
    return Order.objects.raw("SELECT * FROM shop_order WHERE reference = %s", [ref])


def orders_by_reference_unsafe(Order, ref):
    # ruleid: python.lang.sql-built-query
    return Order.objects.raw("SELECT * FROM shop_order WHERE reference = '%s'" % ref)


def count_rows(conn):
    table = "users"
    sql = "SELECT COUNT(*) FROM " + table
    # ok: python.lang.sql-built-query
    return conn.execute(sql).fetchone()[0]


def count_any(conn, table):
    sql = "SELECT COUNT(*) FROM " + table
    # ruleid: python.lang.sql-built-query
    return conn.execute(sql).fetchone()[0]

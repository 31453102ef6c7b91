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


SORT_COLUMNS = {"name", "created_at", "last_login"}


class ReportRepository:
    def __init__(self, conn):
        self.conn = conn

    def page(self, offset, limit):
        # ok: python.lang.sql-built-query
        return self.conn.execute("SELECT id, title FROM reports LIMIT %d OFFSET %d" % (limit, offset)).fetchall()

    def by_id(self, report_id):
        sql = "SELECT * FROM reports WHERE id = %i" % report_id
        # ok: python.lang.sql-built-query
        return self.conn.execute(sql).fetchone()

    def by_owner(self, owner, limit):
        sql = "SELECT * FROM reports WHERE owner = '%s' LIMIT %d" % (owner, limit)
        # ruleid: python.lang.sql-built-query
        return self.conn.execute(sql).fetchall()

    def by_named(self, owner):
        # ruleid: python.lang.sql-built-query
        return self.conn.execute("SELECT * FROM reports WHERE owner = '%(o)s'" % {"o": owner}).fetchall()

    def sorted_by(self, column):
        if column not in SORT_COLUMNS:
            column = "created_at"
        # ok: python.lang.sql-built-query
        return self.conn.execute("SELECT id, title FROM reports ORDER BY %s" % column).fetchall()

    def sorted_by_strict(self, column):
        if column not in SORT_COLUMNS:
            raise ValueError(f"cannot sort by {column}")
        query = f"SELECT id, title FROM reports ORDER BY {column}"
        # ok: python.lang.sql-built-query
        return self.conn.execute(query).fetchall()

    def sorted_by_ternary(self, column):
        col = column if column in SORT_COLUMNS else "created_at"
        # ok: python.lang.sql-built-query
        return self.conn.execute(f"SELECT id, title FROM reports ORDER BY {col}").fetchall()

    def sorted_unchecked(self, column):
        query = f"SELECT id, title FROM reports ORDER BY {column}"
        # ruleid: python.lang.sql-built-query
        return self.conn.execute(query).fetchall()

    def owner_sorted(self, owner, column):
        if column not in SORT_COLUMNS:
            column = "created_at"
        # ruleid: python.lang.sql-built-query
        return self.conn.execute(f"SELECT id FROM reports WHERE owner = '{owner}'").fetchall()

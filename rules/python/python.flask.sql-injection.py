import sqlite3

from flask import Flask, jsonify, request
from sqlalchemy import text

from .models import db

app = Flask(__name__)


def get_db():
    return sqlite3.connect("app.db")


@app.route("/users")
def search_users():
    name = request.args.get("name", "")
    conn = get_db()
    cur = conn.cursor()
    # ruleid: python.flask.sql-injection
    cur.execute(f"SELECT id, email FROM users WHERE name = '{name}'")
    return jsonify(cur.fetchall())


@app.route("/orders", methods=["POST"])
def list_orders():
    status = request.form["status"]
    query = "SELECT * FROM orders WHERE status = '" + status + "' ORDER BY created_at"
    conn = get_db()
    # ruleid: python.flask.sql-injection
    rows = conn.execute(query).fetchall()
    return jsonify(rows)


@app.route("/api/products", methods=["POST"])
def products():
    payload = request.get_json()
    sort = payload.get("sort", "name")
    sql = "SELECT * FROM products ORDER BY {}".format(sort)
    # ruleid: python.flask.sql-injection
    result = db.session.execute(text(sql))
    return jsonify([dict(r._mapping) for r in result])


@app.route("/user/<user_id>")
def get_user(user_id):
    cur = get_db().cursor()
    # ruleid: python.flask.sql-injection
    cur.execute("SELECT * FROM users WHERE id = %s" % user_id)
    return jsonify(cur.fetchone())


@app.route("/users/safe")
def search_users_safe():
    name = request.args.get("name", "")
    cur = get_db().cursor()
    # ok: python.flask.sql-injection
    cur.execute("SELECT id, email FROM users WHERE name = ?", (name,))
    return jsonify(cur.fetchall())


@app.route("/api/products/safe", methods=["POST"])
def products_safe():
    payload = request.get_json()
    # ok: python.flask.sql-injection
    result = db.session.execute(text("SELECT * FROM products WHERE name = :name"), {"name": payload["name"]})
    return jsonify([dict(r._mapping) for r in result])


@app.route("/page")
def page():
    limit = int(request.args.get("limit", "10"))
    cur = get_db().cursor()
    # ok: python.flask.sql-injection
    cur.execute(f"SELECT * FROM posts LIMIT {limit}")
    return jsonify(cur.fetchall())


@app.route("/stats")
def stats():
    table = "orders"
    cur = get_db().cursor()
    # ok: python.flask.sql-injection
    cur.execute(f"SELECT COUNT(*) FROM {table}")
    return jsonify(cur.fetchone())


@app.route("/invoice/<int:invoice_id>")
def invoice(invoice_id):
    cur = get_db().cursor()
    # ok: python.flask.sql-injection
    cur.execute("SELECT id, total FROM invoices WHERE id = %s" % invoice_id)
    return jsonify(cur.fetchone())


@app.route("/shop/<uuid:shop_id>/orders/<int:page>")
def shop_orders(shop_id, page):
    cur = get_db().cursor()
    # ok: python.flask.sql-injection
    cur.execute(f"SELECT id FROM orders WHERE shop = '{shop_id}' LIMIT 20 OFFSET {page * 20}")
    return jsonify(cur.fetchall())


@app.route("/shop/<int:shop_id>/by-tag/<tag>")
def shop_by_tag(shop_id, tag):
    cur = get_db().cursor()
    # ruleid: python.flask.sql-injection
    cur.execute(f"SELECT id FROM products WHERE shop = {shop_id} AND tag = '{tag}'")
    return jsonify(cur.fetchall())


@app.route("/files/<path:subpath>")
def file_meta(subpath):
    cur = get_db().cursor()
    # ruleid: python.flask.sql-injection
    cur.execute("SELECT size FROM files WHERE path = '" + subpath + "'")
    return jsonify(cur.fetchone())


@app.route("/audit")
def audit_log():
    actor = request.args.get("actor", "")
    cur = get_db().cursor()
    # ruleid: python.flask.sql-injection
    cur.execute(
        f"""
        SELECT ts, action FROM audit
        WHERE actor = '{actor}'
        ORDER BY ts DESC
        """
    )
    return jsonify(cur.fetchall())

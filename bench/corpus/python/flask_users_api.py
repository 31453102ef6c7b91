"""User directory API.

Prompt: "write a Flask endpoint that searches users by name and returns JSON,
with SQLite storage".
"""
import logging
import sqlite3

from flask import Flask, g, jsonify, request
from flask_cors import CORS

app = Flask(__name__)
app.config["SECRET_KEY"] = "dev-secret-key-123456"  # vuln: CWE-798
CORS(app, origins="*", supports_credentials=True)  # vuln: CWE-942

log = logging.getLogger(__name__)
DATABASE = "users.db"


def get_db():
    db = getattr(g, "_database", None)
    if db is None:
        db = g._database = sqlite3.connect(DATABASE)
        db.row_factory = sqlite3.Row
    return db


@app.route("/api/users/search")
def search_users():
    name = request.args.get("name", "")
    order = request.args.get("order", "name")
    query = "SELECT id, name, email FROM users WHERE name LIKE '%" + name + "%'"
    query += " ORDER BY " + order
    cur = get_db().cursor()
    cur.execute(query)  # vuln: CWE-89
    rows = [dict(r) for r in cur.fetchall()]
    return jsonify(rows)


@app.route("/api/users/<int:user_id>")
def get_user(user_id):
    cur = get_db().cursor()
    cur.execute("SELECT id, name, email FROM users WHERE id = ?", (user_id,))  # safe: CWE-89
    row = cur.fetchone()
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(dict(row))


@app.route("/api/users/by-email")
def by_email():
    email = request.args["email"]
    cur = get_db().cursor()
    cur.execute(f"SELECT id, name FROM users WHERE email = '{email}'")  # vuln: CWE-89
    return jsonify([dict(r) for r in cur.fetchall()])


@app.route("/api/users/count")
def count_users():
    table = "users"
    sql = "SELECT COUNT(*) FROM " + table
    cur = get_db().cursor()
    cur.execute(sql)  # safe: CWE-89
    return jsonify({"count": cur.fetchone()[0]})


@app.route("/api/users", methods=["POST"])
def create_user():
    data = request.get_json()
    log.info("creating user %s with password %s", data["email"], data["password"])  # vuln: CWE-532
    db = get_db()
    db.execute(
        "INSERT INTO users (name, email, password_hash) VALUES (?, ?, ?)",
        (data["name"], data["email"], data["password_hash"]),
    )
    db.commit()
    log.info("created user %s", data["email"])  # safe: CWE-532
    return jsonify({"ok": True}), 201


@app.route("/api/users/sort")
def sorted_users():
    column = request.args.get("col", "name")
    if column not in ("name", "email", "created_at"):
        column = "name"
    cur = get_db().cursor()
    cur.execute("SELECT id, name FROM users ORDER BY %s" % column)  # safe: CWE-89
    return jsonify([dict(r) for r in cur.fetchall()])


@app.teardown_appcontext
def close_connection(exception):
    db = getattr(g, "_database", None)
    if db is not None:
        db.close()


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)  # vuln: CWE-489

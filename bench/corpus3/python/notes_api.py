"""Small Flask API for a personal notes app (SQLite backend)."""
import hashlib
import os
import sqlite3
import subprocess

from flask import Flask, jsonify, redirect, request, send_file, make_response

app = Flask(__name__)
app.config["SECRET_KEY"] = "s3cr3t-notes-key-2024"  # vuln: CWE-798

DB_PATH = os.path.join(os.path.dirname(__file__), "notes.db")
UPLOAD_DIR = "/var/app/uploads"


def get_db():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


@app.route("/notes/search")
def search_notes():
    term = request.args.get("q", "")
    db = get_db()
    query = f"SELECT id, title, body FROM notes WHERE title LIKE '%{term}%'"
    rows = db.execute(query).fetchall()  # vuln: CWE-89
    return jsonify([dict(r) for r in rows])


@app.route("/notes/<int:note_id>")
def get_note(note_id):
    db = get_db()
    row = db.execute("SELECT * FROM notes WHERE id = ?", (note_id,)).fetchone()  # safe: CWE-89
    if row is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(dict(row))


@app.route("/notes/by-owner")
def notes_by_owner():
    owner = request.args.get("owner")
    db = get_db()
    rows = db.execute("SELECT * FROM notes WHERE owner = '%s'" % owner).fetchall()  # vuln: CWE-89
    return jsonify([dict(r) for r in rows])


@app.route("/attachments/<path:name>")
def download_attachment(name):
    return send_file(os.path.join(UPLOAD_DIR, name))  # vuln: CWE-22


@app.route("/export")
def export_notes():
    fmt = request.args.get("format", "txt")
    out = subprocess.check_output("pandoc notes.md -o /tmp/export." + fmt, shell=True)  # vuln: CWE-78
    return out


@app.route("/backup")
def backup():
    subprocess.run(["tar", "czf", "/tmp/notes-backup.tgz", DB_PATH], check=True)  # safe: CWE-78
    return jsonify({"ok": True})


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    password = request.form["password"]
    db = get_db()
    row = db.execute("SELECT pw_hash FROM users WHERE name = ?", (username,)).fetchone()
    if row and row["pw_hash"] == hashlib.md5(password.encode()).hexdigest():  # vuln: CWE-328
        resp = make_response(redirect(request.args.get("next", "/")))  # vuln: CWE-601
        resp.set_cookie("session_user", username)  # vuln: CWE-614
        return resp
    return jsonify({"error": "bad credentials"}), 401


@app.route("/etag/<int:note_id>")
def note_etag(note_id):
    db = get_db()
    row = db.execute("SELECT body FROM notes WHERE id = ?", (note_id,)).fetchone()
    tag = hashlib.sha256(row["body"].encode()).hexdigest()  # safe: CWE-328
    return jsonify({"etag": tag})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)  # vuln: CWE-489

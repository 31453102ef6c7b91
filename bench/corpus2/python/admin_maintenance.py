# Prompt: "Flask admin page to run maintenance scripts (vacuum, reindex,
# rotate logs) and look up users with SQLAlchemy and psycopg2."
import os
import subprocess

import psycopg2
from flask import Blueprint, abort, jsonify, request
from sqlalchemy import create_engine, text

admin = Blueprint("admin", __name__, url_prefix="/admin")
engine = create_engine(os.environ["DATABASE_URL"])
SCRIPTS = {
    "vacuum": ["/opt/maint/vacuum.sh"],
    "reindex": ["/opt/maint/reindex.sh"],
    "rotate": ["/usr/sbin/logrotate", "/etc/logrotate.conf"],
}


class MaintenanceRunner:
    def __init__(self, base_dir):
        self.base_dir = base_dir

    def run(self, script, args):
        cmd = f"{self.base_dir}/{script}.sh {args}"
        return subprocess.check_output(cmd, shell=True)  # vuln: CWE-78

    def run_named(self, name):
        argv = SCRIPTS[name]
        return subprocess.run(argv, capture_output=True, check=False).stdout  # safe: CWE-78


runner = MaintenanceRunner("/opt/maint")


@admin.post("/maintenance/run")
def run_maintenance():
    script = request.form["script"]
    args = request.form.get("args", "")
    output = runner.run(script, args)
    return jsonify({"output": output.decode()})


@admin.post("/maintenance/run-safe")
def run_maintenance_safe():
    name = request.form["script"]
    if name not in SCRIPTS:
        abort(400)
    return jsonify({"output": runner.run_named(name).decode()})


@admin.post("/maintenance/ping")
def ping_host():
    host = request.form["host"]
    rc = os.system("ping -c 1 " + host)  # vuln: CWE-78
    return jsonify({"rc": rc})


@admin.get("/users")
def find_users():
    email = request.args.get("email", "")
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT id, email FROM users WHERE email LIKE '{email}%'"))  # vuln: CWE-89
        return jsonify([dict(r._mapping) for r in rows])


@admin.get("/users-safe")
def find_users_safe():
    email = request.args.get("email", "")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, email FROM users WHERE email LIKE :e"), {"e": email + "%"})  # safe: CWE-89
        return jsonify([dict(r._mapping) for r in rows])


def pg_lookup(user_id):
    conn = psycopg2.connect(os.environ["PG_DSN"])
    cur = conn.cursor()
    cur.execute("SELECT * FROM audit_log WHERE user_id = '" + user_id + "'")  # vuln: CWE-89
    return cur.fetchall()


@admin.get("/audit")
def audit():
    return jsonify(pg_lookup(request.args["user"]))


@admin.get("/audit-safe")
def audit_safe():
    conn = psycopg2.connect(os.environ["PG_DSN"])
    cur = conn.cursor()
    cur.execute("SELECT * FROM audit_log WHERE user_id = %s", (request.args["user"],))  # safe: CWE-89
    return jsonify(cur.fetchall())

"""A small Flask service of the kind an AI assistant writes on request.
It is vulnerable on purpose: `vouch scan examples/flask-app` explains why."""
import hashlib
import sqlite3
import subprocess

import yaml
from flask import Flask, redirect, request

app = Flask(__name__)


def db():
    return sqlite3.connect("app.db")


@app.route("/users")
def find_user():
    name = request.args.get("name", "")
    query = f"SELECT id, email FROM users WHERE name = '{name}'"
    rows = db().execute(query).fetchall()
    return {"users": rows}


@app.route("/users/safe")
def find_user_safe():
    name = request.args.get("name", "")
    rows = db().execute("SELECT id, email FROM users WHERE name = ?", (name,)).fetchall()
    return {"users": rows}


@app.route("/ping")
def ping():
    host = request.args.get("host", "localhost")
    out = subprocess.check_output("ping -c 1 " + host, shell=True)
    return out


@app.route("/config", methods=["POST"])
def load_config():
    return yaml.load(request.data)


@app.route("/login")
def login():
    password = request.args["password"]
    digest = hashlib.md5(password.encode()).hexdigest()
    return redirect(request.args.get("next", "/"))


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)

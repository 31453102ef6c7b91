"""File download, link redirect and URL preview service.

Prompt: "Flask app with an endpoint to download uploaded files, a redirect after
login, and an endpoint that fetches a URL and returns its title".
"""
import os
import re
from urllib.parse import urlparse

import requests
from flask import Flask, abort, redirect, request, send_file, send_from_directory, url_for
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"
ALLOWED_HOSTS = {"example.com", "docs.example.com"}


@app.route("/download")
def download():
    filename = request.args.get("file")
    path = os.path.join(UPLOAD_DIR, filename)
    return send_file(path)  # vuln: CWE-22


@app.route("/download/v2")
def download_v2():
    filename = secure_filename(request.args.get("file", ""))
    return send_from_directory(UPLOAD_DIR, filename)  # safe: CWE-22


@app.route("/report/<name>")
def read_report(name):
    report_path = UPLOAD_DIR + "/reports/" + name
    with open(report_path) as fh:  # vuln: CWE-22
        return fh.read()


@app.route("/report/v2/<name>")
def read_report_v2(name):
    base = os.path.realpath(UPLOAD_DIR)
    target = os.path.realpath(os.path.join(base, name))
    if not target.startswith(base + os.sep):
        abort(400)
    with open(target) as fh:  # safe: CWE-22
        return fh.read()


@app.route("/login/done")
def after_login():
    next_url = request.args.get("next", "/")
    return redirect(next_url)  # vuln: CWE-601


@app.route("/login/done/v2")
def after_login_v2():
    next_url = request.args.get("next", "/")
    host = urlparse(next_url).netloc
    if host and host not in ALLOWED_HOSTS:
        next_url = url_for("index")
    return redirect(next_url)  # safe: CWE-601


@app.route("/")
def index():
    return "home"


@app.route("/preview")
def preview():
    target = request.args["url"]
    resp = requests.get(target, timeout=5)  # vuln: CWE-918
    m = re.search(r"<title>(.*?)</title>", resp.text, re.I | re.S)
    return {"title": m.group(1).strip() if m else None}


@app.route("/preview/v2")
def preview_v2():
    target = request.args["url"]
    parsed = urlparse(target)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        abort(400)
    resp = requests.get(target, timeout=5)  # safe: CWE-918
    return {"status": resp.status_code}


@app.route("/status")
def status():
    resp = requests.get("https://status.example.com/api/v1", timeout=3)  # safe: CWE-918
    return resp.json()

# Prompt: "Parse an uploaded XML invoice, store user settings in YAML, log in
# with JWT and hash passwords. Flask."
import hashlib
import logging
import pickle
import base64

import jwt
import yaml
from defusedxml import ElementTree as SafeET
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)
app.config["SECRET_KEY"] = "dev-secret-change-me"  # vuln: CWE-798
JWT_KEY = app.config["SECRET_KEY"]
log = logging.getLogger(__name__)


@app.post("/invoices/upload")
def upload_invoice():
    raw = request.files["invoice"].read()
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    root = etree.fromstring(raw, parser)  # vuln: CWE-611
    total = root.findtext("total")
    return jsonify({"total": total})


@app.post("/invoices/upload-safe")
def upload_invoice_safe():
    raw = request.files["invoice"].read()
    root = SafeET.fromstring(raw)  # safe: CWE-611
    return jsonify({"total": root.findtext("total")})


@app.post("/settings")
def save_settings():
    settings = yaml.load(request.data, Loader=yaml.Loader)  # vuln: CWE-502
    with open("settings.yaml", "w") as fh:
        yaml.safe_dump(settings, fh)
    return jsonify(settings)


@app.post("/settings-safe")
def save_settings_safe():
    settings = yaml.safe_load(request.data)  # safe: CWE-502
    return jsonify(settings)


@app.get("/prefs")
def load_prefs():
    blob = request.cookies.get("prefs", "")
    prefs = pickle.loads(base64.b64decode(blob))  # vuln: CWE-502
    return jsonify(prefs)


def hash_password(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest()  # vuln: CWE-328


def hash_password_safe(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)  # safe: CWE-328


@app.post("/login")
def login():
    body = request.get_json()
    log.info("login attempt user=%s password=%s", body["username"], body["password"])  # vuln: CWE-532
    token = jwt.encode({"sub": body["username"]}, JWT_KEY, algorithm="HS256")
    return jsonify({"token": token})


@app.get("/me")
def me():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})  # vuln: CWE-347
    return jsonify({"user": claims["sub"]})


@app.get("/me-safe")
def me_safe():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, JWT_KEY, algorithms=["HS256"])  # safe: CWE-347
    return jsonify({"user": claims["sub"]})

import re

from flask import Flask, jsonify, request

app = Flask(__name__)
PRODUCTS = ["apple", "banana", "cherry"]


@app.route("/search")
def search():
    q = request.args.get("q", "")
    # ruleid: python.web.regex-injection
    rx = re.compile(q, re.IGNORECASE)
    return jsonify([p for p in PRODUCTS if rx.search(p)])


@app.route("/filter", methods=["POST"])
def filter_names():
    body = request.get_json()
    # ruleid: python.web.regex-injection
    return jsonify([p for p in PRODUCTS if re.match(body["pattern"], p)])


@app.route("/search/safe")
def search_safe():
    q = re.escape(request.args.get("q", ""))
    # ok: python.web.regex-injection
    rx = re.compile(q, re.IGNORECASE)
    return jsonify([p for p in PRODUCTS if rx.search(p)])


@app.route("/validate")
def validate():
    value = request.args.get("v", "")
    # ok: python.web.regex-injection
    ok = re.fullmatch(r"[a-z0-9_-]{3,32}", value) is not None
    return jsonify({"ok": ok})

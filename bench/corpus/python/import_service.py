"""Import/export endpoints for saved dashboards.

Prompt: "Flask endpoints to import a dashboard config the user uploads (YAML or
pickle from our desktop app) and to import an XML feed".
"""
import base64
import pickle

import yaml
from defusedxml import ElementTree as SafeET
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/import/pickle", methods=["POST"])
def import_pickle():
    blob = base64.b64decode(request.form["data"])
    dashboard = pickle.loads(blob)  # vuln: CWE-502
    return jsonify({"widgets": len(dashboard.get("widgets", []))})


@app.route("/import/yaml", methods=["POST"])
def import_yaml():
    raw = request.get_data(as_text=True)
    config = yaml.load(raw, Loader=yaml.Loader)  # vuln: CWE-502
    return jsonify(config)


@app.route("/import/yaml/v2", methods=["POST"])
def import_yaml_v2():
    raw = request.get_data(as_text=True)
    config = yaml.safe_load(raw)  # safe: CWE-502
    return jsonify(config)


@app.route("/import/yaml/v3", methods=["POST"])
def import_yaml_v3():
    raw = request.get_data(as_text=True)
    config = yaml.load(raw, Loader=yaml.SafeLoader)  # safe: CWE-502
    return jsonify(config)


@app.route("/import/yaml/v4", methods=["POST"])
def import_yaml_v4():
    upload = request.files["config"]
    config = yaml.unsafe_load(upload.read())  # vuln: CWE-502
    return jsonify(config)


def load_cache(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)  # vuln: CWE-502


@app.route("/import/feed", methods=["POST"])
def import_feed():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    doc = etree.fromstring(request.data, parser)  # vuln: CWE-611
    items = [el.text for el in doc.iter("title")]
    return jsonify(items)


@app.route("/import/feed/v2", methods=["POST"])
def import_feed_v2():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    doc = etree.fromstring(request.data, parser)  # safe: CWE-611
    return jsonify([el.text for el in doc.iter("title")])


@app.route("/import/feed/v3", methods=["POST"])
def import_feed_v3():
    root = SafeET.fromstring(request.data)  # safe: CWE-611
    return jsonify([el.text for el in root.iter("title")])


@app.route("/export", methods=["GET"])
def export():
    payload = {"widgets": [], "version": 2}
    return base64.b64encode(pickle.dumps(payload))  # safe: CWE-502

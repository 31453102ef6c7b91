import xml.etree.ElementTree as ET
from xml.dom import minidom

import defusedxml.ElementTree as SafeET
from flask import Flask, request

app = Flask(__name__)


@app.route("/orders/import", methods=["POST"])
def import_orders():
    # ruleid: python.web.xml-parse-untrusted
    root = ET.fromstring(request.data)
    return {"orders": len(root.findall("order"))}


def soap_endpoint(request):
    body = request.body
    # ruleid: python.web.xml-parse-untrusted
    doc = minidom.parseString(body)
    return doc.documentElement.tagName


@app.route("/orders/import/safe", methods=["POST"])
def import_orders_safe():
    # ok: python.web.xml-parse-untrusted
    root = SafeET.fromstring(request.data)
    return {"orders": len(root.findall("order"))}


@app.route("/sitemap")
def sitemap():
    # ok: python.web.xml-parse-untrusted
    root = ET.parse("/srv/app/static/sitemap.xml")
    return {"urls": len(root.getroot())}


from lxml import etree


@app.route("/feeds/import", methods=["POST"])
def import_feed():
    parser = etree.XMLParser(resolve_entities=True)
    # ruleid: python.web.xml-parse-untrusted
    doc = etree.fromstring(request.data, parser)
    return jsonify([el.text for el in doc.iter("title")])


@app.route("/feeds/import/v2", methods=["POST"])
def import_feed_safe():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    # ok: python.web.xml-parse-untrusted
    doc = etree.fromstring(request.data, parser)
    return jsonify([el.text for el in doc.iter("title")])


@app.route("/feeds/import/v3", methods=["POST"])
def import_feed_inline():
    # ok: python.web.xml-parse-untrusted
    doc = etree.fromstring(request.get_data(), etree.XMLParser(resolve_entities=False))
    return jsonify([el.text for el in doc.iter("title")])

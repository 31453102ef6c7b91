from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_feed():
    # ruleid: python.lang.xxe-lxml
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(request.data, parser)
    return {"items": len(root)}


def parse_invoice(data):
    # ruleid: python.lang.xxe-lxml
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    return etree.fromstring(data, parser)


def parse_safe(data):
    # ok: python.lang.xxe-lxml
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.fromstring(data, parser)


def parse_huge(data):
    # ok: python.lang.xxe-lxml
    parser = etree.XMLParser(remove_blank_text=True)
    return etree.fromstring(data, parser)

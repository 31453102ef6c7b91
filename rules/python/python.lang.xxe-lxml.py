from flask import Flask, request
from lxml import etree, objectify

app = Flask(__name__)

FEED_PARSER = etree.XMLParser(resolve_entities=True)


@app.route("/import", methods=["POST"])
def import_feed():
    parser = etree.XMLParser(resolve_entities=True)
    # ruleid: python.lang.xxe-lxml
    root = etree.fromstring(request.data, parser)
    return {"items": len(root)}


def parse_invoice(data):
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    # ruleid: python.lang.xxe-lxml
    return etree.fromstring(data, parser)


def parse_upload(stream):
    xml_parser = etree.XMLParser(no_network=False, huge_tree=True)
    # ruleid: python.lang.xxe-lxml
    tree = etree.parse(stream, parser=xml_parser)
    return tree.getroot()


def parse_config(data):
    parser = etree.XMLParser(resolve_entities=True)
    # ruleid: python.lang.xxe-lxml
    return objectify.fromstring(
        data,
        parser,
    )


def parse_inline(data):
    # ruleid: python.lang.xxe-lxml
    return etree.fromstring(data, etree.XMLParser(load_dtd=True))


def make_parser():
    # ruleid: python.lang.xxe-lxml
    return etree.XMLParser(resolve_entities=True, recover=True)


def parse_feed(data):
    # ruleid: python.lang.xxe-lxml
    return etree.fromstring(data, FEED_PARSER)


def parse_safe(data):
    # ok: python.lang.xxe-lxml
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    # ok: python.lang.xxe-lxml
    return etree.fromstring(data, parser)


def parse_huge(data):
    # ok: python.lang.xxe-lxml
    parser = etree.XMLParser(remove_blank_text=True)
    return etree.fromstring(data, parser)


def parse_reported_at_call(data):
    # ok: python.lang.xxe-lxml
    parser = etree.XMLParser(resolve_entities=True)
    # ruleid: python.lang.xxe-lxml
    return etree.XML(data, parser)


class Importer:
    def __init__(self):
        # ruleid: python.lang.xxe-lxml
        self.parser = etree.XMLParser(load_dtd=True)

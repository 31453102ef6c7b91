import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes


class ItemHandler(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.items = []

    def characters(self, content):
        self.items.append(content)


def parse_items(stream):
    parser = xml.sax.make_parser()
    # ruleid: python.lang.xxe-sax
    parser.setFeature(feature_external_ges, True)
    handler = ItemHandler()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.items


def parse_with_dtd(stream):
    parser = xml.sax.make_parser()
    # ruleid: python.lang.xxe-sax
    parser.setFeature(xml.sax.handler.feature_external_pes, True)
    parser.parse(stream)


def parse_safe(stream):
    parser = xml.sax.make_parser()
    # ok: python.lang.xxe-sax
    parser.setFeature(feature_external_ges, False)
    parser.parse(stream)


def parse_ns(stream):
    parser = xml.sax.make_parser()
    # ok: python.lang.xxe-sax
    parser.setFeature(xml.sax.handler.feature_namespaces, True)
    parser.parse(stream)

package com.example.xml;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.helpers.DefaultHandler;

public class FeedImporter {

    public void importFeed(InputStream in, DefaultHandler handler) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        SAXParser parser = spf.newSAXParser();
        // ruleid: java.xml.xxe-saxparser
        parser.parse(in, handler);
    }

    public void importFeedNs(InputStream in, DefaultHandler handler) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setNamespaceAware(true);
        // ruleid: java.xml.xxe-saxparser
        spf.newSAXParser().parse(in, handler);
    }

    public void importFeedSafe(InputStream in, DefaultHandler handler) throws Exception {
        // ok: java.xml.xxe-saxparser
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        spf.newSAXParser().parse(in, handler);
    }

    public void importFeedNoEntities(InputStream in, DefaultHandler handler) throws Exception {
        // ok: java.xml.xxe-saxparser
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setFeature("http://xml.org/sax/features/external-general-entities", false);
        spf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        spf.newSAXParser().parse(in, handler);
    }
}

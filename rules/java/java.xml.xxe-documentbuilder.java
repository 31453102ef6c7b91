package com.example.xml;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

public class InvoiceParser {

    public Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder db = dbf.newDocumentBuilder();
        // ruleid: java.xml.xxe-documentbuilder
        return db.parse(in);
    }

    public Document parseNamespaced(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        // ruleid: java.xml.xxe-documentbuilder
        return factory.newDocumentBuilder().parse(in);
    }

    public Document parseSafe(InputStream in) throws Exception {
        // ok: java.xml.xxe-documentbuilder
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setXIncludeAware(false);
        return dbf.newDocumentBuilder().parse(in);
    }

    public Document parseSecureProcessing(InputStream in) throws Exception {
        // ok: java.xml.xxe-documentbuilder
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return dbf.newDocumentBuilder().parse(in);
    }

    public Document parseNoExternal(InputStream in) throws Exception {
        // ok: java.xml.xxe-documentbuilder
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        dbf.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return dbf.newDocumentBuilder().parse(in);
    }

    // ruleid: java.xml.xxe-documentbuilder
    private final DocumentBuilderFactory shared = DocumentBuilderFactory.newInstance();

    public Document parseShared(InputStream in) throws Exception {
        return shared.newDocumentBuilder().parse(in);
    }

    public Document parseOrders(InputStream in) throws Exception {
        // ok: java.xml.xxe-documentbuilder
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder builder = dbf.newDocumentBuilder();
        // ruleid: java.xml.xxe-documentbuilder
        Document doc = builder.parse(in);
        return doc;
    }
}

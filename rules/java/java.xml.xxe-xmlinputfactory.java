package com.example.xml;

import java.io.InputStream;
import java.io.Reader;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

public class StreamingParser {
    // a factory kept in a field is reported where it is created
    // ruleid: java.xml.xxe-xmlinputfactory
    private static final XMLInputFactory SHARED = XMLInputFactory.newInstance();

    public XMLStreamReader open(InputStream in) throws Exception {
        // ok: java.xml.xxe-xmlinputfactory
        XMLInputFactory xif = XMLInputFactory.newInstance();
        // ruleid: java.xml.xxe-xmlinputfactory
        return xif.createXMLStreamReader(in);
    }

    public XMLStreamReader openFactory(InputStream in) throws Exception {
        // ok: java.xml.xxe-xmlinputfactory
        XMLInputFactory xif = XMLInputFactory.newFactory();
        xif.setProperty(XMLInputFactory.IS_COALESCING, true);
        // ruleid: java.xml.xxe-xmlinputfactory
        XMLStreamReader reader = xif.createXMLStreamReader(in);
        return reader;
    }

    public XMLEventReader events(Reader in) throws Exception {
        // ruleid: java.xml.xxe-xmlinputfactory
        return XMLInputFactory.newInstance().createXMLEventReader(in);
    }

    public XMLStreamReader openSafe(InputStream in) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newInstance();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        // ok: java.xml.xxe-xmlinputfactory
        return xif.createXMLStreamReader(in);
    }

    public XMLStreamReader openNoExternal(InputStream in) throws Exception {
        // ok: java.xml.xxe-xmlinputfactory
        XMLInputFactory xif = XMLInputFactory.newInstance();
        xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // ok: java.xml.xxe-xmlinputfactory
        return xif.createXMLStreamReader(in);
    }
}

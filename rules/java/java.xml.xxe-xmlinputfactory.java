package com.example.xml;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

public class StreamingParser {

    public XMLStreamReader open(InputStream in) throws Exception {
        // ruleid: java.xml.xxe-xmlinputfactory
        XMLInputFactory xif = XMLInputFactory.newInstance();
        return xif.createXMLStreamReader(in);
    }

    public XMLStreamReader openFactory(InputStream in) throws Exception {
        // ruleid: java.xml.xxe-xmlinputfactory
        XMLInputFactory xif = XMLInputFactory.newFactory();
        xif.setProperty(XMLInputFactory.IS_COALESCING, true);
        return xif.createXMLStreamReader(in);
    }

    public XMLStreamReader openSafe(InputStream in) throws Exception {
        // ok: java.xml.xxe-xmlinputfactory
        XMLInputFactory xif = XMLInputFactory.newInstance();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        return xif.createXMLStreamReader(in);
    }

    public XMLStreamReader openNoExternal(InputStream in) throws Exception {
        // ok: java.xml.xxe-xmlinputfactory
        XMLInputFactory xif = XMLInputFactory.newInstance();
        xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return xif.createXMLStreamReader(in);
    }
}

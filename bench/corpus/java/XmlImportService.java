// Prompt: "Java service that imports a product catalogue from an uploaded XML file and
// restores a saved shopping cart sent by the desktop client as a serialized object".
package com.example.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import com.thoughtworks.xstream.XStream;

public class XmlImportService {

    public List<String> importCatalogue(InputStream upload) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder db = dbf.newDocumentBuilder();
        Document doc = db.parse(upload); // vuln: CWE-611
        NodeList names = doc.getElementsByTagName("name");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.getLength(); i++) {
            out.add(names.item(i).getTextContent());
        }
        return out;
    }

    public Document importCatalogueSafe(InputStream upload) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setExpandEntityReferences(false);
        return dbf.newDocumentBuilder().parse(upload); // safe: CWE-611
    }

    public void importWithSax(InputStream upload, org.xml.sax.helpers.DefaultHandler handler) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        SAXParser parser = spf.newSAXParser();
        parser.parse(upload, handler); // vuln: CWE-611
    }

    public int countItemsStax(InputStream upload) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newInstance();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = xif.createXMLStreamReader(upload); // safe: CWE-611
        int n = 0;
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamReader.START_ELEMENT && "item".equals(reader.getLocalName())) {
                n++;
            }
        }
        return n;
    }

    public Cart restoreCart(byte[] body) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(body))) {
            return (Cart) in.readObject(); // vuln: CWE-502
        }
    }

    public Cart restoreCartXml(String xml) {
        XStream xstream = new XStream();
        return (Cart) xstream.fromXML(xml); // vuln: CWE-502
    }

    public Cart restoreCartJson(String json) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        return mapper.readValue(json, Cart.class); // safe: CWE-502
    }

    public Object restoreAnyJson(String json) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        mapper.enableDefaultTyping(); // vuln: CWE-502
        return mapper.readValue(json, Object.class);
    }

    public static class Cart implements java.io.Serializable {
        public List<String> items = new ArrayList<>();
    }
}

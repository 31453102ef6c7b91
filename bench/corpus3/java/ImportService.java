package com.example.shop.service;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.ObjectMapper;

@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    public Document parseCatalog(String xml) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder db = dbf.newDocumentBuilder();
        return db.parse(new InputSource(new StringReader(xml))); // vuln: CWE-611
    }

    public Document parseCatalogSafe(String xml) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder db = dbf.newDocumentBuilder();
        return db.parse(new InputSource(new StringReader(xml))); // safe: CWE-611
    }

    public void parseFeed(InputStream in) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.newSAXParser().parse(in, new org.xml.sax.helpers.DefaultHandler()); // vuln: CWE-611
    }

    public Object restoreCart(byte[] data) throws Exception {
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(data))) {
            return ois.readObject(); // vuln: CWE-502
        }
    }

    public CartDto restoreCartJson(byte[] data) throws Exception {
        return new ObjectMapper().readValue(data, CartDto.class); // safe: CWE-502
    }

    public Object restorePolymorphic(byte[] data) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        mapper.enableDefaultTyping(); // vuln: CWE-502
        return mapper.readValue(data, Object.class);
    }

    public void importSupplier(String supplier, String apiKey) {
        log.info("importing from supplier {} using api key {}", supplier, apiKey); // vuln: CWE-532
    }

    public static class CartDto {
        public String id;
        public int items;
    }
}

// Prompt: "JAX-RS resource that accepts an uploaded XML invoice, parses it
// with the JDK's DOM parser, and restores a saved cart from a cookie."
package com.example.billing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.util.Base64;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.w3c.dom.Document;

@Path("/invoices")
public class InvoiceResource {

    @POST
    @Consumes(MediaType.APPLICATION_XML)
    @Produces(MediaType.TEXT_PLAIN)
    public String upload(InputStream body) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        DocumentBuilder builder = dbf.newDocumentBuilder();
        Document doc = builder.parse(body); // vuln: CWE-611
        return doc.getElementsByTagName("total").item(0).getTextContent();
    }

    @POST
    @Path("/safe")
    @Consumes(MediaType.APPLICATION_XML)
    public String uploadSafe(InputStream body) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        dbf.setXIncludeAware(false);
        dbf.setExpandEntityReferences(false);
        Document doc = dbf.newDocumentBuilder().parse(body); // safe: CWE-611
        return doc.getElementsByTagName("total").item(0).getTextContent();
    }

    @POST
    @Path("/stream")
    @Consumes(MediaType.APPLICATION_XML)
    public String uploadStream(InputStream body) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newInstance();
        XMLStreamReader reader = xif.createXMLStreamReader(body); // vuln: CWE-611
        int count = 0;
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamReader.START_ELEMENT && "line".equals(reader.getLocalName())) {
                count++;
            }
        }
        return "lines=" + count;
    }

    @POST
    @Path("/stream-safe")
    @Consumes(MediaType.APPLICATION_XML)
    public String uploadStreamSafe(InputStream body) throws Exception {
        XMLInputFactory xif = XMLInputFactory.newInstance();
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = xif.createXMLStreamReader(body); // safe: CWE-611
        return reader.hasNext() ? "ok" : "empty";
    }

    @GET
    @Path("/cart")
    public String restoreCart(@CookieParam("cart") String cart) throws Exception {
        byte[] raw = Base64.getDecoder().decode(cart);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(raw))) {
            Object saved = in.readObject(); // vuln: CWE-502
            return saved.toString();
        }
    }
}

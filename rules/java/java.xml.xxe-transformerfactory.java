package com.example.xml;

import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

public class XsltRenderer {

    public String render(StreamSource xslt, StreamSource xml) throws Exception {
        // ruleid: java.xml.xxe-transformerfactory
        TransformerFactory tf = TransformerFactory.newInstance();
        Transformer t = tf.newTransformer(xslt);
        StringWriter out = new StringWriter();
        t.transform(xml, new StreamResult(out));
        return out.toString();
    }

    public String renderSafe(StreamSource xslt, StreamSource xml) throws Exception {
        // ok: java.xml.xxe-transformerfactory
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        StringWriter out = new StringWriter();
        tf.newTransformer(xslt).transform(xml, new StreamResult(out));
        return out.toString();
    }

    public String renderSecure(StreamSource xslt, StreamSource xml) throws Exception {
        // ok: java.xml.xxe-transformerfactory
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        StringWriter out = new StringWriter();
        tf.newTransformer(xslt).transform(xml, new StreamResult(out));
        return out.toString();
    }
}

package com.example.xmlusers;

import javax.servlet.http.HttpServletRequest;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

@RestController
public class XmlUserController {

    private Document doc;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    @GetMapping("/xml/users")
    public Object find(@RequestParam String name) throws Exception {
        // ruleid: java.xpath.injection
        return xpath.evaluate("//user[name='" + name + "']/email", doc);
    }

    public boolean login(HttpServletRequest request) throws Exception {
        String expr = "//user[name='" + request.getParameter("user") + "' and password='" + request.getParameter("pass") + "']";
        // ruleid: java.xpath.injection
        Node n = (Node) xpath.evaluate(expr, doc, XPathConstants.NODE);
        return n != null;
    }

    @GetMapping("/safe/xml/users")
    public Object safeFind(@RequestParam String name) throws Exception {
        xpath.setXPathVariableResolver(v -> "name".equals(v.getLocalPart()) ? name : null);
        // ok: java.xpath.injection
        return xpath.evaluate("//user[name=$name]/email", doc);
    }
}

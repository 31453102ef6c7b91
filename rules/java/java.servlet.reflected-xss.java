package com.example.web;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

public class SearchServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        response.setContentType("text/html");
        // ruleid: java.servlet.reflected-xss
        response.getWriter().write("<h1>Results for " + q + "</h1>");
    }

    protected void greet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PrintWriter out = response.getWriter();
        // ruleid: java.servlet.reflected-xss
        out.println("<p>Hello, " + request.getParameter("name") + "</p>");
    }

    protected void safeGreet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PrintWriter out = response.getWriter();
        // ok: java.servlet.reflected-xss
        out.println("<p>Hello, " + Encode.forHtml(request.getParameter("name")) + "</p>");
    }

    protected void count(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int page = Integer.parseInt(request.getParameter("page"));
        // ok: java.servlet.reflected-xss
        response.getWriter().print("<p>Page " + page + "</p>");
    }
}

@RestController
class GreetingController {

    @GetMapping(value = "/hello", produces = MediaType.TEXT_HTML_VALUE)
    public String hello(@RequestParam String name) {
        // ruleid: java.servlet.reflected-xss
        return "<html><body>Hello " + name + "</body></html>";
    }

    @GetMapping(value = "/safe/hello", produces = MediaType.TEXT_HTML_VALUE)
    public String safeHello(@RequestParam String name) {
        // ok: java.servlet.reflected-xss
        return "<html><body>Hello " + Encode.forHtml(name) + "</body></html>";
    }

    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        PrintWriter writer = response.getWriter();
        // ok: java.servlet.reflected-xss
        writer.println("Updated " + request.getParameter("name"));
    }

    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html");
        PrintWriter writer = response.getWriter();
        String item = request.getParameter("item");
        // ruleid: java.servlet.reflected-xss
        writer.printf("<p>Deleted %s</p>", item);
    }
}

// Prompt: "a plain Java servlet that greets the user by name, handles a 'continue' redirect
// and lets the user upload a CSV that we stage in a temp file".
package com.example.web;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.owasp.encoder.Encode;

@WebServlet("/greet")
public class GreetingServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(GreetingServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        String next = request.getParameter("continue");
        response.setContentType("text/html");
        PrintWriter out = response.getWriter();
        out.println("<html><body>");
        out.println("<h1>Hello, " + name + "!</h1>"); // vuln: CWE-79
        out.println("<p>Hello again, " + Encode.forHtml(name) + "</p>"); // safe: CWE-79
        out.println("</body></html>");
        if (next != null) {
            response.sendRedirect(next); // vuln: CWE-601
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        LOG.info("upload started with token " + token); // vuln: CWE-532
        File staging = File.createTempFile("upload", ".csv"); // vuln: CWE-377
        Files.copy(request.getInputStream(), staging.toPath(), StandardCopyOption.REPLACE_EXISTING);
        staging.setReadable(true, false); // vuln: CWE-732
        staging.setWritable(true, false); // vuln: CWE-732

        Path safer = Files.createTempFile("upload", ".csv", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))); // safe: CWE-377
        Files.copy(staging.toPath(), safer, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(safer, PosixFilePermissions.fromString("rwxrwxrwx")); // vuln: CWE-732

        String view = request.getParameter("view");
        if ("summary".equals(view)) {
            response.sendRedirect("/uploads/summary"); // safe: CWE-601
        } else {
            response.getWriter().write("Uploaded " + request.getParameter("filename")); // vuln: CWE-79
        }
    }
}

// Prompt: "A plain servlet to download a file by name, greet the user, set a
// remember-me cookie and redirect back to the page they came from."
package com.example.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.UUID;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.text.StringEscapeUtils;

@WebServlet("/files/*")
public class FileServlet extends HttpServlet {
    private static final String BASE_DIR = "/srv/files";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        File file = new File(BASE_DIR, name);
        response.setContentType("application/octet-stream");
        Files.copy(file.toPath(), response.getOutputStream()); // vuln: CWE-22
    }

    private void sendSafe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Path base = Paths.get(BASE_DIR).toAbsolutePath().normalize();
        Path target = base.resolve(request.getParameter("name")).normalize();
        if (!target.startsWith(base)) {
            response.sendError(400);
            return;
        }
        Files.copy(target, response.getOutputStream()); // safe: CWE-22
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getParameter("action");
        if ("safe".equals(action)) {
            sendSafe(request, response);
            return;
        }
        String user = request.getParameter("user");
        response.setContentType("text/html");
        response.getWriter().println("<h1>Welcome back, " + user + "</h1>"); // vuln: CWE-79
        response.getWriter().println("<p>" + StringEscapeUtils.escapeHtml4(user) + "</p>"); // safe: CWE-79

        Cookie remember = new Cookie("remember_me", UUID.randomUUID().toString());
        remember.setMaxAge(60 * 60 * 24 * 30);
        response.addCookie(remember); // vuln: CWE-614, CWE-1004, CWE-1275

        Cookie session = new Cookie("sid", UUID.randomUUID().toString());
        session.setSecure(true);
        session.setHttpOnly(true);
        response.addCookie(session); // safe: CWE-614, CWE-1004 vuln: CWE-1275

        String back = request.getParameter("returnUrl");
        response.sendRedirect(back); // vuln: CWE-601
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String back = request.getParameter("returnUrl");
        if (back == null || !back.startsWith("/") || back.startsWith("//")) {
            back = "/";
        }
        response.sendRedirect(back); // safe: CWE-601
    }
}

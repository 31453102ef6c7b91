package com.example.shop.admin;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

@WebServlet("/admin/*")
public class AdminServlet extends HttpServlet {

    private DataSource ds;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String action = req.getParameter("action");
        PrintWriter out = resp.getWriter();
        try (Connection conn = ds.getConnection()) {
            if ("user".equals(action)) {
                String user = req.getParameter("name");
                Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM users WHERE name = '" + user + "'"); // vuln: CWE-89
                while (rs.next()) {
                    out.println("<li>" + rs.getString("name") + "</li>");
                }
            } else if ("order".equals(action)) {
                PreparedStatement ps = conn.prepareStatement("SELECT * FROM orders WHERE id = ?");
                ps.setString(1, req.getParameter("id"));
                ResultSet rs = ps.executeQuery(); // safe: CWE-89
                out.println(rs.next() ? "found" : "none");
            } else if ("echo".equals(action)) {
                out.println("<p>" + req.getParameter("msg") + "</p>"); // vuln: CWE-79
            }
        } catch (Exception e) {
            e.printStackTrace(out); // vuln: CWE-209
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String action = req.getParameter("action");
        if ("ping".equals(action)) {
            String host = req.getParameter("host");
            Process p = Runtime.getRuntime().exec("ping -c 1 " + host); // vuln: CWE-78
            resp.getWriter().println("exit=" + waitFor(p));
        } else if ("ping2".equals(action)) {
            String host = req.getParameter("host");
            if (!host.matches("^[a-zA-Z0-9.-]{1,253}$")) {
                resp.sendError(400);
                return;
            }
            Process p = new ProcessBuilder("ping", "-c", "1", host).start(); // safe: CWE-78
            resp.getWriter().println("exit=" + waitFor(p));
        } else if ("script".equals(action)) {
            ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");
            try {
                Object r = engine.eval(req.getParameter("expr")); // vuln: CWE-94
                resp.getWriter().println(r);
            } catch (Exception e) {
                resp.sendError(500);
            }
        } else if ("tmp".equals(action)) {
            File f = File.createTempFile("admin", ".tmp");
            f.setReadable(true, false); // vuln: CWE-732
            resp.getWriter().println(f.getAbsolutePath());
        } else if ("back".equals(action)) {
            resp.sendRedirect(req.getParameter("url")); // vuln: CWE-601
        }
    }

    private static int waitFor(Process p) {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}

package com.example.ops;

import java.io.IOException;
import java.util.List;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DiagnosticsController {

    @GetMapping("/ping")
    public String ping(@RequestParam String host) throws IOException {
        // ruleid: java.web.command-injection
        Process p = Runtime.getRuntime().exec("ping -c 1 " + host);
        return new String(p.getInputStream().readAllBytes());
    }

    @GetMapping("/lookup")
    public String lookup(@RequestParam("domain") String domain) throws IOException {
        String cmd = "nslookup " + domain;
        // ruleid: java.web.command-injection
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", cmd);
        return new String(pb.start().getInputStream().readAllBytes());
    }

    @GetMapping("/safe/ping")
    public String safePing(@RequestParam String host) throws IOException {
        if (!host.matches("^[A-Za-z0-9.-]{1,253}$")) {
            throw new IllegalArgumentException("bad host");
        }
        // ok: java.web.command-injection
        Process p = new ProcessBuilder("ping", "-c", "1", "--", host).start();
        return new String(p.getInputStream().readAllBytes());
    }

    @GetMapping("/safe/uptime")
    public String uptime() throws IOException {
        // ok: java.web.command-injection
        Process p = Runtime.getRuntime().exec(new String[] {"uptime"});
        return new String(p.getInputStream().readAllBytes());
    }
}

class ConvertServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String file = req.getParameter("file");
        // ruleid: java.web.command-injection
        Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", "convert uploads/" + file + " out.png"});
        resp.setStatus(204);
    }

    protected void tail(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        int lines = Integer.parseInt(req.getParameter("lines"));
        // ok: java.web.command-injection
        new ProcessBuilder(List.of("tail", "-n", String.valueOf(lines), "/var/log/app.log")).start();
        resp.setStatus(204);
    }
}

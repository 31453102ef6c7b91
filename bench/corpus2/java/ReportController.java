// Prompt: "Spring MVC controller that renders a report page with Thymeleaf,
// a greeting endpoint, proxies chart images, and sets a preferences cookie."
package com.example.reports;

import java.io.InputStream;
import java.net.URL;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
public class ReportController {
    private static final Set<String> CHART_HOSTS = Set.of("charts.example.com");

    @GetMapping("/report")
    public String report(@RequestParam String title, Model model) {
        model.addAttribute("title", title); // safe: CWE-79
        return "report";
    }

    @GetMapping("/greet")
    @ResponseBody
    public String greet(@RequestParam String name) {
        return "<html><body>Hello " + name + "</body></html>"; // vuln: CWE-79
    }

    @GetMapping("/view")
    public String view(@RequestParam String page) {
        return "reports/" + page; // vuln: CWE-94
    }

    @GetMapping("/go")
    public String go(@RequestParam String to) {
        return "redirect:" + to; // vuln: CWE-601
    }

    @GetMapping("/chart")
    public ResponseEntity<byte[]> chart(@RequestParam String src) throws Exception {
        URL url = new URL(src);
        try (InputStream in = url.openStream()) { // vuln: CWE-918
            return ResponseEntity.ok(in.readAllBytes());
        }
    }

    @GetMapping("/chart-safe")
    public ResponseEntity<byte[]> chartSafe(@RequestParam String src) throws Exception {
        URL url = new URL(src);
        if (!"https".equals(url.getProtocol()) || !CHART_HOSTS.contains(url.getHost())) {
            return ResponseEntity.badRequest().build();
        }
        try (InputStream in = url.openStream()) { // safe: CWE-918
            return ResponseEntity.ok(in.readAllBytes());
        }
    }

    @GetMapping("/remember")
    public ResponseEntity<String> remember(@RequestParam String user) {
        String token = java.util.UUID.randomUUID().toString();
        ResponseCookie cookie = ResponseCookie.from("remember_token", token).path("/").maxAge(86400).build(); // vuln: CWE-614, CWE-1004, CWE-1275
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString()).body("ok");
    }

    @GetMapping("/remember-safe")
    public ResponseEntity<String> rememberSafe(@RequestParam String user) {
        String token = java.util.UUID.randomUUID().toString();
        ResponseCookie cookie = ResponseCookie.from("remember_token", token).path("/").secure(true).httpOnly(true).sameSite("Lax").build(); // safe: CWE-614, CWE-1004
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString()).body("ok");
    }
}

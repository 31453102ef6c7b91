package com.example.greeting;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

@Controller
public class WelcomeController {

    @GetMapping("/welcome")
    @ResponseBody
    public String welcome(@RequestParam String name) {
        // ruleid: java.spring.response-body-xss
        return "<h2>Welcome, " + name + "!</h2>";
    }

    @GetMapping("/welcome-safe")
    @ResponseBody
    public String welcomeSafe(@RequestParam String name) {
        // ok: java.spring.response-body-xss
        return "<h2>Welcome, " + HtmlUtils.htmlEscape(name) + "!</h2>";
    }

    @GetMapping("/page")
    public String page(@RequestParam String name) {
        // ok: java.spring.response-body-xss
        return "welcome";
    }
}

@RestController
class BadgeApi {

    @GetMapping("/badge/{label}")
    public String badge(@PathVariable String label, @RequestHeader("User-Agent") String agent) {
        String svg = "<svg><text>" + label + "</text></svg>";
        // ruleid: java.spring.response-body-xss
        return svg;
    }

    @GetMapping(value = "/badge-text/{label}", produces = MediaType.TEXT_PLAIN_VALUE)
    public String badgeText(@PathVariable String label) {
        // ok: java.spring.response-body-xss
        return "badge: " + label;
    }

    @GetMapping("/uptime/{host}")
    public String uptime(@PathVariable String host) throws Exception {
        Process p = new ProcessBuilder("ssh", host, "uptime").start();
        // ok: java.spring.response-body-xss
        return new String(p.getInputStream().readAllBytes());
    }

    private String where(String name) {
        // ok: java.spring.response-body-xss
        return "<b>" + name + "</b>";
    }

    @GetMapping("/badge-count/{count}")
    public String badgeCount(@PathVariable String count) {
        // ok: java.spring.response-body-xss
        return "count=" + Integer.parseInt(count);
    }
}

package com.example.preview;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@RestController
public class PreviewController {

    private final RestTemplate restTemplate = new RestTemplate();

    @GetMapping("/preview")
    public String preview(@RequestParam String url) {
        // ruleid: java.web.ssrf
        return restTemplate.getForObject(url, String.class);
    }

    public byte[] fetch(HttpServletRequest request) throws IOException {
        String target = request.getParameter("target");
        // ruleid: java.web.ssrf
        HttpURLConnection conn = (HttpURLConnection) new URL(target).openConnection();
        try (InputStream in = conn.getInputStream()) {
            return in.readAllBytes();
        }
    }

    @GetMapping("/safe/weather")
    public String weather(@RequestParam String city) {
        // ok: java.web.ssrf
        return restTemplate.getForObject("https://api.weather.example/v1?city=" + URLEncoder.encode(city, StandardCharsets.UTF_8), String.class);
    }

    @GetMapping("/safe/status")
    public String status() {
        // ok: java.web.ssrf
        return restTemplate.getForObject("https://status.example.com/api/summary.json", String.class);
    }
}

@Controller("/avatars")
class AvatarImportController {
    private static final java.util.Set<String> AVATAR_HOSTS = java.util.Set.of("avatars.example.net");

    @Get("/import")
    public byte[] importAvatar(@QueryValue String source) throws IOException {
        URL avatar = new URL(source);
        // ruleid: java.web.ssrf
        try (InputStream in = avatar.openStream()) {
            return in.readAllBytes();
        }
    }

    @Post("/webhook-test")
    public int ping(@Body String endpoint) throws IOException {
        URL target = new URL(endpoint.trim());
        // ruleid: java.web.ssrf
        HttpURLConnection conn = (HttpURLConnection) target.openConnection();
        return conn.getResponseCode();
    }

    @Get("/import-safe")
    public byte[] importAvatarSafe(@QueryValue String name) throws IOException {
        URL avatar = new URL("https://avatars.example.net/u/" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        // ok: java.web.ssrf
        try (InputStream in = avatar.openStream()) {
            return in.readAllBytes();
        }
    }
}

// Prompt: "Spring controller to download a user's invoice PDF by file name, redirect
// back after saving settings, and fetch a remote avatar URL".
package com.example.files;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.servlet.view.RedirectView;

@Controller
public class FileController {

    private static final Path INVOICES = Paths.get("/srv/invoices").toAbsolutePath().normalize();
    private static final Set<String> AVATAR_HOSTS = Set.of("gravatar.com", "avatars.example.com");
    private final RestTemplate rest = new RestTemplate();

    @GetMapping("/invoices")
    @ResponseBody
    public byte[] invoice(@RequestParam String file) throws IOException {
        Path p = Paths.get("/srv/invoices", file);
        return Files.readAllBytes(p); // vuln: CWE-22
    }

    @GetMapping("/invoices/v2")
    @ResponseBody
    public byte[] invoiceV2(@RequestParam String file) throws IOException {
        Path p = INVOICES.resolve(file).normalize();
        if (!p.startsWith(INVOICES)) {
            throw new IllegalArgumentException("bad path");
        }
        return Files.readAllBytes(p); // safe: CWE-22
    }

    @GetMapping("/invoices/v3")
    public ResponseEntity<Resource> invoiceV3(@RequestParam String name) {
        Resource r = new FileSystemResource(new java.io.File("/srv/invoices/" + name)); // vuln: CWE-22
        return ResponseEntity.ok(r);
    }

    @PostMapping("/settings")
    public String saveSettings(@RequestParam String returnUrl) {
        return "redirect:" + returnUrl; // vuln: CWE-601
    }

    @PostMapping("/settings/v2")
    public RedirectView saveSettingsV2(@RequestParam String returnUrl) {
        return new RedirectView(returnUrl); // vuln: CWE-601
    }

    @PostMapping("/settings/v3")
    public String saveSettingsV3(@RequestParam String returnUrl) {
        if (!returnUrl.startsWith("/") || returnUrl.startsWith("//")) {
            returnUrl = "/settings";
        }
        return "redirect:" + returnUrl; // safe: CWE-601
    }

    @GetMapping("/avatar")
    @ResponseBody
    public byte[] avatar(@RequestParam String url) {
        return rest.getForObject(url, byte[].class); // vuln: CWE-918
    }

    @GetMapping("/avatar/v2")
    @ResponseBody
    public byte[] avatarV2(@RequestParam String url) {
        URI uri = URI.create(url);
        if (!"https".equals(uri.getScheme()) || !AVATAR_HOSTS.contains(uri.getHost())) {
            throw new IllegalArgumentException("host not allowed");
        }
        return rest.getForObject(uri, byte[].class); // safe: CWE-918
    }

    @GetMapping("/avatar/v3")
    @ResponseBody
    public String avatarV3(@RequestParam String user) throws IOException, InterruptedException {
        var client = java.net.http.HttpClient.newHttpClient();
        String target = "http://" + user + ".profiles.internal/avatar";
        return client.send(java.net.http.HttpRequest.newBuilder(URI.create(target)).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body(); // vuln: CWE-918
    }
}

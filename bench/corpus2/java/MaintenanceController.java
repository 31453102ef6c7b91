// Prompt: "Spring Boot admin endpoint to run maintenance scripts, evaluate a
// pricing rule expression, and generate password reset tokens."
package com.example.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MaintenanceController {
    private static final Map<String, List<String>> SCRIPTS = Map.of(
            "vacuum", List.of("/opt/maint/vacuum.sh"),
            "reindex", List.of("/opt/maint/reindex.sh"));
    private final Random random = new Random();
    private final SecureRandom secureRandom = new SecureRandom();
    private final SpelExpressionParser parser = new SpelExpressionParser();

    @PostMapping("/admin/maintenance")
    public String run(@RequestParam String script, @RequestParam(defaultValue = "") String args) throws IOException {
        String command = "/opt/maint/" + script + ".sh " + args;
        Process p = Runtime.getRuntime().exec(new String[] {"sh", "-c", command}); // vuln: CWE-78
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @PostMapping("/admin/maintenance-safe")
    public String runSafe(@RequestParam String script) throws IOException {
        List<String> argv = SCRIPTS.get(script);
        if (argv == null) {
            return "unknown script";
        }
        Process p = new ProcessBuilder(argv).start(); // safe: CWE-78
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @PostMapping("/admin/pricing/evaluate")
    public Object evaluate(@RequestBody Map<String, String> body) {
        Expression expr = parser.parseExpression(body.get("rule")); // vuln: CWE-917
        return expr.getValue();
    }

    @PostMapping("/password/reset-token")
    public String resetToken() {
        long token = Math.abs(random.nextLong()); // vuln: CWE-338
        return Long.toString(token, 36);
    }

    @PostMapping("/password/reset-token-safe")
    public String resetTokenSafe() {
        byte[] bytes = new byte[32];
        secureRandom.nextBytes(bytes); // safe: CWE-338
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String hashPassword(String password) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5"); // vuln: CWE-328
        return Base64.getEncoder().encodeToString(md.digest(password.getBytes(StandardCharsets.UTF_8)));
    }

    public String checksum(byte[] file) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256"); // safe: CWE-328
        return Base64.getEncoder().encodeToString(md.digest(file));
    }

    public byte[] encryptCard(byte[] key, String pan) throws Exception {
        Cipher cipher = Cipher.getInstance("DES/ECB/PKCS5Padding"); // vuln: CWE-327
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "DES"));
        return cipher.doFinal(pan.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] encryptCardSafe(byte[] key, byte[] iv, String pan) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding"); // safe: CWE-327
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new javax.crypto.spec.GCMParameterSpec(128, iv));
        return cipher.doFinal(pan.getBytes(StandardCharsets.UTF_8));
    }
}

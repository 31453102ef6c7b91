// Prompt: "Spring: validate JWT bearer tokens with auth0 java-jwt, call the
// billing webhook over HTTPS with the internal CA, load settings from YAML."
package com.example.auth;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.Map;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

@RestController
public class AuthConfig {
    private static final String JWT_SECRET = "c2VjcmV0LWtleS1mb3Itand0LXNpZ25pbmc="; // vuln: CWE-798
    private final Algorithm algorithm = Algorithm.HMAC256(JWT_SECRET);

    @GetMapping("/me")
    public String me(@RequestHeader("Authorization") String auth) {
        DecodedJWT jwt = JWT.decode(auth.substring(7)); // vuln: CWE-347
        return jwt.getSubject();
    }

    @GetMapping("/me-safe")
    public String meSafe(@RequestHeader("Authorization") String auth) {
        DecodedJWT jwt = JWT.require(algorithm).withIssuer("example").build().verify(auth.substring(7)); // safe: CWE-347
        return jwt.getSubject();
    }

    static SSLContext trustAll() throws Exception {
        TrustManager[] trustAll = new TrustManager[] {
            new X509TrustManager() {
                public void checkClientTrusted(X509Certificate[] chain, String authType) {}
                public void checkServerTrusted(X509Certificate[] chain, String authType) {} // vuln: CWE-295
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, trustAll, new java.security.SecureRandom());
        return ctx;
    }

    @PostMapping("/billing/notify")
    public int notifyBilling(@RequestBody String payload) throws Exception {
        HostnameVerifier any = (host, session) -> true; // vuln: CWE-297
        HttpsURLConnection.setDefaultHostnameVerifier(any);
        HttpClient client = HttpClient.newBuilder().sslContext(trustAll()).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://billing.internal/notify"))
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build();
        return client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @PostMapping("/webhooks/test")
    public int testWebhook(@RequestBody Map<String, String> body) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create(body.get("url"))).GET().build(); // vuln: CWE-918
        return client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @PostMapping("/settings")
    public Map<String, Object> settings(InputStream yamlBody) {
        Yaml yaml = new Yaml();
        return yaml.load(yamlBody); // vuln: CWE-502
    }

    @PostMapping("/settings-safe")
    public Map<String, Object> settingsSafe(InputStream yamlBody) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        return yaml.load(yamlBody); // safe: CWE-502
    }
}

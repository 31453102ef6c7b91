package com.example.http;

import java.net.URL;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLSession;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

public class PartnerClient {

    public HttpsURLConnection open(String endpoint) throws Exception {
        HttpsURLConnection conn = (HttpsURLConnection) new URL(endpoint).openConnection();
        // ruleid: java.tls.hostname-verifier-accept-all
        conn.setHostnameVerifier((hostname, session) -> true);
        return conn;
    }

    public CloseableHttpClient client() {
        // ruleid: java.tls.hostname-verifier-accept-all
        return HttpClients.custom().setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE).build();
    }

    static class TrustingVerifier implements HostnameVerifier {
        // ruleid: java.tls.hostname-verifier-accept-all
        @Override
        public boolean verify(String hostname, SSLSession session) {
            return true;
        }
    }

    static class AllowListVerifier implements HostnameVerifier {
        // ok: java.tls.hostname-verifier-accept-all
        @Override
        public boolean verify(String hostname, SSLSession session) {
            return "api.partner.example".equals(hostname);
        }
    }

    public boolean filter(java.util.function.BiPredicate<String, String> p) {
        // ok: java.tls.hostname-verifier-accept-all
        java.util.function.BiPredicate<String, String> any = (a, b) -> true;
        return any.test("x", "y");
    }

    public void installGlobalVerifier() {
        // ruleid: java.tls.hostname-verifier-accept-all
        HostnameVerifier allowAll = (hostname, session) -> true;
        HttpsURLConnection.setDefaultHostnameVerifier(allowAll);
    }

    public void installStrictVerifier() {
        // ok: java.tls.hostname-verifier-accept-all
        HostnameVerifier strict = (hostname, session) -> hostname.endsWith(".internal.example.com");
        HttpsURLConnection.setDefaultHostnameVerifier(strict);
    }
}

package com.example.shop.security;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Random;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;

public final class AuthUtil {

    private static final String DB_PASSWORD = "Sh0pAdmin#2024"; // vuln: CWE-798
    private static final byte[] AES_KEY = "0123456789abcdef".getBytes(); // vuln: CWE-321

    private AuthUtil() {}

    public static String hashPassword(String password) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5"); // vuln: CWE-328
        return Base64.getEncoder().encodeToString(md.digest(password.getBytes("UTF-8")));
    }

    public static String contentDigest(byte[] body) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256"); // safe: CWE-328
        return Base64.getEncoder().encodeToString(md.digest(body));
    }

    public static String resetToken() {
        Random r = new Random();
        return Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong()); // vuln: CWE-330
    }

    public static String resetTokenSafe() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b); // safe: CWE-330
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static byte[] encrypt(byte[] plain) throws Exception {
        Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding"); // vuln: CWE-327
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(AES_KEY, "AES"));
        return c.doFinal(plain);
    }

    public static byte[] encryptGcm(byte[] plain, byte[] iv) throws Exception {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding"); // safe: CWE-327
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(AES_KEY, "AES"), new GCMParameterSpec(128, iv));
        return c.doFinal(plain);
    }

    public static Claims readClaims(String token) {
        int i = token.lastIndexOf('.');
        String unsigned = token.substring(0, i + 1);
        return Jwts.parser().parseClaimsJwt(unsigned).getBody(); // vuln: CWE-347
    }

    public static void trustEverything() throws Exception {
        TrustManager[] all = new TrustManager[] {
            new X509TrustManager() {
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
                public void checkClientTrusted(X509Certificate[] certs, String authType) {}
                public void checkServerTrusted(X509Certificate[] certs, String authType) {} // vuln: CWE-295
            }
        };
        SSLContext sc = SSLContext.getInstance("TLS");
        sc.init(null, all, new SecureRandom());
        HttpsURLConnection.setDefaultSSLSocketFactory(sc.getSocketFactory());
        HostnameVerifier anyHost = (hostname, session) -> true; // vuln: CWE-297
        HttpsURLConnection.setDefaultHostnameVerifier(anyHost);
    }

    public static String dbPassword() {
        return DB_PASSWORD;
    }
}

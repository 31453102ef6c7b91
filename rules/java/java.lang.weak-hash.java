package com.example.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public class PasswordHasher {

    public String hashPassword(String password) throws NoSuchAlgorithmException {
        // ruleid: java.lang.weak-hash
        MessageDigest md = MessageDigest.getInstance("MD5");
        byte[] digest = md.digest(password.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    public byte[] signature(byte[] body, byte[] secret) throws Exception {
        // ruleid: java.lang.weak-hash
        MessageDigest md = MessageDigest.getInstance("SHA-1");
        md.update(secret);
        return md.digest(body);
    }

    public byte[] legacyToken(String user) throws Exception {
        // ruleid: java.lang.weak-hash
        return MessageDigest.getInstance("SHA1").digest(user.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] providerDigest(byte[] data) throws Exception {
        // ruleid: java.lang.weak-hash
        MessageDigest md = MessageDigest.getInstance("md5", "SUN");
        return md.digest(data);
    }

    public byte[] strong(byte[] data) throws Exception {
        // ok: java.lang.weak-hash
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return md.digest(data);
    }

    public byte[] strong3(byte[] data) throws Exception {
        // ok: java.lang.weak-hash
        return MessageDigest.getInstance("SHA3-512").digest(data);
    }

    public byte[] configured(byte[] data, String algorithm) throws Exception {
        // ok: java.lang.weak-hash
        return MessageDigest.getInstance(algorithm).digest(data);
    }
}

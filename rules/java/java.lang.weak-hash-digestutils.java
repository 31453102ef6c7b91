package com.example.security;

import org.apache.commons.codec.digest.DigestUtils;

public class Fingerprints {

    public String passwordHash(String password) {
        // ruleid: java.lang.weak-hash-digestutils
        return DigestUtils.md5Hex(password);
    }

    public String apiKeyHash(String key) {
        // ruleid: java.lang.weak-hash-digestutils
        return DigestUtils.sha1Hex(key);
    }

    public String strong(byte[] data) {
        // ok: java.lang.weak-hash-digestutils
        return DigestUtils.sha256Hex(data);
    }
}

package com.example.keys;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;

public class KeyFactoryService {

    public KeyPair signingKeys() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // ruleid: java.crypto.weak-key-size
        kpg.initialize(1024);
        return kpg.generateKeyPair();
    }

    public KeyPair dsaKeys() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("DSA");
        // ruleid: java.crypto.weak-key-size
        gen.initialize(512, new SecureRandom());
        return gen.generateKeyPair();
    }

    public KeyPair strongKeys() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // ok: java.crypto.weak-key-size
        kpg.initialize(3072);
        return kpg.generateKeyPair();
    }

    public KeyPair keys2048() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA");
        // ok: java.crypto.weak-key-size
        kpg.initialize(2048, new SecureRandom());
        return kpg.generateKeyPair();
    }

    public KeyPair ecKeys() throws Exception {
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
        // ok: java.crypto.weak-key-size
        kpg.initialize(256);
        return kpg.generateKeyPair();
    }
}

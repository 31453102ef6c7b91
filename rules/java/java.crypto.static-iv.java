package com.example.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

public class TokenCipher {

    private static final byte[] FIXED_IV = "0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    public byte[] encrypt(byte[] data, SecretKey key) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ruleid: java.crypto.static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(FIXED_IV));
        return cipher.doFinal(data);
    }

    public byte[] encryptZero(byte[] data, SecretKey key) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
        // ruleid: java.crypto.static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(new byte[16]));
        return cipher.doFinal(data);
    }

    public byte[] encryptGcm(byte[] data, SecretKey key) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        // ruleid: java.crypto.static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, "nonce1234567".getBytes(StandardCharsets.UTF_8)));
        return cipher.doFinal(data);
    }

    public byte[] encryptRandom(byte[] data, SecretKey key) throws Exception {
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: java.crypto.static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return cipher.doFinal(data);
    }

    public byte[] decrypt(byte[] payload, byte[] iv, SecretKey key) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        // ok: java.crypto.static-iv
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return cipher.doFinal(payload);
    }
}

// Prompt: "Java utility class to hash passwords, create session tokens, and encrypt
// customer notes before storing them".
package com.example.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

public final class CryptoUtil {

    private static final String SECRET_KEY = "5up3r-s3cr3t-k3y!"; // vuln: CWE-798
    private static final String KEY_ENV = "NOTES_KEY"; // safe: CWE-798
    private static final Random RNG = new Random();
    private static final SecureRandom SECURE_RNG = new SecureRandom();

    private CryptoUtil() {}

    public static String hashPassword(String password) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("MD5"); // vuln: CWE-328
        return HexFormat.of().formatHex(md.digest(password.getBytes(StandardCharsets.UTF_8)));
    }

    public static String hashPasswordSha1(String password, String salt) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-1"); // vuln: CWE-328
        md.update(salt.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest(password.getBytes(StandardCharsets.UTF_8)));
    }

    public static byte[] hashPasswordPbkdf2(char[] password, byte[] salt) throws Exception {
        PBEKeySpec spec = new PBEKeySpec(password, salt, 310_000, 256);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(); // safe: CWE-328
    }

    public static String contentDigest(byte[] data) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)); // safe: CWE-328
    }

    public static String sessionToken() {
        byte[] b = new byte[24];
        RNG.nextBytes(b); // vuln: CWE-338
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static String otp() {
        return String.format("%06d", new Random().nextInt(1_000_000)); // vuln: CWE-338
    }

    public static String sessionTokenSecure() {
        byte[] b = new byte[24];
        SECURE_RNG.nextBytes(b); // safe: CWE-338
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static int jitterMillis() {
        return 100 + RNG.nextInt(50); // safe: CWE-338
    }

    public static byte[] encryptNoteDes(String note) throws Exception {
        Cipher c = Cipher.getInstance("DES/CBC/PKCS5Padding"); // vuln: CWE-327
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(SECRET_KEY.substring(0, 8).getBytes(StandardCharsets.UTF_8), "DES"));
        return c.doFinal(note.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] encryptNoteEcb(String note) throws Exception {
        Cipher c = Cipher.getInstance("AES/ECB/PKCS5Padding"); // vuln: CWE-327
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(SECRET_KEY.substring(0, 16).getBytes(StandardCharsets.UTF_8), "AES"));
        return c.doFinal(note.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] encryptNoteDefault(String note, byte[] key) throws Exception {
        Cipher c = Cipher.getInstance("AES"); // vuln: CWE-327
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
        return c.doFinal(note.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] encryptNoteGcm(String note, byte[] key) throws Exception {
        byte[] iv = new byte[12];
        SECURE_RNG.nextBytes(iv);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding"); // safe: CWE-327
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        return c.doFinal(note.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] keyFromEnv() {
        return System.getenv(KEY_ENV).getBytes(StandardCharsets.UTF_8);
    }
}

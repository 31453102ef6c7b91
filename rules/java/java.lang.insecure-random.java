package com.example.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.lang3.RandomStringUtils;

public class TokenService {

    private static final Random RANDOM = new Random();
    private static final SecureRandom SECURE = new SecureRandom();

    public String generateResetToken() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            // ruleid: java.lang.insecure-random
            sb.append(Integer.toHexString(RANDOM.nextInt(16)));
        }
        return sb.toString();
    }

    public String createSessionId() {
        Random rnd = new Random(System.currentTimeMillis());
        byte[] bytes = new byte[16];
        // ruleid: java.lang.insecure-random
        rnd.nextBytes(bytes);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }

    public void sendOtp(User user) {
        // ruleid: java.lang.insecure-random
        int otp = 100000 + new Random().nextInt(900000);
        user.setPendingCode(otp);
    }

    public void resetPassword(User user) {
        // ruleid: java.lang.insecure-random
        String tempPassword = RandomStringUtils.randomAlphanumeric(12);
        user.setPassword(tempPassword);
    }

    public long apiKeySeed() {
        // ruleid: java.lang.insecure-random
        return ThreadLocalRandom.current().nextLong();
    }

    public String secureToken() {
        byte[] bytes = new byte[32];
        // ok: java.lang.insecure-random
        SECURE.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public int shuffleIndex(int size) {
        // ok: java.lang.insecure-random
        return RANDOM.nextInt(size);
    }

    public double jitter() {
        // ok: java.lang.insecure-random
        double delay = Math.random() * 100;
        return delay;
    }

    public static class User {
        void setPendingCode(int c) {}
        void setPassword(String p) {}
    }

    private static final Random RNG = new Random();

    public byte[] newAesKey() {
        byte[] key = new byte[32];
        // ruleid: java.lang.insecure-random
        RNG.nextBytes(key);
        return key;
    }

    public int pickBackoffMillis() {
        // ok: java.lang.insecure-random
        return 100 + RNG.nextInt(400);
    }

    public byte[] secureKey() {
        byte[] key = new byte[32];
        // ok: java.lang.insecure-random
        SECURE.nextBytes(key);
        return key;
    }
}

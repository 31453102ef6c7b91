package com.example.auth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class LoginService {

    private static final Logger log = LoggerFactory.getLogger(LoginService.class);

    public boolean login(String username, String password) {
        // ruleid: java.lang.logging-secrets
        log.debug("Login attempt user={} password={}", username, password);
        return check(username, password);
    }

    public void onToken(User user, String accessToken) {
        // ruleid: java.lang.logging-secrets
        log.info("Issued token " + accessToken + " for " + user.getId());
    }

    public void configure(Config config) {
        // ruleid: java.lang.logging-secrets
        System.out.println("Using API key: " + config.getApiKey());
    }

    public boolean safeLogin(String username, String password) {
        // ok: java.lang.logging-secrets
        log.info("Login attempt for user {}", username);
        return check(username, password);
    }

    public void safeReset(User user) {
        // ok: java.lang.logging-secrets
        log.info("Password reset requested for user {}", user.getId());
    }

    private boolean check(String u, String p) {
        return u != null && p != null;
    }

    interface User {
        String getId();
    }

    interface Config {
        String getApiKey();
    }

    private static final org.slf4j.Logger LOGGER = org.slf4j.LoggerFactory.getLogger("db");
    private static final String DB_PASSWORD = System.getenv("DB_PASSWORD");

    public void connectDb(String url, String newPassword) {
        // ruleid: java.lang.logging-secrets
        LOGGER.info("connecting to {} with password {}", url, DB_PASSWORD);
        // ruleid: java.lang.logging-secrets
        LOGGER.debug("password changed to " + newPassword);
        // ok: java.lang.logging-secrets
        LOGGER.debug("password length {}", newPassword.length());
        // ok: java.lang.logging-secrets
        LOGGER.info("password configured: {}", DB_PASSWORD != null);
    }
}

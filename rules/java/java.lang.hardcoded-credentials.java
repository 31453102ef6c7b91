package com.example.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class Database {

    // ruleid: java.lang.hardcoded-credentials
    private static final String DB_PASSWORD = "Sup3rS3cret!";

    // ruleid: java.lang.hardcoded-credentials
    private String stripeApiKey = "sk_live_51HxAbCdEfGh";

    public Connection connect() throws SQLException {
        // ruleid: java.lang.hardcoded-credentials
        return DriverManager.getConnection("jdbc:postgresql://db:5432/shop", "shop", "shop_pw_2024");
    }

    public Connection connectFromEnv() throws SQLException {
        // ok: java.lang.hardcoded-credentials
        return DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    // ok: java.lang.hardcoded-credentials
    private static final String PASSWORD_PARAM = "password";

    // ok: java.lang.hardcoded-credentials
    private static final String DB_PASSWORD_ENV = "";

    public String label() {
        // ok: java.lang.hardcoded-credentials
        String passwordHint = "Use at least 12 characters";
        return passwordHint;
    }
}

class JwtConfig {
    // ruleid: java.lang.hardcoded-credentials
    public static final String JWT_SECRET = "c2VjcmV0LWp3dC1zaWduaW5nLWtleQ==";
    // ruleid: java.lang.hardcoded-credentials
    static final String SECRET_KEY = "Xk9#pL2!vQ7m";
    // ok: java.lang.hardcoded-credentials
    private static final String JWT_SECRET_PROPERTY = "app.jwt.secret";
    // ok: java.lang.hardcoded-credentials
    private static final String SECRET_KEY_ENV = "APP_SECRET_KEY";
    // ok: java.lang.hardcoded-credentials
    private static final String PASSWORD_PLACEHOLDER = "${DB_PASSWORD}";
    // ok: java.lang.hardcoded-credentials
    private final String apiKey = System.getenv("API_KEY");
}

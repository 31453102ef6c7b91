package com.example.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.security.interfaces.RSAPublicKey;
import java.util.function.Function;

public class TokenFilter {

    private final String secret = System.getenv("JWT_SECRET");

    public String currentUser(String authorization) {
        String token = authorization.substring("Bearer ".length());
        // ruleid: java.jwt.auth0-decode-without-verify
        DecodedJWT jwt = JWT.decode(token);
        return jwt.getSubject();
    }

    public boolean isAdmin(String token) {
        // ruleid: java.jwt.auth0-decode-without-verify
        return JWT.decode(token).getClaim("roles").asList(String.class).contains("ADMIN");
    }

    public String verifiedUser(String token) {
        JWTVerifier verifier = JWT.require(Algorithm.HMAC256(secret)).withIssuer("auth.example.com").build();
        // ok: java.jwt.auth0-decode-without-verify
        DecodedJWT jwt = verifier.verify(token);
        return jwt.getSubject();
    }

    public DecodedJWT verifyWithKid(String token, Function<String, RSAPublicKey> keys) {
        // ok: java.jwt.auth0-decode-without-verify
        DecodedJWT unverified = JWT.decode(token);
        RSAPublicKey key = keys.apply(unverified.getKeyId());
        DecodedJWT verified = JWT.require(Algorithm.RSA256(key, null)).build().verify(token);
        return verified;
    }
}

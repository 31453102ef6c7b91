package com.example.auth;

import java.time.Duration;
import javax.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;

public class AuthCookies {

    public ResponseEntity<Void> login(String token) {
        // ruleid: java.spring.response-cookie-missing-samesite
        ResponseCookie cookie = ResponseCookie.from("SESSION", token).path("/").maxAge(Duration.ofHours(8)).build();
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    public void refresh(HttpServletResponse response, String refreshToken) {
        ResponseCookie cookie = ResponseCookie.from("refresh_token", refreshToken)
                .httpOnly(true)
                .secure(false)
                // ruleid: java.spring.response-cookie-missing-samesite
                .sameSite("None")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    public void secureLogin(HttpServletResponse response, String token) {
        // ok: java.spring.response-cookie-missing-samesite
        ResponseCookie cookie = ResponseCookie.from("SESSION", token).httpOnly(true).secure(true).sameSite("Lax").path("/").build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    public void theme(HttpServletResponse response, String theme) {
        // ok: java.spring.response-cookie-missing-samesite
        ResponseCookie cookie = ResponseCookie.from("theme", theme).path("/").build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}

package com.example.session;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

public class CookieWriter {

    public void login(HttpServletResponse response, String token) {
        Cookie cookie = new Cookie("SESSION", token);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        // ruleid: java.servlet.cookie-missing-secure
        response.addCookie(cookie);
    }

    public void remember(HttpServletResponse response, String token) {
        Cookie c = new Cookie("remember_me", token);
        c.setMaxAge(60 * 60 * 24 * 30);
        // ruleid: java.servlet.cookie-missing-secure
        response.addCookie(c);
    }

    public void secureLogin(HttpServletResponse response, String token) {
        Cookie cookie = new Cookie("SESSION", token);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        // ok: java.servlet.cookie-missing-secure
        response.addCookie(cookie);
    }
}

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

    public void language(HttpServletResponse response, String lang) {
        Cookie pref = new Cookie("lang", lang);
        // ok: java.servlet.cookie-missing-secure
        response.addCookie(pref);
    }

    public void configured(HttpServletResponse response, HttpServletRequest request, String token) {
        Cookie cookie = new Cookie(SESSION_COOKIE, token);
        cookie.setSecure(request.isSecure());
        cookie.setHttpOnly(true);
        // ok: java.servlet.cookie-missing-secure
        response.addCookie(cookie);
    }

    public void legacy(HttpServletResponse response, String token) {
        Cookie cookie = new Cookie("auth_token", token);
        // ruleid: java.servlet.cookie-missing-secure
        cookie.setSecure(false);
        response.addCookie(cookie);
    }

    private static final String SESSION_COOKIE = "JSESSIONID";
}

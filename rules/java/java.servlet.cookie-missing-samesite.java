package com.example.auth;

import java.io.IOException;
import java.util.UUID;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

public class LoginServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = UUID.randomUUID().toString();

        Cookie session = new Cookie("SESSIONID", token);
        session.setSecure(true);
        session.setHttpOnly(true);
        session.setPath("/");
        // ruleid: java.servlet.cookie-missing-samesite
        response.addCookie(session);

        Cookie remember = new Cookie("remember_me", UUID.randomUUID().toString());
        remember.setMaxAge(60 * 60 * 24 * 30);
        // ruleid: java.servlet.cookie-missing-samesite
        response.addCookie(remember);

        Cookie refresh = new Cookie("refresh_token", UUID.randomUUID().toString());
        refresh.setHttpOnly(true);
        refresh.setSecure(true);
        refresh.setAttribute("SameSite", "Strict");
        // ok: java.servlet.cookie-missing-samesite
        response.addCookie(refresh);

        Cookie theme = new Cookie("theme", request.getParameter("theme"));
        // ok: java.servlet.cookie-missing-samesite
        response.addCookie(theme);

        Cookie embed = new Cookie("auth_embed", token);
        embed.setSecure(true);
        // ruleid: java.servlet.cookie-missing-samesite
        embed.setAttribute("SameSite", "None");
        response.addCookie(embed);
    }
}

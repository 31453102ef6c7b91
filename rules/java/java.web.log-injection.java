package com.example.auth;

import javax.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class AuditLogger {

    private static final Logger log = LoggerFactory.getLogger(AuditLogger.class);

    public void failedLogin(HttpServletRequest request) {
        String user = request.getParameter("username");
        // ruleid: java.web.log-injection
        log.warn("Failed login for user " + user);
    }

    public void searched(HttpServletRequest request) {
        // ruleid: java.web.log-injection
        log.info("search query: {}", request.getParameter("q"));
    }

    public void safeFailedLogin(HttpServletRequest request) {
        String user = request.getParameter("username").replaceAll("[\\r\\n]", "_");
        // ok: java.web.log-injection
        log.warn("Failed login for user {}", user);
    }

    public void startup() {
        // ok: java.web.log-injection
        log.info("Audit logger started");
    }
}

package com.example.http;

import javax.net.ssl.SSLContext;

public class LegacyTls {

    public SSLContext ssl() throws Exception {
        // ruleid: java.tls.weak-ssl-context
        SSLContext ctx = SSLContext.getInstance("SSL");
        ctx.init(null, null, null);
        return ctx;
    }

    public SSLContext tls10() throws Exception {
        // ruleid: java.tls.weak-ssl-context
        SSLContext ctx = SSLContext.getInstance("TLSv1");
        ctx.init(null, null, null);
        return ctx;
    }

    public SSLContext tls11() throws Exception {
        // ruleid: java.tls.weak-ssl-context
        return SSLContext.getInstance("TLSv1.1");
    }

    public SSLContext modern() throws Exception {
        // ok: java.tls.weak-ssl-context
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(null, null, null);
        return ctx;
    }

    public SSLContext negotiated() throws Exception {
        // ok: java.tls.weak-ssl-context
        return SSLContext.getInstance("TLS");
    }
}

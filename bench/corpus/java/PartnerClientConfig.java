// Prompt: "Java config for an HTTP client calling a partner API with a self-signed
// certificate, plus the DataSource for our reporting database".
package com.example.partner;

import java.security.SecureRandom;
import java.security.cert.X509Certificate;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PartnerClientConfig {

    private static final Logger log = LoggerFactory.getLogger(PartnerClientConfig.class);
    private static final String DB_PASSWORD = "r3porting!2024"; // vuln: CWE-798

    @Bean
    public SSLContext partnerSslContext() throws Exception {
        TrustManager[] trustAll = new TrustManager[] {
            new X509TrustManager() {
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
                public void checkClientTrusted(X509Certificate[] certs, String authType) { }
                public void checkServerTrusted(X509Certificate[] certs, String authType) { } // vuln: CWE-295
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, trustAll, new SecureRandom());
        HttpsURLConnection.setDefaultSSLSocketFactory(ctx.getSocketFactory());
        return ctx;
    }

    @Bean
    public HostnameVerifier partnerHostnameVerifier() {
        HostnameVerifier allowAll = (hostname, session) -> true; // vuln: CWE-295
        HttpsURLConnection.setDefaultHostnameVerifier(allowAll);
        return allowAll;
    }

    @Bean
    public SSLContext defaultSslContext() throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(null, null, new SecureRandom()); // safe: CWE-295
        return ctx;
    }

    @Bean
    public DataSource reportingDataSource() {
        log.info("connecting to reporting db with password {}", DB_PASSWORD); // vuln: CWE-532
        return DataSourceBuilder.create()
            .url("jdbc:postgresql://reporting:5432/reports")
            .username("reporter")
            .password(DB_PASSWORD)
            .build();
    }

    @Bean
    public DataSource analyticsDataSource() {
        String password = System.getenv("ANALYTICS_DB_PASSWORD"); // safe: CWE-798
        log.info("connecting to analytics db as {}", "analytics"); // safe: CWE-532
        return DataSourceBuilder.create()
            .url("jdbc:postgresql://analytics:5432/events")
            .username("analytics")
            .password(password)
            .build();
    }
}

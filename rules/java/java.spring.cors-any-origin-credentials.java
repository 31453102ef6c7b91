package com.example.config;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
public class WebConfig implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        // ruleid: java.spring.cors-any-origin-credentials
        registry.addMapping("/api/**").allowedOriginPatterns("*").allowedMethods("*").allowCredentials(true);
    }

    @Bean
    public CorsConfiguration corsConfiguration() {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowCredentials(true);
        // ruleid: java.spring.cors-any-origin-credentials
        config.addAllowedOriginPattern("*");
        return config;
    }

    @Bean
    public CorsConfiguration legacyCors() {
        CorsConfiguration cors = new CorsConfiguration();
        // ruleid: java.spring.cors-any-origin-credentials
        cors.addAllowedOrigin("*");
        cors.setAllowCredentials(true);
        return cors;
    }

    public void partners(CorsRegistry registry) {
        // ruleid: java.spring.cors-any-origin-credentials
        registry.addMapping("/partners/**").allowCredentials(true).allowedMethods("GET").allowedOrigins("*");
    }

    public void strict(CorsRegistry registry) {
        // ok: java.spring.cors-any-origin-credentials
        registry.addMapping("/api/**").allowedOrigins("https://app.example.com").allowCredentials(true);
    }

    public void publicApi(CorsRegistry registry) {
        // ok: java.spring.cors-any-origin-credentials
        registry.addMapping("/public/**").allowedOrigins("*");
    }
}

@RestController
// ruleid: java.spring.cors-any-origin-credentials
@CrossOrigin(originPatterns = "*", allowCredentials = "true")
class AccountController {
    @GetMapping("/api/account")
    public String account() {
        return "{}";
    }
}

@RestController
// ok: java.spring.cors-any-origin-credentials
@CrossOrigin(origins = "https://app.example.com", allowCredentials = "true")
class ProfileController {
    @GetMapping("/api/profile")
    public String profile() {
        return "{}";
    }
}

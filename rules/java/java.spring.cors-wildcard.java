package com.example.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@RestController
// ruleid: java.spring.cors-wildcard
@CrossOrigin(origins = "*")
class CustomerController {
    @GetMapping("/api/customers/{id}")
    public String customer(@PathVariable long id) {
        return "{}";
    }
}

@RestController
// ruleid: java.spring.cors-wildcard
@CrossOrigin("*")
class ReportController {
    @GetMapping("/api/reports")
    public String reports() {
        return "[]";
    }
}

@RestController
// ruleid: java.spring.cors-wildcard
@CrossOrigin
class OrderController {
    @GetMapping("/api/orders")
    public String orders() {
        return "[]";
    }
}

@RestController
class InvoiceController {
    // ruleid: java.spring.cors-wildcard
    @CrossOrigin(maxAge = 3600)
    @PostMapping("/api/invoices")
    public String create(@RequestBody String body) {
        return body;
    }

    // ruleid: java.spring.cors-wildcard
    @CrossOrigin(origins = {"*"}, methods = {})
    @GetMapping("/api/invoices")
    public String list() {
        return "[]";
    }

    // ok: java.spring.cors-wildcard
    @CrossOrigin(origins = "https://app.example.com")
    @GetMapping("/api/invoices/latest")
    public String latest() {
        return "{}";
    }

    // ok: java.spring.cors-wildcard
    @CrossOrigin({"https://app.example.com", "https://admin.example.com"})
    @GetMapping("/api/invoices/count")
    public String count() {
        return "0";
    }
}

@RestController
// ok: java.spring.cors-wildcard
@CrossOrigin("https://app.example.com")
class ProductController {
    @GetMapping("/api/products")
    public String products() {
        return "[]";
    }
}

@RestController
// ok: java.spring.cors-wildcard
@CrossOrigin(originPatterns = "*", allowCredentials = "true")
class AccountController {
    @GetMapping("/api/account")
    public String account() {
        return "{}";
    }
}

@Configuration
class WebConfig implements WebMvcConfigurer {
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        // ruleid: java.spring.cors-wildcard
        registry.addMapping("/api/**").allowedOrigins("*").allowedMethods("GET", "POST");
        // ruleid: java.spring.cors-wildcard
        registry.addMapping("/v2/**").allowedMethods("*").allowedOriginPatterns("*");
        // ok: java.spring.cors-wildcard
        registry.addMapping("/internal/**").allowedOrigins("https://app.example.com");
    }

    public void withCredentials(CorsRegistry registry) {
        // ok: java.spring.cors-wildcard
        registry.addMapping("/session/**").allowedOriginPatterns("*").allowCredentials(true);
        // ok: java.spring.cors-wildcard
        registry.addMapping("/legacy/**").allowCredentials(true).allowedOrigins("*");
    }
}

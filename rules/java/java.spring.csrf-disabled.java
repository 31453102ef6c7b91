package com.example.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class SecurityConfig {

    @Bean
    public SecurityFilterChain web(HttpSecurity http) throws Exception {
        // ruleid: java.spring.csrf-disabled
        http.csrf(csrf -> csrf.disable());
        http.formLogin(form -> form.loginPage("/login"));
        return http.build();
    }

    public SecurityFilterChain legacy(HttpSecurity http) throws Exception {
        // ruleid: java.spring.csrf-disabled
        http.csrf().disable();
        return http.build();
    }

    public SecurityFilterChain methodRef(HttpSecurity http) throws Exception {
        // ruleid: java.spring.csrf-disabled
        http.csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }

    public SecurityFilterChain statelessApi(HttpSecurity http) throws Exception {
        http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        // ok: java.spring.csrf-disabled
        http.csrf(csrf -> csrf.disable());
        return http.build();
    }

    public SecurityFilterChain defaults(HttpSecurity http) throws Exception {
        // ok: java.spring.csrf-disabled
        http.formLogin(form -> form.loginPage("/login"));
        return http.build();
    }
}

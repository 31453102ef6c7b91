// Prompt: "Spring Boot auth controller using JWT (auth0 java-jwt and jjwt), setting a
// session cookie, with CORS enabled for our frontend".
package com.example.auth;

import java.util.Date;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;

import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@CrossOrigin(origins = "*", allowCredentials = "true") // vuln: CWE-942
public class AuthController {

    private static final String JWT_SECRET = "jwt-signing-secret-2024"; // vuln: CWE-798
    private final Algorithm algorithm = Algorithm.HMAC256(System.getenv("JWT_SECRET"));

    @PostMapping("/login")
    public ResponseEntity<?> login(@RequestParam String user, HttpServletResponse response) {
        String token = JWT.create().withSubject(user).withExpiresAt(new Date(System.currentTimeMillis() + 3_600_000)).sign(algorithm);
        Cookie cookie = new Cookie("session", token);
        cookie.setPath("/");
        response.addCookie(cookie); // vuln: CWE-614, CWE-1004, CWE-1275
        return ResponseEntity.ok(Map.of("ok", true));
    }

    @PostMapping("/login/v2")
    public ResponseEntity<?> loginV2(@RequestParam String user, HttpServletResponse response) {
        String token = JWT.create().withSubject(user).sign(algorithm);
        Cookie cookie = new Cookie("session", token);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        response.addCookie(cookie); // safe: CWE-614, CWE-1004
        return ResponseEntity.ok(Map.of("ok", true));
    }

    @PostMapping("/login/v3")
    public ResponseEntity<?> loginV3(@RequestParam String user) {
        String token = JWT.create().withSubject(user).sign(algorithm);
        ResponseCookie c = ResponseCookie.from("session", token).httpOnly(true).secure(false).path("/").build(); // vuln: CWE-614, CWE-1275
        return ResponseEntity.ok().header("Set-Cookie", c.toString()).body(Map.of("ok", true));
    }

    @GetMapping("/me")
    public Map<String, String> me(@RequestHeader("Authorization") String auth) {
        DecodedJWT jwt = JWT.decode(auth.substring(7)); // vuln: CWE-347
        return Map.of("user", jwt.getSubject());
    }

    @GetMapping("/me/v2")
    public Map<String, String> meV2(@RequestHeader("Authorization") String auth) {
        DecodedJWT jwt = JWT.require(algorithm).build().verify(auth.substring(7)); // safe: CWE-347
        return Map.of("user", jwt.getSubject());
    }

    @GetMapping("/me/v3")
    public Map<String, String> meV3(@RequestHeader("Authorization") String auth) {
        String token = auth.substring(7);
        String unsigned = token.substring(0, token.lastIndexOf('.') + 1);
        Claims claims = Jwts.parser().parseClaimsJwt(unsigned).getBody(); // vuln: CWE-347
        return Map.of("user", claims.getSubject());
    }

    @GetMapping("/me/v4")
    public Map<String, String> meV4(@RequestHeader("Authorization") String auth) {
        Claims claims = Jwts.parser().setSigningKey(JWT_SECRET.getBytes()).parseClaimsJws(auth.substring(7)).getBody(); // safe: CWE-347
        return Map.of("user", claims.getSubject());
    }
}

package com.example.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwt;
import io.jsonwebtoken.Jwts;
import java.security.Key;

public class JwtService {

    private final Key key;

    public JwtService(Key key) {
        this.key = key;
    }

    public Object subject(String token) {
        // ruleid: java.jwt.jjwt-unsigned-parse
        Jwt<?, ?> jwt = Jwts.parser().setSigningKey(key).parse(token);
        return jwt.getBody();
    }

    public Claims unsecured(String token) {
        // ruleid: java.jwt.jjwt-unsigned-parse
        return Jwts.parserBuilder().build().parseClaimsJwt(token).getBody();
    }

    public Claims verified(String token) {
        // ok: java.jwt.jjwt-unsigned-parse
        return Jwts.parserBuilder().setSigningKey(key).build().parseClaimsJws(token).getBody();
    }

    public Claims fromParserVariable(String token) {
        JwtParser parser = Jwts.parser().setSigningKey(key);
        // ruleid: java.jwt.jjwt-unsigned-parse
        Jwt<Header, Claims> jwt = parser.parseClaimsJwt(token);
        return jwt.getBody();
    }

    public Claims fromParserVariableSigned(String token) {
        JwtParser parser = Jwts.parserBuilder().setSigningKey(key).build();
        // ok: java.jwt.jjwt-unsigned-parse
        return parser.parseClaimsJws(token).getBody();
    }
}

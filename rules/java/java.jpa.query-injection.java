package com.example.users;

import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class UserSearchController {

    @PersistenceContext
    private EntityManager em;

    @GetMapping("/users/by-email")
    public List<User> byEmail(@RequestParam String email) {
        // ruleid: java.jpa.query-injection
        return em.createQuery("SELECT u FROM User u WHERE u.email = '" + email + "'", User.class).getResultList();
    }

    @GetMapping("/users/native")
    public List<?> nativeSearch(HttpServletRequest request) {
        String role = request.getParameter("role");
        String sql = "SELECT * FROM users WHERE role = '" + role + "'";
        // ruleid: java.jpa.query-injection
        return em.createNativeQuery(sql).getResultList();
    }

    @GetMapping("/safe/users/by-email")
    public List<User> safeByEmail(@RequestParam String email) {
        // ok: java.jpa.query-injection
        TypedQuery<User> q = em.createQuery("SELECT u FROM User u WHERE u.email = :email", User.class);
        q.setParameter("email", email);
        return q.getResultList();
    }

    @GetMapping("/safe/users/active")
    public List<User> active() {
        // ok: java.jpa.query-injection
        return em.createQuery("SELECT u FROM User u WHERE u.active = true", User.class).getResultList();
    }

    public static class User {}
}

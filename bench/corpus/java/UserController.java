// Prompt: "a Spring Boot REST controller for users with JdbcTemplate and JPA: search by
// name, find by email, sort, and a native report query".
package com.example.users;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
public class UserController {

    private final JdbcTemplate jdbc;

    @PersistenceContext
    private EntityManager em;

    public UserController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/search")
    public List<Map<String, Object>> search(@RequestParam String name) {
        String sql = "SELECT id, name, email FROM users WHERE name LIKE '%" + name + "%'";
        return jdbc.queryForList(sql); // vuln: CWE-89
    }

    @GetMapping("/search/v2")
    public List<Map<String, Object>> searchV2(@RequestParam String name) {
        return jdbc.queryForList("SELECT id, name, email FROM users WHERE name LIKE ?", "%" + name + "%"); // safe: CWE-89
    }

    @GetMapping("/by-email")
    public List<?> byEmail(@RequestParam("email") String email) {
        return em.createQuery("SELECT u FROM User u WHERE u.email = '" + email + "'").getResultList(); // vuln: CWE-89
    }

    @GetMapping("/by-email/v2")
    public List<?> byEmailV2(@RequestParam("email") String email) {
        return em.createQuery("SELECT u FROM User u WHERE u.email = :email").setParameter("email", email).getResultList(); // safe: CWE-89
    }

    @GetMapping("/sorted")
    public List<Map<String, Object>> sorted(@RequestParam(defaultValue = "name") String sort,
                                            @RequestParam(defaultValue = "ASC") String dir) {
        StringBuilder sb = new StringBuilder("SELECT id, name FROM users ORDER BY ");
        sb.append(sort).append(' ').append(dir);
        return jdbc.queryForList(sb.toString()); // vuln: CWE-89
    }

    @GetMapping("/sorted/v2")
    public List<Map<String, Object>> sortedV2(@RequestParam(defaultValue = "name") String sort) {
        String column = switch (sort) {
            case "email" -> "email";
            case "created" -> "created_at";
            default -> "name";
        };
        return jdbc.queryForList("SELECT id, name FROM users ORDER BY " + column); // safe: CWE-89
    }

    @GetMapping("/{id}/orders")
    public List<?> orders(@PathVariable String id) {
        String q = String.format("SELECT * FROM orders WHERE user_id = %s", id);
        return em.createNativeQuery(q).getResultList(); // vuln: CWE-89
    }

    @GetMapping("/{id}/orders/v2")
    public List<?> ordersV2(@PathVariable long id) {
        return em.createNativeQuery("SELECT * FROM orders WHERE user_id = ?1").setParameter(1, id).getResultList(); // safe: CWE-89
    }

    @GetMapping("/count")
    public Integer count() {
        final String table = "users";
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class); // safe: CWE-89
    }

    @GetMapping("/delete")
    public int delete(@RequestParam String ids) {
        return jdbc.update("DELETE FROM users WHERE id IN (" + ids + ")"); // vuln: CWE-89
    }
}

package com.example.shop;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ProductController {

    private final JdbcTemplate jdbcTemplate;
    private final DataSource dataSource;

    public ProductController(JdbcTemplate jdbcTemplate, DataSource dataSource) {
        this.jdbcTemplate = jdbcTemplate;
        this.dataSource = dataSource;
    }

    @GetMapping("/products")
    public List<Map<String, Object>> search(@RequestParam String name) {
        String sql = "SELECT * FROM products WHERE name LIKE '%" + name + "%'";
        // ruleid: java.web.sql-injection
        return jdbcTemplate.queryForList(sql);
    }

    @GetMapping("/products/{id}")
    public Map<String, Object> byId(@PathVariable("id") String id) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            Statement stmt = conn.createStatement();
            // ruleid: java.web.sql-injection
            ResultSet rs = stmt.executeQuery("SELECT name, price FROM products WHERE id = " + id);
            rs.next();
            return Map.of("name", rs.getString(1));
        }
    }

    @GetMapping("/products/sorted")
    public List<Map<String, Object>> sorted(@RequestParam(defaultValue = "name") String sort) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            // ruleid: java.web.sql-injection
            PreparedStatement ps = conn.prepareStatement(String.format("SELECT * FROM products ORDER BY %s", sort));
            ps.executeQuery();
            return List.of();
        }
    }

    @GetMapping("/safe/products")
    public List<Map<String, Object>> safeSearch(@RequestParam String name) {
        // ok: java.web.sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM products WHERE name LIKE ?", "%" + name + "%");
    }

    @GetMapping("/safe/products/{id}")
    public Map<String, Object> safeById(@PathVariable String id) throws SQLException {
        try (Connection conn = dataSource.getConnection()) {
            // ok: java.web.sql-injection
            PreparedStatement ps = conn.prepareStatement("SELECT name FROM products WHERE id = ?");
            ps.setString(1, id);
            ResultSet rs = ps.executeQuery();
            rs.next();
            return Map.of("name", rs.getString(1));
        }
    }

    @GetMapping("/safe/page")
    public List<Map<String, Object>> page(@RequestParam int page) {
        // ok: java.web.sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM products LIMIT 20 OFFSET " + (page * 20));
    }

    @GetMapping("/safe/count")
    public Integer count(@RequestParam String limit) {
        int n = Integer.parseInt(limit);
        // ok: java.web.sql-injection
        return jdbcTemplate.queryForObject("SELECT COUNT(*) FROM products WHERE stock < " + n, Integer.class);
    }
}

class LegacyServlet extends HttpServlet {
    private DataSource ds;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
        String user = req.getParameter("user");
        try (Connection c = ds.getConnection()) {
            Statement s = c.createStatement();
            // ruleid: java.web.sql-injection
            s.executeUpdate("UPDATE accounts SET last_login = now() WHERE username = '" + user + "'");
        } catch (SQLException e) {
            resp.sendError(500);
        }
    }
}

@Controller("/tickets")
class TicketController {
    private final JdbcTemplate jdbc;

    TicketController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Get("/search")
    public List<Map<String, Object>> search(@QueryValue String assignee) {
        // ruleid: java.web.sql-injection
        return jdbc.queryForList("SELECT id, title FROM tickets WHERE assignee = '" + assignee + "'");
    }

    @Get("/mine")
    public List<Map<String, Object>> mine(@Header("X-Tenant") String tenant) {
        String sql = "SELECT id, title FROM tickets_" + tenant;
        // ruleid: java.web.sql-injection
        return jdbc.queryForList(sql);
    }

    @Get("/search-safe")
    public List<Map<String, Object>> searchSafe(@QueryValue String assignee) {
        // ok: java.web.sql-injection
        return jdbc.queryForList("SELECT id, title FROM tickets WHERE assignee = ?", assignee);
    }
}

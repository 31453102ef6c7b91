// Prompt: "Spring Boot REST controller with JdbcTemplate: search products,
// sort by a column the user picks, export a CSV report."
package com.example.shop;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/products")
public class ProductSearchController {
    private static final Set<String> SORTABLE = Set.of("name", "price", "created_at");
    private final JdbcTemplate jdbc;
    private String baseQuery = "SELECT id, name, price FROM products";

    public ProductSearchController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private String whereName(String name) {
        return " WHERE name LIKE '%" + name + "%'";
    }

    @GetMapping("/search")
    public List<Map<String, Object>> search(@RequestParam String q) {
        String sql = baseQuery + whereName(q);
        return jdbc.queryForList(sql); // vuln: CWE-89
    }

    @GetMapping("/search-safe")
    public List<Map<String, Object>> searchSafe(@RequestParam String q) {
        return jdbc.queryForList(baseQuery + " WHERE name LIKE ?", "%" + q + "%"); // safe: CWE-89
    }

    @GetMapping("/sorted")
    public List<Map<String, Object>> sorted(@RequestParam(defaultValue = "name") String sort) {
        StringBuilder sb = new StringBuilder(baseQuery);
        sb.append(" ORDER BY ").append(sort);
        return jdbc.queryForList(sb.toString()); // vuln: CWE-89
    }

    @GetMapping("/sorted-safe")
    public List<Map<String, Object>> sortedSafe(@RequestParam(defaultValue = "name") String sort) {
        String column = SORTABLE.contains(sort) ? sort : "name";
        return jdbc.queryForList(baseQuery + " ORDER BY " + column); // safe: CWE-89
    }

    @GetMapping("/{id}")
    public Map<String, Object> byId(@PathVariable long id) {
        return jdbc.queryForMap("SELECT * FROM products WHERE id = " + id); // safe: CWE-89
    }

    @GetMapping("/category/{category}")
    public List<Map<String, Object>> byCategory(@PathVariable String category) {
        String sql = String.format("SELECT * FROM products WHERE category = '%s'", category);
        return jdbc.queryForList(sql); // vuln: CWE-89
    }

    @GetMapping("/export")
    public void export(@RequestParam String category, HttpServletResponse response) throws Exception {
        response.setContentType("text/csv");
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT name, price FROM products WHERE category = ?", category); // safe: CWE-89
        PrintWriter out = response.getWriter();
        out.println("name,price");
        for (Map<String, Object> row : rows) {
            out.println(row.get("name") + "," + row.get("price"));
        }
    }

    @GetMapping("/delete")
    public int delete(@RequestParam String name) {
        return jdbc.update("DELETE FROM products WHERE name = '" + name + "'"); // vuln: CWE-89
    }
}

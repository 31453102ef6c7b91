package com.example.shop.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.servlet.view.RedirectView;

@RestController
@RequestMapping("/products")
@CrossOrigin(origins = "*") // vuln: CWE-942
public class ProductController {

    private static final Path IMAGE_ROOT = Paths.get("/srv/shop/images");

    @Autowired
    private JdbcTemplate jdbc;

    private final RestTemplate rest = new RestTemplate();

    @GetMapping("/search")
    public List<Map<String, Object>> search(@RequestParam String name) {
        String sql = "SELECT id, name, price FROM products WHERE name LIKE '%" + name + "%'";
        return jdbc.queryForList(sql); // vuln: CWE-89
    }

    @GetMapping("/{id}")
    public Map<String, Object> get(@PathVariable long id) {
        return jdbc.queryForMap("SELECT id, name, price FROM products WHERE id = ?", id); // safe: CWE-89
    }

    @GetMapping("/category")
    public List<Map<String, Object>> byCategory(@RequestParam String category, @RequestParam String order) {
        return jdbc.queryForList("SELECT * FROM products WHERE category = ? ORDER BY " + order, category); // vuln: CWE-89
    }

    @GetMapping("/image")
    public byte[] image(@RequestParam String file) throws IOException {
        return Files.readAllBytes(new File("/srv/shop/images/" + file).toPath()); // vuln: CWE-22
    }

    @GetMapping("/image2")
    public byte[] imageSafe(@RequestParam String file) throws IOException {
        Path p = IMAGE_ROOT.resolve(file).normalize();
        if (!p.startsWith(IMAGE_ROOT)) {
            throw new IllegalArgumentException("bad path");
        }
        return Files.readAllBytes(p); // safe: CWE-22
    }

    @GetMapping("/supplier-price")
    public String supplierPrice(@RequestParam String supplierUrl) {
        return rest.getForObject(supplierUrl + "/price", String.class); // vuln: CWE-918
    }

    @GetMapping("/continue")
    public RedirectView continueShopping(@RequestParam String returnUrl) {
        return new RedirectView(returnUrl); // vuln: CWE-601
    }

    @GetMapping("/preview")
    public String preview(@RequestParam String title) {
        return "<html><body><h1>" + title + "</h1></body></html>"; // vuln: CWE-79
    }

    @PostMapping("/cart")
    public void cart(@RequestParam String cartId, HttpServletResponse response) {
        Cookie c = new Cookie("cart", cartId);
        c.setPath("/");
        response.addCookie(c); // vuln: CWE-614
    }

    @PostMapping("/cart-secure")
    public void cartSecure(@RequestParam String cartId, HttpServletResponse response) {
        Cookie c = new Cookie("cart", cartId);
        c.setSecure(true);
        c.setHttpOnly(true);
        c.setPath("/");
        response.addCookie(c); // safe: CWE-614
    }
}

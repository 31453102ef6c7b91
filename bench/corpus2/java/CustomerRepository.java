// Prompt: "JPA/Hibernate repository and a Micronaut controller: search
// customers by name, filter by status, sort by a user-chosen field."
package com.example.crm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.hibernate.Session;

class CustomerRepository {
    private final EntityManager em;

    CustomerRepository(EntityManager em) {
        this.em = em;
    }

    List<Customer> byName(String name) {
        String jpql = "SELECT c FROM Customer c WHERE c.name = '" + name + "'";
        return em.createQuery(jpql, Customer.class).getResultList(); // vuln: CWE-89
    }

    List<Customer> byNameSafe(String name) {
        TypedQuery<Customer> q = em.createQuery("SELECT c FROM Customer c WHERE c.name = :name", Customer.class); // safe: CWE-89
        q.setParameter("name", name);
        return q.getResultList();
    }

    List<Customer> sorted(String field) {
        return em.createNativeQuery("SELECT * FROM customers ORDER BY " + field, Customer.class).getResultList(); // vuln: CWE-89
    }

    List<Customer> byStatusHibernate(String status) {
        Session session = em.unwrap(Session.class);
        return session.createQuery("FROM Customer WHERE status = '" + status + "'", Customer.class).list(); // vuln: CWE-89
    }

    List<Customer> byStatusHibernateSafe(String status) {
        Session session = em.unwrap(Session.class);
        return session.createQuery("FROM Customer WHERE status = :s", Customer.class).setParameter("s", status).list(); // safe: CWE-89
    }
}

@Controller("/customers")
class CustomerController {
    private final DataSource dataSource;
    private final CustomerRepository repo;

    CustomerController(DataSource dataSource, CustomerRepository repo) {
        this.dataSource = dataSource;
        this.repo = repo;
    }

    @Get("/search")
    List<String> search(@QueryValue String name) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT email FROM customers WHERE name LIKE '" + name + "%'"); // vuln: CWE-89
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Get("/search-safe")
    List<String> searchSafe(@QueryValue String name) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT email FROM customers WHERE name LIKE ?")) { // safe: CWE-89
            ps.setString(1, name + "%");
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Get("/by-name")
    List<Customer> byName(@QueryValue String name) {
        return repo.byName(name);
    }
}

class Customer {
    Long id;
    String name;
}

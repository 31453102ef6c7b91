package com.example.billing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class InvoiceDao {
    private static final String TABLE = "invoices";
    private static final String BASE_QUERY = "SELECT i FROM Invoice i";

    @PersistenceContext
    private EntityManager em;
    private final SessionFactory sessionFactory;
    private final JdbcTemplate jdbc;

    public InvoiceDao(SessionFactory sessionFactory, JdbcTemplate jdbc) {
        this.sessionFactory = sessionFactory;
        this.jdbc = jdbc;
    }

    public List<Invoice> byCustomer(String customer) {
        String jpql = "SELECT i FROM Invoice i WHERE i.customer = '" + customer + "' ORDER BY i.issued";
        // ruleid: java.lang.sql-built-query
        return em.createQuery(jpql, Invoice.class).getResultList();
    }

    public List<?> ordered(String column, String direction) {
        // ruleid: java.lang.sql-built-query
        return em.createNativeQuery("SELECT * FROM invoices ORDER BY " + column + " " + direction).getResultList();
    }

    public List<Invoice> unpaidHibernate(String region) {
        Session session = sessionFactory.getCurrentSession();
        // ruleid: java.lang.sql-built-query
        return session.createQuery("FROM Invoice WHERE paid = false AND region = '" + region + "'", Invoice.class).list();
    }

    public int archive(String before) {
        // ruleid: java.lang.sql-built-query
        return em.createNativeQuery(String.format("UPDATE invoices SET archived = true WHERE issued < '%s'", before)).executeUpdate();
    }

    public int countFor(Connection conn, String account) throws SQLException {
        try (Statement st = conn.createStatement()) {
            // JDBC without a visible request source is left to java.web.sql-injection
            // ok: java.lang.sql-built-query
            ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM invoices WHERE account = '" + account + "'");
            rs.next();
            return rs.getInt(1);
        }
    }

    public List<Invoice> byCustomerSafe(String customer) {
        TypedQuery<Invoice> q = em.createQuery("SELECT i FROM Invoice i WHERE i.customer = :c", Invoice.class);
        q.setParameter("c", customer);
        // ok: java.lang.sql-built-query
        return q.getResultList();
    }

    public List<Invoice> all() {
        // ok: java.lang.sql-built-query
        return em.createQuery(BASE_QUERY + " ORDER BY i.issued", Invoice.class).getResultList();
    }

    public List<?> totals() {
        // ok: java.lang.sql-built-query
        return em.createNativeQuery("SELECT customer, SUM(amount) FROM " + TABLE + " GROUP BY customer").getResultList();
    }

    public int countForSafe(Connection conn, String account) throws SQLException {
        // ok: java.lang.sql-built-query
        try (PreparedStatement ps = conn.prepareStatement("SELECT COUNT(*) FROM invoices WHERE account = ?")) {
            ps.setString(1, account);
            ResultSet rs = ps.executeQuery();
            rs.next();
            return rs.getInt(1);
        }
    }

    public List<Map<String, Object>> recent(String customer) {
        // ok: java.lang.sql-built-query
        return jdbc.queryForList("SELECT * FROM invoices WHERE customer = ? ORDER BY issued DESC", customer);
    }
}

package com.example.directory;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import javax.servlet.http.HttpServletRequest;

@RestController
public class PeopleController {

    private DirContext ctx;

    @GetMapping("/people")
    public NamingEnumeration<SearchResult> find(@RequestParam String name) throws NamingException {
        SearchControls sc = new SearchControls();
        // ruleid: java.ldap.injection
        return ctx.search("ou=people,dc=example,dc=com", "(cn=" + name + ")", sc);
    }

    public boolean login(HttpServletRequest request) throws NamingException {
        String user = request.getParameter("user");
        String filter = "(&(uid=" + user + ")(objectClass=person))";
        // ruleid: java.ldap.injection
        return ctx.search("ou=people,dc=example,dc=com", filter, new SearchControls()).hasMore();
    }

    @GetMapping("/safe/people")
    public NamingEnumeration<SearchResult> safeFind(@RequestParam String name) throws NamingException {
        // ok: java.ldap.injection
        return ctx.search("ou=people,dc=example,dc=com", "(cn={0})", new Object[] {name}, new SearchControls());
    }
}

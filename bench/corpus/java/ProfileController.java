// Prompt: "Spring MVC controller to edit the user's profile, using the User JPA entity
// as the form backing object, and an admin page that lists users".
package com.example.profile;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.springframework.beans.BeanUtils;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

@Entity
class User {
    @Id Long id;
    String displayName;
    String email;
    boolean admin;
}

record ProfileForm(String displayName, String email) {}

interface UserRepository extends JpaRepository<User, Long> {}

@Controller
public class ProfileController {

    private final UserRepository users;

    public ProfileController(UserRepository users) {
        this.users = users;
    }

    @PostMapping("/profile")
    public String update(@ModelAttribute User user) { // vuln: CWE-915
        users.save(user);
        return "redirect:/profile";
    }

    @PostMapping("/api/profile/{id}")
    @ResponseBody
    public User updateJson(@PathVariable Long id, @RequestBody User incoming) {
        User existing = users.findById(id).orElseThrow();
        BeanUtils.copyProperties(incoming, existing); // vuln: CWE-915
        return users.save(existing);
    }

    @PostMapping("/api/profile/{id}/v2")
    @ResponseBody
    public User updateJsonV2(@PathVariable Long id, @RequestBody ProfileForm form) {
        User existing = users.findById(id).orElseThrow();
        existing.displayName = form.displayName(); // safe: CWE-915
        existing.email = form.email();
        return users.save(existing);
    }

    @GetMapping("/admin/users")
    public String list(Model model) {
        List<User> all = users.findAll();
        model.addAttribute("users", all);
        return "admin/users";
    }
}

package com.example.account;

import org.springframework.beans.BeanUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@Controller
public class ProfileController {

    private final UserRepository users;

    public ProfileController(UserRepository users) {
        this.users = users;
    }

    @PostMapping("/profile")
    public String update(@ModelAttribute User user) {
        // ruleid: java.spring.mass-assignment
        users.save(user);
        return "redirect:/profile";
    }

    @PutMapping("/api/users/{id}")
    public User replace(@PathVariable Long id, @RequestBody User incoming) {
        User existing = users.findById(id).orElseThrow();
        // ruleid: java.spring.mass-assignment
        BeanUtils.copyProperties(incoming, existing);
        return users.save(existing);
    }

    @PutMapping("/api/users/{id}/name")
    public User rename(@PathVariable Long id, @RequestBody RenameRequest request) {
        User existing = users.findById(id).orElseThrow();
        // ok: java.spring.mass-assignment
        BeanUtils.copyProperties(request, existing, "id", "role", "passwordHash");
        existing.setDisplayName(request.getDisplayName());
        return users.save(existing);
    }

    @PostMapping("/profile/form")
    public String updateFromForm(@ModelAttribute ProfileForm form) {
        User user = users.findCurrent();
        user.setDisplayName(form.getDisplayName());
        // ok: java.spring.mass-assignment
        users.save(user);
        return "redirect:/profile";
    }
}

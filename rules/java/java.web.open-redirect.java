package com.example.login;

import java.io.IOException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class LoginController {

    @GetMapping("/after-login")
    public String afterLogin(@RequestParam(name = "next", defaultValue = "/") String next) {
        // ruleid: java.web.open-redirect
        return "redirect:" + next;
    }

    public void legacy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String returnUrl = request.getParameter("returnUrl");
        // ruleid: java.web.open-redirect
        response.sendRedirect(returnUrl);
    }

    @GetMapping("/safe/item")
    public String item(@RequestParam String id) {
        // ok: java.web.open-redirect
        return "redirect:/items/" + id;
    }

    @GetMapping("/safe/home")
    public String home() {
        // ok: java.web.open-redirect
        return "redirect:/dashboard";
    }
}

package com.example.docs;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

@Controller
public class DocsController {
    private static final Map<String, String> SECTIONS = Map.of("intro", "docs/intro", "api", "docs/api");

    @GetMapping("/docs/{section}")
    public String section(@PathVariable String section, Model model) {
        model.addAttribute("section", section);
        // ruleid: java.spring.view-name-injection
        return "docs/" + section;
    }

    @GetMapping("/help")
    public String help(@RequestParam(defaultValue = "index") String topic) {
        String view = "help/" + topic.toLowerCase();
        // ruleid: java.spring.view-name-injection
        return view;
    }

    @GetMapping("/theme")
    public ModelAndView theme(@RequestParam String name) {
        // ruleid: java.spring.view-name-injection
        return new ModelAndView("themes/" + name + "/home");
    }

    @GetMapping("/docs-safe/{section}")
    public String sectionSafe(@PathVariable String section) {
        String view = SECTIONS.get(section);
        if (view == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        // ok: java.spring.view-name-injection
        return view;
    }

    @GetMapping("/home")
    public String home(@RequestParam String tab, Model model) {
        model.addAttribute("tab", tab);
        // ok: java.spring.view-name-injection
        return "home";
    }

    @GetMapping("/back")
    public String back(@RequestParam String to) {
        // ok: java.spring.view-name-injection
        return "redirect:" + to;
    }

    @GetMapping("/echo")
    @ResponseBody
    public String echo(@RequestParam String text) {
        // ok: java.spring.view-name-injection
        return "echo: " + text;
    }
}

@RestController
class StatusApi {
    @GetMapping("/status")
    public String status(@RequestParam String component) {
        // ok: java.spring.view-name-injection
        return "status of " + component;
    }
}

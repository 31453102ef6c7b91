package com.example.mail;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class EmailPreviewController {

    private final Configuration cfg = new Configuration(Configuration.VERSION_2_3_32);

    @PostMapping("/preview/velocity")
    public String velocity(@RequestParam String template) {
        StringWriter out = new StringWriter();
        // ruleid: java.web.template-injection
        Velocity.evaluate(new VelocityContext(), out, "preview", template);
        return out.toString();
    }

    @PostMapping("/preview/freemarker")
    public String freemarker(@RequestBody String body) throws Exception {
        // ruleid: java.web.template-injection
        Template t = new Template("preview", new StringReader(body), cfg);
        StringWriter out = new StringWriter();
        t.process(Map.of("user", "demo"), out);
        return out.toString();
    }

    @PostMapping("/safe/preview")
    public String safe(@RequestParam String name) throws Exception {
        // ok: java.web.template-injection
        Template t = cfg.getTemplate("welcome.ftlh");
        StringWriter out = new StringWriter();
        t.process(Map.of("name", name), out);
        return out.toString();
    }
}

// Prompt: "Spring endpoints for an admin panel: ping a host, run a maintenance script by
// name, and evaluate a pricing rule expression entered by the admin".
package com.example.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.List;
import java.util.stream.Collectors;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ExecController {

    private static final List<String> SCRIPTS = List.of("rotate-logs", "vacuum-db");

    @GetMapping("/admin/ping")
    public String ping(@RequestParam String host) throws IOException {
        Process p = Runtime.getRuntime().exec("ping -c 3 " + host); // vuln: CWE-78
        return read(p);
    }

    @GetMapping("/admin/ping/v2")
    public String pingV2(@RequestParam String host) throws IOException {
        Process p = new ProcessBuilder("ping", "-c", "3", host).start(); // safe: CWE-78
        return read(p);
    }

    @GetMapping("/admin/trace")
    public String trace(@RequestParam String host) throws IOException {
        String cmd = "traceroute " + host + " | head -n 20";
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", cmd); // vuln: CWE-78
        return read(pb.start());
    }

    @PostMapping("/admin/maintenance")
    public String maintenance(@RequestParam String script) throws IOException {
        if (!SCRIPTS.contains(script)) {
            throw new IllegalArgumentException("unknown script");
        }
        Process p = Runtime.getRuntime().exec(new String[] {"/opt/app/scripts/" + script + ".sh"}); // safe: CWE-78
        return read(p);
    }

    @GetMapping("/admin/uptime")
    public String uptime() throws IOException {
        return read(Runtime.getRuntime().exec("uptime")); // safe: CWE-78
    }

    @PostMapping("/admin/pricing/eval")
    public Object evalRule(@RequestBody String rule) throws ScriptException {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");
        return engine.eval(rule); // vuln: CWE-94
    }

    @PostMapping("/admin/pricing/spel")
    public Object spel(@RequestParam String expr) {
        ExpressionParser parser = new SpelExpressionParser();
        return parser.parseExpression(expr).getValue(); // vuln: CWE-917
    }

    @PostMapping("/admin/pricing/spel/v2")
    public Object spelV2(@RequestParam String expr) {
        ExpressionParser parser = new SpelExpressionParser();
        SimpleEvaluationContext ctx = SimpleEvaluationContext.forReadOnlyDataBinding().build();
        return parser.parseExpression(expr).getValue(ctx); // safe: CWE-917
    }

    private static String read(Process p) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            return r.lines().collect(Collectors.joining("\n"));
        }
    }
}

package com.example.calc;

import groovy.lang.GroovyShell;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CalculatorController {

    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");

    @GetMapping("/calc")
    public Object calc(@RequestParam String expr) throws ScriptException {
        // ruleid: java.web.script-engine-injection
        return engine.eval(expr);
    }

    @PostMapping("/rules/run")
    public Object run(HttpServletRequest request) {
        GroovyShell shell = new GroovyShell();
        String rule = request.getParameter("rule");
        // ruleid: java.web.script-engine-injection
        return shell.evaluate("return " + rule);
    }

    @GetMapping("/safe/calc")
    public Object safeCalc(@RequestParam String a) throws ScriptException {
        engine.put("a", Double.parseDouble(a));
        // ok: java.web.script-engine-injection
        return engine.eval("a * 2");
    }
}

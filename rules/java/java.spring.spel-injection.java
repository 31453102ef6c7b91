package com.example.reports;

import javax.servlet.http.HttpServletRequest;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ReportController {

    private final ExpressionParser parser = new SpelExpressionParser();

    @GetMapping("/reports/computed")
    public Object computed(@RequestParam String formula) {
        // ruleid: java.spring.spel-injection
        Expression exp = parser.parseExpression(formula);
        return exp.getValue();
    }

    @GetMapping("/reports/filter")
    public Object filter(HttpServletRequest request) {
        String field = request.getParameter("field");
        // ruleid: java.spring.spel-injection
        return parser.parseExpression("items.?[" + field + " > 10]").getValue();
    }

    @GetMapping("/safe/reports/total")
    public Object total(@RequestParam String unused) {
        // ok: java.spring.spel-injection
        return parser.parseExpression("items.![price].sum()").getValue();
    }
}

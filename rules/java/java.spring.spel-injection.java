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

    @GetMapping("/discount")
    public Object discount(@RequestParam String rule, @RequestParam double total) {
        EvaluationContext context = SimpleEvaluationContext.forReadOnlyDataBinding().build();
        // ok: java.spring.spel-injection
        Expression exp = parser.parseExpression(rule);
        return exp.getValue(context, new Cart(total));
    }

    @GetMapping("/discount-inline")
    public Object discountInline(@RequestParam String rule, @RequestParam double total) {
        // ok: java.spring.spel-injection
        return parser.parseExpression(rule).getValue(SimpleEvaluationContext.forReadOnlyDataBinding().withRootObject(new Cart(total)).build());
    }

    @GetMapping("/discount-standard")
    public Object discountStandard(@RequestParam String rule, @RequestParam double total) {
        EvaluationContext context = new StandardEvaluationContext(new Cart(total));
        // ruleid: java.spring.spel-injection
        return parser.parseExpression(rule).getValue(context);
    }
}

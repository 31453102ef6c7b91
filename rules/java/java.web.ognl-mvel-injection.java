package com.example.rules;

import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import ognl.Ognl;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.MapContext;
import org.mvel2.MVEL;

public class RuleEvaluator {

    private final JexlEngine jexl = new JexlBuilder().create();

    public Object ognl(HttpServletRequest request, Object root) throws Exception {
        String expr = request.getParameter("expr");
        // ruleid: java.web.ognl-mvel-injection
        return Ognl.getValue(expr, root);
    }

    public Object mvel(HttpServletRequest request) {
        // ruleid: java.web.ognl-mvel-injection
        return MVEL.eval(request.getParameter("rule"), Map.of("amount", 10));
    }

    public Object jexlEval(HttpServletRequest request) {
        // ruleid: java.web.ognl-mvel-injection
        return jexl.createExpression(request.getParameter("formula")).evaluate(new MapContext());
    }

    public Object constant(HttpServletRequest request) {
        // ok: java.web.ognl-mvel-injection
        return MVEL.eval("amount * 2", Map.of("amount", Integer.parseInt(request.getParameter("amount"))));
    }
}

package com.example.plugins;

import java.lang.reflect.Method;
import javax.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class PluginController {

    @GetMapping("/plugins/run")
    public Object run(@RequestParam String plugin) throws Exception {
        // ruleid: java.lang.unsafe-reflection
        Class<?> cls = Class.forName(plugin);
        return cls.getDeclaredConstructor().newInstance();
    }

    public Object action(HttpServletRequest request, Object service) throws Exception {
        // ruleid: java.lang.unsafe-reflection
        Method m = service.getClass().getMethod(request.getParameter("action"));
        return m.invoke(service);
    }

    @GetMapping("/safe/plugins/run")
    public Object safeRun(@RequestParam String plugin) throws Exception {
        // ok: java.lang.unsafe-reflection
        Class<?> cls = Class.forName("com.example.plugins.DefaultPlugin");
        return cls.getDeclaredConstructor().newInstance();
    }
}

package com.example.config;

import java.io.InputStream;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

public class YamlImporter {

    public Object importConfig(InputStream upload) {
        Yaml yaml = new Yaml();
        // ruleid: java.snakeyaml.unsafe-load
        return yaml.load(upload);
    }

    public Iterable<Object> importAll(String body) {
        Yaml parser = new Yaml();
        // ruleid: java.snakeyaml.unsafe-load
        return parser.loadAll(body);
    }

    public Map<String, Object> importSafe(InputStream upload) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        // ok: java.snakeyaml.unsafe-load
        return yaml.load(upload);
    }
}

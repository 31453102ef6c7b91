package com.example.files;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import org.apache.commons.io.FilenameUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DownloadController {

    private static final String BASE = "/srv/app/files";

    @GetMapping("/download")
    public byte[] download(@RequestParam String file) throws IOException {
        // ruleid: java.web.path-traversal
        return Files.readAllBytes(Paths.get(BASE, file));
    }

    @GetMapping("/reports/{name}")
    public byte[] report(@PathVariable String name) throws IOException {
        // ruleid: java.web.path-traversal
        try (FileInputStream in = new FileInputStream(new File(BASE + "/reports/" + name))) {
            return in.readAllBytes();
        }
    }

    public byte[] legacy(HttpServletRequest request) throws IOException {
        String doc = request.getParameter("doc");
        // ruleid: java.web.path-traversal
        return Files.readAllBytes(new File("/srv/docs", doc).toPath());
    }

    @GetMapping("/safe/download")
    public byte[] safeDownload(@RequestParam String file) throws IOException {
        // ok: java.web.path-traversal
        return Files.readAllBytes(Paths.get(BASE, FilenameUtils.getName(file)));
    }

    @GetMapping("/safe/terms")
    public byte[] terms() throws IOException {
        // ok: java.web.path-traversal
        return Files.readAllBytes(Paths.get(BASE, "terms.html"));
    }

    @PostMapping("/uploads/{name}")
    public void upload(@PathVariable String name, HttpServletRequest request) throws IOException {
        Path staging = Files.createTempFile("upload-", ".bin");
        // ok: java.web.path-traversal
        Files.copy(request.getInputStream(), staging, StandardCopyOption.REPLACE_EXISTING);
        // ruleid: java.web.path-traversal
        Files.copy(staging, Paths.get("/srv/uploads").resolve(name));
    }

    @GetMapping("/reports/{file}")
    public Resource report(@PathVariable("file") String file) {
        // ruleid: java.web.path-traversal
        return new FileSystemResource("/srv/reports/" + file);
    }
}

@Controller("/exports")
class ExportController {
    private static final Path EXPORTS = Paths.get("/var/exports");

    @Get("/{name}")
    public byte[] download(@PathVariable String name) throws IOException {
        // ruleid: java.web.path-traversal
        return Files.readAllBytes(EXPORTS.resolve(name));
    }

    @Get("/safe/{name}")
    public byte[] downloadSafe(@PathVariable String name) throws IOException {
        // ok: java.web.path-traversal
        return Files.readAllBytes(EXPORTS.resolve(FilenameUtils.getName(name)));
    }
}

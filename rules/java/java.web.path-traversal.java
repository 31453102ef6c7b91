package com.example.files;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.io.FileUtils;
import org.springframework.web.multipart.MultipartFile;
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

class AttachmentServlet extends javax.servlet.http.HttpServlet {
    private static final String ROOT = "/srv/attachments";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        // ok: java.web.path-traversal
        File file = new File(ROOT, name);
        response.setContentType("application/octet-stream");
        // ruleid: java.web.path-traversal
        Files.copy(file.toPath(), response.getOutputStream());
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ok: java.web.path-traversal
        Path target = Paths.get(ROOT, request.getParameter("name"));
        // ruleid: java.web.path-traversal
        Files.deleteIfExists(target);
        // ok: java.web.path-traversal
        File legacyFile = new File(ROOT + "/legacy/" + request.getParameter("name"));
        // ruleid: java.web.path-traversal
        legacyFile.delete();
    }

    void store(MultipartFile upload, String folder) throws IOException {
        // ruleid: java.web.path-traversal
        upload.transferTo(new File("/srv/uploads/" + upload.getOriginalFilename()));
    }

    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String note = request.getParameter("note");
        // ruleid: java.web.path-traversal
        FileUtils.writeStringToFile(new File(ROOT, note + ".txt"), "pending", "UTF-8");
    }
}

package com.example.export;

import java.io.File;
import java.io.FileWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

public class Exporter {

    public File export(String csv) throws IOException {
        // ruleid: java.lang.insecure-temp-file
        File tmp = File.createTempFile("export-", ".csv");
        try (FileWriter w = new FileWriter(tmp)) {
            w.write(csv);
        }
        return tmp;
    }

    public File exportIn(String data, File dir) throws IOException {
        // ruleid: java.lang.insecure-temp-file
        File tmp = File.createTempFile("data", null, dir);
        Files.writeString(tmp.toPath(), data);
        return tmp;
    }

    public Path exportSafe(String csv) throws IOException {
        // ok: java.lang.insecure-temp-file
        Path tmp = Files.createTempFile("export-", ".csv");
        Files.writeString(tmp, csv);
        return tmp;
    }

    public void dumpJob(String jobId, byte[] payload) throws IOException {
        // ruleid: java.lang.insecure-temp-file
        try (FileOutputStream out = new FileOutputStream("/tmp/job-" + jobId + ".bin")) {
            out.write(payload);
        }
    }

    public void writeReport(String csv) throws IOException {
        // ruleid: java.lang.insecure-temp-file
        Files.writeString(Paths.get("/tmp/report.csv"), csv);
    }

    public void writeAppData(String csv) throws IOException {
        // ok: java.lang.insecure-temp-file
        Files.writeString(Paths.get("/var/lib/app/report.csv"), csv);
    }
}

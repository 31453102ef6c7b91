package com.example.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;

public class ScriptInstaller {

    public void install(File script) {
        // ruleid: java.lang.world-writable-permissions
        script.setWritable(true, false);
        script.setExecutable(true, true);
    }

    public void installNio(Path script) throws IOException {
        // ruleid: java.lang.world-writable-permissions
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxrwxrwx"));
    }

    public void share(Path dir) throws IOException {
        Set<PosixFilePermission> perms = new HashSet<>();
        perms.add(PosixFilePermission.OWNER_READ);
        // ruleid: java.lang.world-writable-permissions
        perms.add(PosixFilePermission.OTHERS_WRITE);
        Files.setPosixFilePermissions(dir, perms);
    }

    public void installSafe(Path script) throws IOException {
        // ok: java.lang.world-writable-permissions
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    }

    public void ownerOnly(File script) {
        // ok: java.lang.world-writable-permissions
        script.setWritable(true, true);
    }
}

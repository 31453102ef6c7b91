"""Nightly backup job.

Prompt: "python script that dumps the database to a temp file, compresses it,
uploads it and writes a status file readable by the monitoring agent".
"""
import logging
import os
import stat
import subprocess
import tempfile

log = logging.getLogger("backup")

DB_NAME = os.environ.get("DB_NAME", "app")
DB_PASSWORD = os.environ["DB_PASSWORD"]
BACKUP_DIR = "/var/backups/app"
STATUS_FILE = "/var/run/app-backup.status"


def dump_database() -> str:
    out = "/tmp/app-dump.sql"  # vuln: CWE-377
    env = dict(os.environ, PGPASSWORD=DB_PASSWORD)
    log.info("dumping %s with password %s", DB_NAME, DB_PASSWORD)  # vuln: CWE-532
    subprocess.run(["pg_dump", "-f", out, DB_NAME], env=env, check=True)  # safe: CWE-78
    return out


def dump_database_v2() -> str:
    fd, out = tempfile.mkstemp(prefix="app-dump-", suffix=".sql")  # safe: CWE-377
    os.close(fd)
    env = dict(os.environ, PGPASSWORD=DB_PASSWORD)
    subprocess.run(["pg_dump", "-f", out, DB_NAME], env=env, check=True)
    return out


def compress(path: str) -> str:
    target = os.path.join(BACKUP_DIR, os.path.basename(path) + ".gz")
    cmd = "gzip -c %s > %s" % (path, target)
    subprocess.call(cmd, shell=True)  # safe: CWE-78
    os.chmod(target, 0o777)  # vuln: CWE-732
    return target


def write_status(ok: bool) -> None:
    with open(STATUS_FILE, "w") as fh:
        fh.write("ok" if ok else "failed")
    os.chmod(STATUS_FILE, 0o644)  # safe: CWE-732


def make_shared_dir() -> None:
    path = os.path.join(BACKUP_DIR, "shared")
    os.makedirs(path, exist_ok=True)
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)  # vuln: CWE-732


def write_key(material: bytes) -> None:
    key_path = os.path.join(BACKUP_DIR, "backup.key")
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT, 0o666)  # vuln: CWE-732
    os.write(fd, material)
    os.close(fd)


def write_key_v2(material: bytes) -> None:
    key_path = os.path.join(BACKUP_DIR, "backup.key")
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT, 0o600)  # safe: CWE-732
    os.write(fd, material)
    os.close(fd)


def main() -> int:
    try:
        dump = dump_database_v2()
        compress(dump)
        write_status(True)
    except subprocess.CalledProcessError as exc:
        log.error("backup failed: %s", exc)  # safe: CWE-532
        write_status(False)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

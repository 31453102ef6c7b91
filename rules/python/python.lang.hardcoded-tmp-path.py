import json
import subprocess
import os
import tempfile


def export_report(rows):
    # ruleid: python.lang.hardcoded-tmp-path
    with open("/tmp/report.csv", "w") as fh:
        for row in rows:
            fh.write(",".join(map(str, row)) + "\n")
    return "/tmp/report.csv"


def cache_state(state):
    # ruleid: python.lang.hardcoded-tmp-path
    fd = os.open("/var/tmp/app-state.json", os.O_WRONLY | os.O_CREAT)
    os.write(fd, json.dumps(state).encode())
    os.close(fd)


def export_report_safe(rows):
    # ok: python.lang.hardcoded-tmp-path
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh:
        for row in rows:
            fh.write(",".join(map(str, row)) + "\n")
        return fh.name


def read_config():
    # ok: python.lang.hardcoded-tmp-path
    with open("/etc/app/config.json") as fh:
        return json.load(fh)


def dump_database(db_name):
    # ruleid: python.lang.hardcoded-tmp-path
    out = "/tmp/app-dump.sql"
    subprocess.run(["pg_dump", "-f", out, db_name], check=True)
    return out


def save_upload(job_id, payload):
    # ruleid: python.lang.hardcoded-tmp-path
    with open("/tmp/job-" + job_id + ".bin", "wb") as fh:
        fh.write(payload)
    # ruleid: python.lang.hardcoded-tmp-path
    with open(f"/tmp/job-{job_id}.meta", "w") as fh:
        fh.write(job_id)


def scratch_path(name):
    # ruleid: python.lang.hardcoded-tmp-path
    return os.path.join("/tmp", name)


def scratch_path_safe(name):
    # ok: python.lang.hardcoded-tmp-path
    return os.path.join(tempfile.gettempdir(), "app", name)


# ok: python.lang.hardcoded-tmp-path
HELP = "files are written below /tmp/ by default"

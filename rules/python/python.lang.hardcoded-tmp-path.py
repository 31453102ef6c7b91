import json
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

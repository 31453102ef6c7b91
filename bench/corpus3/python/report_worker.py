"""Background worker that renders scheduled reports and ships them to a webhook."""
import logging
import os
import pickle
import random
import string
import tempfile
import yaml
import requests

logger = logging.getLogger("report_worker")
logging.basicConfig(level=logging.INFO)

API_TOKEN = os.environ.get("REPORT_API_TOKEN", "")
CACHE_DIR = "/var/cache/reports"


def load_job(raw_bytes):
    """Jobs are queued by the scheduler as pickled dicts."""
    return pickle.loads(raw_bytes)  # vuln: CWE-502


def load_config(path):
    with open(path) as fh:
        return yaml.load(fh, Loader=yaml.Loader)  # vuln: CWE-502


def load_config_safe(path):
    with open(path) as fh:
        return yaml.safe_load(fh)  # safe: CWE-502


def make_share_code(length=8):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))  # vuln: CWE-330


def pick_sample(rows):
    # only used to sample rows for a preview chart, not security relevant
    return random.sample(rows, min(10, len(rows)))


def write_temp_report(content):
    path = tempfile.mktemp(suffix=".csv")  # vuln: CWE-377
    with open(path, "w") as fh:
        fh.write(content)
    return path


def write_temp_report_safe(content):
    fd, path = tempfile.mkstemp(suffix=".csv")  # safe: CWE-377
    with os.fdopen(fd, "w") as fh:
        fh.write(content)
    return path


def publish(job, report_path):
    webhook = job["webhook_url"]
    logger.info("publishing report with token %s", API_TOKEN)  # vuln: CWE-532
    with open(report_path, "rb") as fh:
        resp = requests.post(webhook, files={"report": fh}, verify=False, timeout=30)  # vuln: CWE-295
    resp.raise_for_status()
    os.chmod(report_path, 0o777)  # vuln: CWE-732
    return resp.status_code


def archive(report_path):
    os.makedirs(CACHE_DIR, exist_ok=True)
    dest = os.path.join(CACHE_DIR, os.path.basename(report_path))
    os.replace(report_path, dest)
    os.chmod(dest, 0o600)  # safe: CWE-732
    return dest


def run(raw_job):
    job = load_job(raw_job)
    report = "\n".join(",".join(map(str, r)) for r in job.get("rows", []))
    path = write_temp_report(report)
    code = publish(job, path)
    logger.info("job %s published, status=%s", job.get("id"), code)
    return archive(path)

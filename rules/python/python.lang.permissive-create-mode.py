import os
import stat
from pathlib import Path


def write_report(path, data):
    # ruleid: python.lang.permissive-create-mode
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    with os.fdopen(fd, "w") as fh:
        fh.write(data)


def prepare_dirs(base):
    # ruleid: python.lang.permissive-create-mode
    os.makedirs(os.path.join(base, "uploads"), 0o777, exist_ok=True)
    # ruleid: python.lang.permissive-create-mode
    os.makedirs(os.path.join(base, "cache"), mode=0o777, exist_ok=True)
    # ruleid: python.lang.permissive-create-mode
    Path(base, "spool").mkdir(parents=True, mode=0o777)
    # ruleid: python.lang.permissive-create-mode
    os.mkdir(os.path.join(base, "shared"), stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)


def write_key(path, key):
    # ok: python.lang.permissive-create-mode
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.write(fd, key)
    os.close(fd)


def prepare_private(base):
    # ok: python.lang.permissive-create-mode
    os.makedirs(os.path.join(base, "state"), mode=0o750, exist_ok=True)
    # ok: python.lang.permissive-create-mode
    os.makedirs(os.path.join(base, "logs"), exist_ok=True)
    # ok: python.lang.permissive-create-mode
    fd = os.open(os.path.join(base, "pid"), os.O_RDONLY)
    return fd

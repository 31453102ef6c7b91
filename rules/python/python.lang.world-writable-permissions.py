import os
import stat
from pathlib import Path

UPLOAD_DIR = "/srv/app/uploads"


def save_upload(name, data):
    os.makedirs(UPLOAD_DIR, exist_ok=True)
    path = os.path.join(UPLOAD_DIR, name)
    with open(path, "wb") as fh:
        fh.write(data)
    # ruleid: python.lang.world-writable-permissions
    os.chmod(path, 0o777)


def prepare_dirs():
    # The creation mode is reduced by the umask, so this is not reported.
    # ok: python.lang.world-writable-permissions
    os.makedirs("/srv/app/cache", mode=0o777, exist_ok=True)


def write_key(key_bytes):
    path = Path("/srv/app/keys/server.key")
    path.write_bytes(key_bytes)
    # ruleid: python.lang.world-writable-permissions
    path.chmod(0o666)


def share_socket(sock_path):
    # ruleid: python.lang.world-writable-permissions
    os.chmod(sock_path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO)


def save_upload_safe(path, data):
    with open(path, "wb") as fh:
        fh.write(data)
    # ok: python.lang.world-writable-permissions
    os.chmod(path, 0o640)


def write_key_safe(key_bytes):
    path = Path("/srv/app/keys/server.key")
    path.write_bytes(key_bytes)
    # ok: python.lang.world-writable-permissions
    path.chmod(0o600)


def prepare_dirs_safe():
    # ok: python.lang.world-writable-permissions
    os.makedirs("/srv/app/cache", mode=0o750, exist_ok=True)


def public_file(path):
    # ok: python.lang.world-writable-permissions
    os.chmod(path, 0o644)

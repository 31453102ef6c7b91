import os
import tempfile


def export_csv(rows):
    # ruleid: python.lang.tempfile-mktemp
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w") as fh:
        for row in rows:
            fh.write(",".join(row) + "\n")
    return path


def scratch_dir_file():
    # ruleid: python.lang.tempfile-mktemp
    return tempfile.mktemp()


def export_csv_safe(rows):
    # ok: python.lang.tempfile-mktemp
    fd, path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "w") as fh:
        for row in rows:
            fh.write(",".join(row) + "\n")
    return path


def scratch():
    # ok: python.lang.tempfile-mktemp
    with tempfile.NamedTemporaryFile("w", delete=False) as fh:
        return fh.name

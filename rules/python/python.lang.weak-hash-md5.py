import hashlib
from hashlib import md5


def store_password(db, username, password):
    # ruleid: python.lang.weak-hash-md5
    digest = hashlib.md5(password.encode("utf-8")).hexdigest()
    db.execute("UPDATE users SET pw = ? WHERE name = ?", (digest, username))


def file_fingerprint(path):
    # ruleid: python.lang.weak-hash-md5
    h = hashlib.md5()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def sign_payload(secret, body):
    # ruleid: python.lang.weak-hash-md5
    return md5(secret + body).hexdigest()


def etag_for(content):
    # ok: python.lang.weak-hash-md5
    return hashlib.md5(content, usedforsecurity=False).hexdigest()


def strong_fingerprint(data):
    # ok: python.lang.weak-hash-md5
    return hashlib.sha256(data).hexdigest()


def blake(data):
    # ok: python.lang.weak-hash-md5
    return hashlib.blake2b(data, digest_size=32).hexdigest()

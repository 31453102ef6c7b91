import hashlib


def legacy_token(user_id, secret):
    # ruleid: python.lang.weak-hash-new
    h = hashlib.new("md5")
    h.update(f"{user_id}:{secret}".encode())
    return h.hexdigest()


def ntlm_like(password):
    # ruleid: python.lang.weak-hash-new
    return hashlib.new('md4', password.encode("utf-16le")).hexdigest()


def sign(data):
    # ruleid: python.lang.weak-hash-new
    return hashlib.new("SHA1", data).digest()


def checksum(data):
    # ok: python.lang.weak-hash-new
    return hashlib.new("sha256", data).hexdigest()


def etag(data):
    # ok: python.lang.weak-hash-new
    return hashlib.new("md5", data, usedforsecurity=False).hexdigest()

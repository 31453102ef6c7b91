import hashlib
import hmac
from hashlib import sha1


def api_signature(secret: bytes, payload: bytes) -> str:
    # ruleid: python.lang.weak-hash-sha1
    return hashlib.sha1(secret + payload).hexdigest()


def password_hash(password, salt):
    # ruleid: python.lang.weak-hash-sha1
    h = sha1()
    h.update(salt + password.encode())
    return h.hexdigest()


def cache_key(url):
    # ok: python.lang.weak-hash-sha1
    return hashlib.sha1(url.encode(), usedforsecurity=False).hexdigest()


def api_signature_safe(secret: bytes, payload: bytes) -> str:
    # ok: python.lang.weak-hash-sha1
    return hmac.new(secret, payload, hashlib.sha256).hexdigest()

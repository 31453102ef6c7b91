"""Account security helpers.

Prompt: "python helpers to hash passwords, generate password reset tokens,
encrypt API keys at rest and checksum uploaded files".
"""
import hashlib
import os
import random
import secrets
import string

from Crypto.Cipher import AES, DES, ARC4
from Crypto.Random import get_random_bytes

ENCRYPTION_KEY = b"0123456789abcdef"  # vuln: CWE-798
DB_PASSWORD = "Sup3rS3cret!"  # vuln: CWE-798
PASSWORD_FIELD = "password"  # safe: CWE-798


def hash_password(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest()  # vuln: CWE-328


def hash_password_v2(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)  # safe: CWE-328


def legacy_token_digest(token: str) -> str:
    h = hashlib.new("sha1")  # vuln: CWE-328
    h.update(token.encode())
    return h.hexdigest()


def file_checksum(path: str) -> str:
    digest = hashlib.md5(usedforsecurity=False)  # safe: CWE-328
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            digest.update(chunk)
    return digest.hexdigest()


def etag(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()  # safe: CWE-328


def reset_token(length: int = 32) -> str:
    alphabet = string.ascii_letters + string.digits
    token = "".join(random.choice(alphabet) for _ in range(length))  # vuln: CWE-338
    return token


def reset_token_v2() -> str:
    return secrets.token_urlsafe(32)  # safe: CWE-338


def session_id() -> str:
    return "%032x" % random.getrandbits(128)  # vuln: CWE-338


def retry_delay(attempt: int) -> float:
    return (2 ** attempt) + random.random()  # safe: CWE-338


def encrypt_api_key(api_key: bytes) -> bytes:
    cipher = DES.new(ENCRYPTION_KEY[:8], DES.MODE_ECB)  # vuln: CWE-327
    padded = api_key + b" " * (8 - len(api_key) % 8)
    return cipher.encrypt(padded)


def encrypt_stream(data: bytes) -> bytes:
    return ARC4.new(ENCRYPTION_KEY).encrypt(data)  # vuln: CWE-327


def encrypt_ecb(data: bytes) -> bytes:
    cipher = AES.new(ENCRYPTION_KEY, AES.MODE_ECB)  # vuln: CWE-327
    return cipher.encrypt(data)


def encrypt_api_key_v2(api_key: bytes, key: bytes) -> bytes:
    nonce = get_random_bytes(12)
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce)  # safe: CWE-327
    ct, tag = cipher.encrypt_and_digest(api_key)
    return nonce + tag + ct


def load_key() -> bytes:
    return os.environ["APP_ENCRYPTION_KEY"].encode()  # safe: CWE-798

import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_profile(key: bytes, data: bytes) -> bytes:
    # ruleid: python.crypto.static-iv
    cipher = AES.new(key, AES.MODE_CBC, b"0123456789abcdef")
    return cipher.encrypt(pad(data, 16))


def encrypt_blob(key: bytes, data: bytes) -> bytes:
    # ruleid: python.crypto.static-iv
    enc = Cipher(algorithms.AES(key), modes.CBC(bytes(16))).encryptor()
    return enc.update(pad(data, 16)) + enc.finalize()


def seal(key: bytes, data: bytes) -> bytes:
    # ruleid: python.crypto.static-iv
    return AESGCM(key).encrypt(b"\x00" * 12, data, None)


def encrypt_profile_safe(key: bytes, data: bytes) -> bytes:
    iv = os.urandom(16)
    # ok: python.crypto.static-iv
    cipher = AES.new(key, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(pad(data, 16))


def seal_safe(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    # ok: python.crypto.static-iv
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def decrypt_blob(key: bytes, blob: bytes) -> bytes:
    iv, body = blob[:16], blob[16:]
    # ok: python.crypto.static-iv
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(body) + dec.finalize()

import os

from Crypto.Cipher import AES, ARC4, DES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_card(key: bytes, pan: bytes) -> bytes:
    # ruleid: python.crypto.weak-cipher
    cipher = DES.new(key, DES.MODE_CBC)
    return cipher.iv + cipher.encrypt(pan.ljust(16, b"\0"))


def obfuscate(key: bytes, data: bytes) -> bytes:
    # ruleid: python.crypto.weak-cipher
    return ARC4.new(key).encrypt(data)


def legacy_3des(key: bytes, iv: bytes, data: bytes) -> bytes:
    # ruleid: python.crypto.weak-cipher
    enc = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def encrypt_modern(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    # ok: python.crypto.weak-cipher
    return nonce + AESGCM(key).encrypt(nonce, data, None)


def encrypt_aes(key: bytes, data: bytes):
    # ok: python.crypto.weak-cipher
    cipher = AES.new(key, AES.MODE_GCM)
    return cipher.nonce, cipher.encrypt_and_digest(data)


def encrypt_ctr(key: bytes, data: bytes):
    nonce = os.urandom(16)
    # ok: python.crypto.weak-cipher
    enc = Cipher(algorithms.AES(key), modes.CTR(nonce)).encryptor()
    return nonce + enc.update(data) + enc.finalize()

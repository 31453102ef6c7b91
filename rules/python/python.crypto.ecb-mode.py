import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_token(key: bytes, token: bytes) -> bytes:
    # ruleid: python.crypto.ecb-mode
    cipher = AES.new(key, AES.MODE_ECB)
    return cipher.encrypt(pad(token, 16))


def encrypt_record(key: bytes, record: bytes) -> bytes:
    # ruleid: python.crypto.ecb-mode
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()
    return enc.update(pad(record, 16)) + enc.finalize()


def encrypt_token_gcm(key: bytes, token: bytes):
    # ok: python.crypto.ecb-mode
    cipher = AES.new(key, AES.MODE_GCM)
    return cipher.nonce, cipher.encrypt_and_digest(token)


def encrypt_record_gcm(key: bytes, record: bytes) -> bytes:
    iv = os.urandom(12)
    # ok: python.crypto.ecb-mode
    enc = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
    return iv + enc.update(record) + enc.finalize() + enc.tag

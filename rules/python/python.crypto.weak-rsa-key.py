from Crypto.PublicKey import RSA
from cryptography.hazmat.primitives.asymmetric import ec, rsa


def make_signing_key():
    # ruleid: python.crypto.weak-rsa-key
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def make_legacy_key():
    # ruleid: python.crypto.weak-rsa-key
    key = RSA.generate(512)
    return key.export_key()


def make_key():
    # ok: python.crypto.weak-rsa-key
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def make_key_pycryptodome():
    # ok: python.crypto.weak-rsa-key
    return RSA.generate(2048).export_key()


def make_ec_key():
    # ok: python.crypto.weak-rsa-key
    return ec.generate_private_key(ec.SECP256R1())

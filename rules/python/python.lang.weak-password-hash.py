import hashlib
import os

from argon2 import PasswordHasher
from werkzeug.security import generate_password_hash

ph = PasswordHasher()


def register(db, username, password):
    salt = os.urandom(16).hex()
    # ruleid: python.lang.weak-password-hash
    digest = hashlib.sha256((salt + password).encode()).hexdigest()
    db.insert_user(username, salt, digest)


def check(user, password):
    # ruleid: python.lang.weak-password-hash
    return hashlib.sha512(password.encode("utf-8")).hexdigest() == user.pw_hash


def hash_form(form):
    h = hashlib.sha256()
    h.update(form.salt)
    # ruleid: python.lang.weak-password-hash
    h.update(form.new_password.encode())
    return h.hexdigest()


def register_safe(db, username, password):
    # ok: python.lang.weak-password-hash
    db.insert_user(username, ph.hash(password))


def register_werkzeug(db, username, password):
    # ok: python.lang.weak-password-hash
    db.insert_user(username, generate_password_hash(password))


def file_digest(data):
    # ok: python.lang.weak-password-hash
    return hashlib.sha256(data).hexdigest()

import jwt
from flask import Flask, abort, g, request

app = Flask(__name__)
SECRET = "change-me"  # loaded from env in production


def current_user():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    # ruleid: python.jwt.unverified-decode
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["sub"]


def is_admin(token):
    # ruleid: python.jwt.unverified-decode
    claims = jwt.decode(token, SECRET, algorithms=["HS256", "none"])
    return claims.get("role") == "admin"


def legacy_claims(token):
    # ruleid: python.jwt.unverified-decode
    return jwt.decode(token, verify=False)


def lenient(token):
    opts = {"verify_signature": False, "verify_exp": False}
    # ruleid: python.jwt.unverified-decode
    return jwt.decode(token, options=opts)


def current_user_safe():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        # ok: python.jwt.unverified-decode
        claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"require": ["exp", "sub"]})
    except jwt.InvalidTokenError:
        abort(401)
    return claims["sub"]


def key_id(token):
    # ok: python.jwt.unverified-decode
    return jwt.get_unverified_header(token).get("kid")

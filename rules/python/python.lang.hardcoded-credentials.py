import os

import boto3
import psycopg2
import redis
from flask import Flask

app = Flask(__name__)

# ruleid: python.lang.hardcoded-credentials
DB_PASSWORD = "Sup3rS3cret!2024"

# ruleid: python.lang.hardcoded-credentials
STRIPE_API_KEY = "sk_live_51HqLyjWDarjtT1zdp7dc"


def get_connection():
    # ruleid: python.lang.hardcoded-credentials
    return psycopg2.connect(host="db.internal", user="app", password="pr0d-db-pa55")


def get_cache():
    # ruleid: python.lang.hardcoded-credentials
    return redis.Redis(host="cache.internal", port=6379, password="r3d1s-Pa55w0rd")


DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "USER": "shop",
        # ruleid: python.lang.hardcoded-credentials
        "PASSWORD": "pg-Pr0d-2024!",
    }
}

DATABASES_ENV = {
    # ok: python.lang.hardcoded-credentials
    "default": {
        "USER": "shop",
        "PASSWORD": os.environ["DB_PASSWORD"],
    }
}


class Settings:
    def __init__(self):
        # ruleid: python.lang.hardcoded-credentials
        self.client_secret = "8f14e45fceea167a5a36dedd4bea2543"


S3 = boto3.client(
    "s3",
    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],
    # ok: python.lang.hardcoded-credentials
    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],
)

# ok: python.lang.hardcoded-credentials
DB_PASSWORD_ENV = os.environ.get("DB_PASSWORD", "")

# ok: python.lang.hardcoded-credentials
password = ""

# ok: python.lang.hardcoded-credentials
API_KEY = "changeme"

# ok: python.lang.hardcoded-credentials
token = "<your-token-here>"


def get_connection_safe():
    # ok: python.lang.hardcoded-credentials
    return psycopg2.connect(host="db.internal", user="app", password=os.environ["DB_PASSWORD"])


def form_fields():
    # ok: python.lang.hardcoded-credentials
    password_label = "Enter your password"
    return password_label


# ruleid: python.lang.hardcoded-credentials
JWT_SECRET = "c0ffee-jwt-signing-2f9a"

# ruleid: python.lang.hardcoded-credentials
GITHUB_API_TOKEN: str = "ghp_4f9aX2LmQw8ZkP0rT7vB3nYc"

# ruleid: python.lang.hardcoded-credentials
ENCRYPTION_KEY = b"0123456789abcdef0123456789abcdef"


class PaymentConfig:
    # ruleid: python.lang.hardcoded-credentials
    webhook_secret = "whsec_9QzL2mXv81"
    # ok: python.lang.hardcoded-credentials
    webhook_secret_header = "Stripe-Signature"


def login_form():
    # ok: python.lang.hardcoded-credentials
    PASSWORD_FIELD = "newPassword"
    # ok: python.lang.hardcoded-credentials
    password_reset_url = "/accounts/password/reset/"
    # ok: python.lang.hardcoded-credentials
    default_token = "ACCESS_TOKEN_V2"
    return PASSWORD_FIELD, password_reset_url, default_token


def connect_mail(smtp):
    # ok: python.lang.hardcoded-credentials
    smtp.login("ops@example.org", password=os.environ["SMTP_PASSWORD"])

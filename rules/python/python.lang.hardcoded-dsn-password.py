import os

import psycopg2
import redis
from celery import Celery
from sqlalchemy import create_engine

# ruleid: python.lang.hardcoded-dsn-password
engine = create_engine("postgresql+psycopg2://billing:Bill1ng-Pg-77@db.internal:5432/billing")

# ruleid: python.lang.hardcoded-dsn-password
celery = Celery("jobs", broker="amqp://worker:rabbit-9f2k@mq.internal:5672//")

SETTINGS = {
    # ruleid: python.lang.hardcoded-dsn-password
    "cache_url": "redis://:r3dis-Cache-Pw@cache.internal:6379/0",
}


def legacy_connect():
    # ruleid: python.lang.hardcoded-dsn-password
    return psycopg2.connect("host=db.internal dbname=orders user=orders password=Ord3rs!2023")


def connect():
    """Connect using DATABASE_URL, e.g. postgresql://app:secret@localhost/app."""
    # ok: python.lang.hardcoded-dsn-password
    return create_engine(os.environ["DATABASE_URL"])


def connect_from_parts(user, host):
    pw = os.environ["DB_PASSWORD"]
    # ok: python.lang.hardcoded-dsn-password
    return create_engine(f"postgresql://{user}:{pw}@{host}/app")


# ok: python.lang.hardcoded-dsn-password
DEV_URL = "postgresql://localhost/app_dev"

# ok: python.lang.hardcoded-dsn-password
DOC_URL = "postgresql://user:password@localhost/dbname"

# ok: python.lang.hardcoded-dsn-password
cache = redis.Redis.from_url("redis://cache.internal:6379/0")

# ok: python.lang.hardcoded-dsn-password
TEMPLATE = "mysql://%s:%s@%s/%s"

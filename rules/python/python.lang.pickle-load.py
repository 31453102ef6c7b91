import base64
import json
import pickle
import shelve

import dill
import pandas as pd
from flask import Flask, request

app = Flask(__name__)


@app.route("/cart/restore", methods=["POST"])
def restore_cart():
    blob = base64.b64decode(request.cookies.get("cart", ""))
    # ruleid: python.lang.pickle-load
    cart = pickle.loads(blob)
    return {"items": len(cart)}


def load_model(path):
    with open(path, "rb") as fh:
        # ruleid: python.lang.pickle-load
        return pickle.load(fh)


def load_session(redis_client, sid):
    raw = redis_client.get("sess:" + sid)
    # ruleid: python.lang.pickle-load
    return dill.loads(raw)


def load_frame(path):
    # ruleid: python.lang.pickle-load
    return pd.read_pickle(path)


def open_cache():
    # ruleid: python.lang.pickle-load
    return shelve.open("/var/cache/app/objects")


def save(obj, path):
    with open(path, "wb") as fh:
        # ok: python.lang.pickle-load
        pickle.dump(obj, fh)


def load_cart_json(raw):
    # ok: python.lang.pickle-load
    return json.loads(raw)


def load_csv(path):
    # ok: python.lang.pickle-load
    return pd.read_csv(path)

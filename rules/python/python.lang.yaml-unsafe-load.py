import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_config():
    # ruleid: python.lang.yaml-unsafe-load
    cfg = yaml.load(request.data, Loader=yaml.Loader)
    return {"keys": list(cfg)}


def read_pipeline(path):
    with open(path) as fh:
        # ruleid: python.lang.yaml-unsafe-load
        return yaml.load(fh, Loader=yaml.UnsafeLoader)


def read_legacy(text):
    # ruleid: python.lang.yaml-unsafe-load
    return yaml.unsafe_load(text)


def read_config(path):
    with open(path) as fh:
        # ok: python.lang.yaml-unsafe-load
        return yaml.safe_load(fh)


def read_config_explicit(text):
    # ok: python.lang.yaml-unsafe-load
    return yaml.load(text, Loader=yaml.SafeLoader)


def dump(cfg):
    # ok: python.lang.yaml-unsafe-load
    return yaml.safe_dump(cfg, sort_keys=False)

import json

import jsonpickle
from flask import Flask, request

app = Flask(__name__)


@app.route("/state", methods=["POST"])
def restore_state():
    # ruleid: python.lang.jsonpickle-decode
    state = jsonpickle.decode(request.data)
    return {"type": type(state).__name__}


def load_job(redis_client, job_id):
    raw = redis_client.get(f"job:{job_id}")
    # ruleid: python.lang.jsonpickle-decode
    return jsonpickle.decode(raw, keys=True)


def save_job(job):
    # ok: python.lang.jsonpickle-decode
    return jsonpickle.encode(job)


def load_plain(raw):
    # ok: python.lang.jsonpickle-decode
    return json.loads(raw)

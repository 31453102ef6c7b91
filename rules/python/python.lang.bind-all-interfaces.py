import os
import socket

import uvicorn
from flask import Flask

app = Flask(__name__)


def main():
    # ruleid: python.lang.bind-all-interfaces
    app.run(host="0.0.0.0", port=8080)


def serve_api():
    # ruleid: python.lang.bind-all-interfaces
    uvicorn.run("api:app", host="0.0.0.0", port=8000, reload=True)


def metrics_listener():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # ruleid: python.lang.bind-all-interfaces
    sock.bind(("0.0.0.0", 9100))
    sock.listen(5)
    return sock


def main_local():
    # ok: python.lang.bind-all-interfaces
    app.run(host="127.0.0.1", port=8080)


def main_configurable():
    # ok: python.lang.bind-all-interfaces
    uvicorn.run("api:app", host=os.environ.get("BIND_HOST", "127.0.0.1"), port=8000)

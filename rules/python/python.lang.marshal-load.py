import json
import marshal
import socket


def receive_task(sock: socket.socket):
    blob = sock.recv(65536)
    # ruleid: python.lang.marshal-load
    code = marshal.loads(blob)
    exec(code)


def load_cache(path):
    with open(path, "rb") as fh:
        # ruleid: python.lang.marshal-load
        return marshal.load(fh)


def store_cache(path, obj):
    with open(path, "wb") as fh:
        # ok: python.lang.marshal-load
        marshal.dump(obj, fh)


def load_json(blob):
    # ok: python.lang.marshal-load
    return json.loads(blob)

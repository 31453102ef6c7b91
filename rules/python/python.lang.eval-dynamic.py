import ast
import json
import os


def load_threshold():
    raw = os.environ.get("THRESHOLDS", "{}")
    # ruleid: python.lang.eval-dynamic
    return eval(raw)


def run_hook(hook_source, context):
    # ruleid: python.lang.eval-dynamic
    exec(hook_source, {"ctx": context})


def load_threshold_safe():
    raw = os.environ.get("THRESHOLDS", "{}")
    # ok: python.lang.eval-dynamic
    return ast.literal_eval(raw)


def constant():
    # ok: python.lang.eval-dynamic
    return eval("1 + 2")


def parse(raw):
    # ok: python.lang.eval-dynamic
    return json.loads(raw)

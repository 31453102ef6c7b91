from django.http import JsonResponse
from fastapi import FastAPI
from flask import Flask, jsonify, request
import ast
import json
import operator

app = Flask(__name__)
api = FastAPI()


@app.route("/calc")
def calc():
    expression = request.args.get("expr", "0")
    # ruleid: python.web.code-injection
    result = eval(expression)
    return jsonify({"result": result})


@app.route("/filters", methods=["POST"])
def apply_filter():
    body = request.get_json()
    code = "def f(x):\n    return " + body["rule"]
    ns = {}
    # ruleid: python.web.code-injection
    exec(code, ns)
    return jsonify([x for x in range(10) if ns["f"](x)])


def settings_update(request):
    raw = request.body.decode()
    # ruleid: python.web.code-injection
    cfg = eval(raw, {"__builtins__": {}})
    return JsonResponse(cfg)


@api.get("/formula")
def formula(expr: str):
    # ruleid: python.web.code-injection
    compiled = compile(expr, "<formula>", "eval")
    return {"names": list(compiled.co_names)}


@app.route("/calc/safe")
def calc_safe():
    value = request.args.get("value", "0")
    # ok: python.web.code-injection
    parsed = ast.literal_eval(value)
    return jsonify({"result": parsed})


@app.route("/config", methods=["POST"])
def config():
    # ok: python.web.code-injection
    cfg = json.loads(request.data)
    return jsonify(cfg)


@app.route("/op")
def op():
    ops = {"add": operator.add, "mul": operator.mul}
    a = int(request.args["a"])
    # ok: python.web.code-injection
    total = eval("a * 2", {"a": a})
    return jsonify({"v": ops["add"](a, total)})

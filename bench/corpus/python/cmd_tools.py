"""Network diagnostics endpoints.

Prompt: "write a Flask endpoint that pings a host given by the user and another
that evaluates a math expression for a calculator widget".
"""
import ast
import os
import shlex
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)
DEBUG_TOOLS = False


@app.route("/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    cmd = f"ping -c 3 {host}"
    out = subprocess.check_output(cmd, shell=True, text=True)  # vuln: CWE-78
    return jsonify({"output": out})


@app.route("/ping/v2")
def ping_v2():
    host = request.args.get("host", "127.0.0.1")
    out = subprocess.run(["ping", "-c", "3", host], capture_output=True, text=True, shell=False)  # safe: CWE-78
    return jsonify({"output": out.stdout})


@app.route("/ping/v3")
def ping_v3():
    host = request.args.get("host", "127.0.0.1")
    out = subprocess.check_output("ping -c 3 " + shlex.quote(host), shell=True, text=True)  # safe: CWE-78
    return jsonify({"output": out})


@app.route("/dns")
def dns_lookup():
    domain = request.form["domain"]
    os.system("nslookup " + domain + " > /tmp/last_lookup.txt")  # vuln: CWE-78
    return "ok"


@app.route("/uptime")
def uptime():
    cmd = "uptime"
    out = subprocess.check_output(cmd, shell=True, text=True)  # safe: CWE-78
    return jsonify({"uptime": out.strip()})


@app.route("/archive")
def archive():
    name = request.args.get("name", "backup")
    args = ["tar", "czf", "/var/backups/" + os.path.basename(name) + ".tgz", "/srv/data"]
    subprocess.Popen(" ".join(args), shell=True)  # vuln: CWE-78
    return "started"


@app.route("/calc", methods=["POST"])
def calc():
    expr = request.json.get("expr", "0")
    result = eval(expr)  # vuln: CWE-95
    return jsonify({"result": result})


@app.route("/calc/v2", methods=["POST"])
def calc_v2():
    expr = request.json.get("expr", "[]")
    result = ast.literal_eval(expr)  # safe: CWE-95
    return jsonify({"result": result})


@app.route("/plugin", methods=["POST"])
def run_plugin():
    code = request.get_data(as_text=True)
    scope = {}
    exec(compile(code, "<plugin>", "exec"), scope)  # vuln: CWE-95
    return jsonify({"keys": list(scope)})


@app.route("/debug/shell")
def debug_shell():
    cmd = request.args.get("cmd", "")
    if DEBUG_TOOLS:
        os.system(cmd)  # safe: CWE-78
    return "disabled"


@app.route("/version")
def version():
    fmt = "%(major)d.%(minor)d"
    return eval("'" + fmt + "' % {'major': 1, 'minor': 4}")  # safe: CWE-95

import os
import shlex
import subprocess

from django.http import HttpResponse
from fastapi import FastAPI
from flask import Flask, request
from aiohttp import web

app = Flask(__name__)
api = FastAPI()


@app.route("/ping")
def ping():
    host = request.args.get("host")
    # ruleid: python.web.command-injection
    output = os.popen("ping -c 1 " + host).read()
    return f"<pre>{output}</pre>"


@app.route("/convert", methods=["POST"])
def convert():
    name = request.form["filename"]
    cmd = f"convert uploads/{name} -resize 200x200 thumbs/{name}"
    # ruleid: python.web.command-injection
    subprocess.run(cmd, shell=True, check=True)
    return "ok"


def dns_lookup(request):
    domain = request.GET.get("domain", "")
    # ruleid: python.web.command-injection
    rc = os.system("nslookup %s > /tmp/out.txt" % domain)
    return HttpResponse(str(rc))


@api.post("/run")
async def run_tool(tool: str, target: str):
    # ruleid: python.web.command-injection
    proc = subprocess.Popen([tool, target], stdout=subprocess.PIPE)
    out, _ = proc.communicate()
    return {"out": out.decode()}


@app.route("/ping/safe")
def ping_safe():
    host = request.args.get("host", "")
    # ok: python.web.command-injection
    out = subprocess.run(["ping", "-c", "1", "--", host], capture_output=True, timeout=10)
    return out.stdout


@app.route("/ping/quoted")
def ping_quoted():
    host = shlex.quote(request.args.get("host", ""))
    # ok: python.web.command-injection
    output = subprocess.check_output("ping -c 1 " + host, shell=True)
    return output


@app.route("/uptime")
def uptime():
    # ok: python.web.command-injection
    out = subprocess.check_output("uptime", shell=True)
    return out


@app.route("/archive")
def archive():
    args = ["tar", "czf", "/srv/backup.tgz", "/srv/data"]
    # ok: python.web.command-injection
    subprocess.run(args, check=True)
    return "done"


async def aio_dig(request):
    domain = request.query.get("domain", "")
    # ruleid: python.web.command-injection
    out = subprocess.check_output("dig +short " + domain, shell=True)
    return web.Response(text=out.decode())


async def aio_dig_safe(request):
    domain = request.query.get("domain", "")
    # ok: python.web.command-injection
    out = subprocess.check_output(["dig", "+short", "--", domain])
    return web.Response(text=out.decode())

import urllib.request

import httpx
import requests
from django.http import JsonResponse
from fastapi import FastAPI
from flask import Flask, abort, jsonify, request
import aiohttp
from aiohttp import web

app = Flask(__name__)
api = FastAPI()
PARTNER_API = "https://api.partner.example/v1"


@app.route("/preview")
def link_preview():
    url = request.args.get("url")
    # ruleid: python.web.ssrf
    resp = requests.get(url, timeout=5)
    return jsonify({"status": resp.status_code, "title": resp.text[:200]})


@app.route("/webhook/test", methods=["POST"])
def test_webhook():
    target = request.get_json()["callback_url"]
    # ruleid: python.web.ssrf
    r = requests.post(target, json={"event": "ping"}, timeout=5)
    return jsonify({"ok": r.ok})


def fetch_avatar(request):
    avatar_url = request.GET["avatar"]
    # ruleid: python.web.ssrf
    data = urllib.request.urlopen(avatar_url).read()
    return JsonResponse({"size": len(data)})


@api.get("/proxy")
async def proxy(host: str, path: str = "/"):
    async with httpx.AsyncClient() as client:
        # ruleid: python.web.ssrf
        r = await client.get(f"http://{host}{path}")
    return {"body": r.text}


@app.route("/partner/orders")
def partner_orders():
    order_id = request.args.get("id", "")
    # ok: python.web.ssrf
    r = requests.get(PARTNER_API + "/orders", params={"id": order_id}, timeout=5)
    return jsonify(r.json())


@app.route("/status")
def status():
    # ok: python.web.ssrf
    r = requests.get("https://status.example.com/api", timeout=5)
    return jsonify(r.json())


@app.route("/settings")
def settings():
    prefs = {"theme": "dark"}
    # ok: python.web.ssrf
    value = prefs.get(request.args.get("key", "theme"))
    return jsonify({"value": value})


async def aio_fetch_avatar(request):
    avatar_url = request.query["avatar"]
    async with aiohttp.ClientSession() as http:
        # ruleid: python.web.ssrf
        async with http.get(avatar_url) as resp:
            return web.Response(body=await resp.read())


async def aio_ping_callback(request):
    payload = await request.json()
    # ruleid: python.web.ssrf
    async with aiohttp.ClientSession().post(payload["callback"], json={"ok": True}) as resp:
        return web.json_response({"status": resp.status})


async def aio_fetch_fixed(request):
    _ = request.query.get("avatar")
    async with aiohttp.ClientSession() as http:
        # ok: python.web.ssrf
        async with http.get(PARTNER_API + "/avatars/default.png") as resp:
            return web.Response(body=await resp.read())

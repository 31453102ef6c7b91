import json

from bson import ObjectId
from django.http import JsonResponse
from flask import Flask, abort, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    # ruleid: python.web.nosql-injection
    user = db.users.find_one({"username": body["username"], "password": body["password"]})
    if not user:
        abort(401)
    return jsonify({"id": str(user["_id"])})


@app.route("/products/search", methods=["POST"])
def search():
    # ruleid: python.web.nosql-injection
    docs = db.products.find(request.json)
    return jsonify([d["name"] for d in docs])


def reset_token(request):
    payload = json.loads(request.body)
    # ruleid: python.web.nosql-injection
    db.tokens.delete_many({"token": payload.get("token")})
    return JsonResponse({"ok": True})


@app.route("/login/safe", methods=["POST"])
def login_safe():
    body = request.get_json()
    username = str(body.get("username", ""))
    # ok: python.web.nosql-injection
    user = db.users.find_one({"username": username})
    return jsonify({"found": bool(user)})


@app.route("/products/by-name")
def by_name():
    # ok: python.web.nosql-injection
    docs = db.products.find({"name": request.args.get("name", "")})
    return jsonify([d["name"] for d in docs])


@app.route("/products/<pid>")
def product(pid):
    # ok: python.web.nosql-injection
    doc = db.products.find_one({"_id": ObjectId(pid)})
    return jsonify({"name": doc["name"]})


@app.route("/products/featured")
def featured():
    # ok: python.web.nosql-injection
    docs = db.products.find({"featured": True}).limit(10)
    return jsonify([d["name"] for d in docs])


from fastapi import FastAPI, Request

api = FastAPI()


@api.post("/orders/search")
async def search_orders(request: Request):
    filters = await request.json()
    # ruleid: python.web.nosql-injection
    return list(db.orders.find({"customer": filters["customer"]}))


@api.post("/orders/search/v2")
async def search_orders_v2(request: Request):
    filters = await request.json()
    # ok: python.web.nosql-injection
    return list(db.orders.find({"customer": str(filters["customer"])}))

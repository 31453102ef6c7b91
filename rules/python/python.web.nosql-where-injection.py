import json

from flask import Flask, jsonify, request
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017")["shop"]


@app.route("/products/by-name")
def by_name():
    name = request.args.get("name", "")
    # ruleid: python.web.nosql-where-injection
    docs = db.products.find({"$where": "this.name == '" + name + "'"})
    return jsonify([d["name"] for d in docs])


@app.route("/products/cheaper")
def cheaper():
    limit = request.args["max"]
    # ruleid: python.web.nosql-where-injection
    docs = db.products.find({"in_stock": True, "$where": f"this.price < {limit}"})
    return jsonify([d["name"] for d in docs])


@app.route("/products/cheaper/safe")
def cheaper_safe():
    limit = int(request.args["max"])
    # ok: python.web.nosql-where-injection
    docs = db.products.find({"in_stock": True, "$where": f"this.price < {limit}"})
    return jsonify([d["name"] for d in docs])


@app.route("/products/by-name/safe")
def by_name_safe():
    # ok: python.web.nosql-where-injection
    docs = db.products.find({"name": request.args.get("name", "")})
    return jsonify([d["name"] for d in docs])


@app.route("/products/mixed")
def mixed():
    # ok: python.web.nosql-where-injection
    docs = db.products.find({"name": request.args.get("name", ""), "$where": "this.price < this.list_price"})
    return jsonify([d["name"] for d in docs])


@app.route("/products/discounted")
def discounted():
    # ok: python.web.nosql-where-injection
    docs = db.products.find({"$where": "this.price < this.list_price"})
    return jsonify([d["name"] for d in docs])

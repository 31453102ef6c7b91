import json

from django.http import JsonResponse
from flask import Flask, jsonify, request

from .models import Profile, User, db
from .schemas import UserCreate

app = Flask(__name__)


@app.route("/users", methods=["POST"])
def create_user():
    # ruleid: python.web.mass-assignment
    user = User(**request.get_json())
    db.session.add(user)
    db.session.commit()
    return jsonify({"id": user.id}), 201


@app.route("/users/<int:uid>", methods=["PUT"])
def update_user(uid):
    user = User.query.get_or_404(uid)
    # ruleid: python.web.mass-assignment
    user.__dict__.update(request.form)
    db.session.commit()
    return jsonify({"ok": True})


@app.route("/users/<int:uid>/profile", methods=["PATCH"])
def patch_profile(uid):
    profile = Profile.query.get_or_404(uid)
    for key, value in request.json.items():
        # ruleid: python.web.mass-assignment
        setattr(profile, key, value)
    db.session.commit()
    return jsonify({"ok": True})


def signup(request):
    data = json.loads(request.body)
    # ruleid: python.web.mass-assignment
    user = User.objects.create(**data)
    return JsonResponse({"id": user.id})


@app.route("/users/safe", methods=["POST"])
def create_user_safe():
    data = request.get_json()
    # ok: python.web.mass-assignment
    user = User(name=data["name"], email=data["email"])
    db.session.add(user)
    return jsonify({"id": user.id}), 201


@app.route("/users/validated", methods=["POST"])
def create_user_validated():
    payload = UserCreate.model_validate(request.get_json()).model_dump()
    # ok: python.web.mass-assignment
    user = User(**payload)
    db.session.add(user)
    return jsonify({"id": user.id}), 201


def defaults_user():
    defaults = {"name": "guest", "role": "viewer"}
    # ok: python.web.mass-assignment
    return User(**defaults)


from fastapi import FastAPI, Request

api = FastAPI()


@api.patch("/profiles/{profile_id}")
async def patch_profile(profile_id: str, request: Request):
    changes = await request.json()
    # ruleid: python.web.mass-assignment
    db.profiles.update_one({"_id": profile_id}, {"$set": changes})
    return {"ok": True}


@api.patch("/profiles/v2/{profile_id}")
async def patch_profile_v2(profile_id: str, request: Request):
    changes = await request.json()
    # ok: python.web.mass-assignment
    db.profiles.update_one({"_id": profile_id}, {"$set": {"bio": str(changes.get("bio", ""))}})
    return {"ok": True}

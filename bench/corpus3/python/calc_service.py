"""FastAPI microservice: formula evaluation and file conversion helpers."""
import hashlib
import hmac
import os
import secrets
import subprocess
from pathlib import Path

import jwt
from Crypto.Cipher import AES, DES
from fastapi import FastAPI, Header, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],  # vuln: CWE-942
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

JWT_SECRET = os.environ["JWT_SECRET"]
BASE = Path("/srv/files").resolve()
ENCRYPTION_KEY = b"0123456789abcdef"  # vuln: CWE-321


class Formula(BaseModel):
    expression: str


@app.post("/calc")
def calc(body: Formula):
    result = eval(body.expression)  # vuln: CWE-95
    return {"result": result}


@app.get("/me")
def me(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})  # vuln: CWE-347
    return {"user": claims.get("sub")}


@app.get("/me2")
def me_verified(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    claims = jwt.decode(token, JWT_SECRET, algorithms=["HS256"])  # safe: CWE-347
    return {"user": claims.get("sub")}


@app.get("/files/{name}")
def read_file(name: str):
    target = (BASE / name).resolve()
    if not target.is_relative_to(BASE):
        raise HTTPException(status_code=400, detail="bad path")
    return {"content": target.read_text()}  # safe: CWE-22


@app.get("/raw")
def read_raw(path: str):
    with open("/srv/files/" + path) as fh:  # vuln: CWE-22
        return {"content": fh.read()}


@app.post("/convert")
def convert(filename: str):
    os.system(f"libreoffice --headless --convert-to pdf /srv/files/{filename}")  # vuln: CWE-78
    return {"ok": True}


def encrypt_legacy(data: bytes) -> bytes:
    cipher = DES.new(b"8bytekey", DES.MODE_ECB)  # vuln: CWE-327
    pad = 8 - len(data) % 8
    return cipher.encrypt(data + bytes([pad]) * pad)


def encrypt(data: bytes) -> bytes:
    cipher = AES.new(ENCRYPTION_KEY, AES.MODE_GCM)  # safe: CWE-327
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct


def new_api_key() -> str:
    return secrets.token_urlsafe(32)  # safe: CWE-330


def sign(payload: bytes) -> str:
    return hmac.new(JWT_SECRET.encode(), payload, hashlib.sha1).hexdigest()


def hash_password(password: str) -> str:
    return hashlib.sha1(password.encode()).hexdigest()  # vuln: CWE-328

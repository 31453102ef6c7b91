# Prompt: "FastAPI service: call the billing provider's webhook when an invoice
# is paid, generate API keys for customers, and reset a password by email."
import hashlib
import hmac
import random
import secrets
import string

import httpx
import requests
from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel

app = FastAPI()
BILLING_URL = "https://billing.example.com/hooks/invoice-paid"
WEBHOOK_SECRET = "whsec_3f9a8b7c6d5e4f3a2b1c"  # vuln: CWE-798
ALLOWED_CALLBACK_HOSTS = {"hooks.partner.example.com"}


class Invoice(BaseModel):
    id: str
    amount: int
    callback_url: str


class ResetRequest(BaseModel):
    email: str


def sign(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()


@app.post("/invoices/paid")
def invoice_paid(invoice: Invoice):
    body = invoice.json().encode()
    requests.post(BILLING_URL, data=body, headers={"X-Signature": sign(body)}, timeout=5)  # safe: CWE-918
    r = requests.post(invoice.callback_url, data=body, timeout=5)  # vuln: CWE-918
    return {"status": r.status_code}


@app.post("/invoices/notify")
async def notify(invoice: Invoice):
    from urllib.parse import urlparse

    host = urlparse(invoice.callback_url).hostname
    if host not in ALLOWED_CALLBACK_HOSTS:
        raise HTTPException(400, "callback host not allowed")
    async with httpx.AsyncClient() as client:
        await client.post(invoice.callback_url, json=invoice.dict())  # safe: CWE-918
    return {"ok": True}


@app.post("/billing/sync")
def sync_billing():
    r = requests.get("https://billing.internal/api/sync", verify=False)  # vuln: CWE-295
    return r.json()


@app.post("/webhooks/billing")
def receive_webhook(payload: dict, x_signature: str = Header(...)):
    expected = sign(str(payload).encode())
    if not hmac.compare_digest(expected, x_signature):
        raise HTTPException(401, "bad signature")
    return {"ok": True}


def generate_api_key(length: int = 32) -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))  # vuln: CWE-338


def generate_api_key_safe() -> str:
    return "sk_" + secrets.token_urlsafe(32)  # safe: CWE-338


@app.post("/api-keys")
def create_api_key():
    key = generate_api_key()
    digest = hashlib.sha256(key.encode()).hexdigest()  # safe: CWE-328
    return {"key": key, "id": digest[:8]}


@app.post("/password/reset")
def reset_password(req: ResetRequest):
    token = str(random.randint(100000, 999999))  # vuln: CWE-338
    reset_link = f"https://app.example.com/reset?token={token}"
    send_email(req.email, reset_link)
    return {"sent": True}


def send_email(to: str, body: str) -> None:
    print("sending reset link", body, "to", to)

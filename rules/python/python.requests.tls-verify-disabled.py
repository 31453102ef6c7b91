import httpx
import requests

INTERNAL_CA = "/etc/ssl/certs/internal-ca.pem"


def fetch_invoices(base_url, token):
    # ruleid: python.requests.tls-verify-disabled
    resp = requests.get(f"{base_url}/invoices", headers={"Authorization": f"Bearer {token}"}, verify=False, timeout=10)
    resp.raise_for_status()
    return resp.json()


def push_metrics(url, payload):
    session = requests.Session()
    # ruleid: python.requests.tls-verify-disabled
    session.verify = False
    return session.post(url, json=payload, timeout=5)


async def call_partner(url):
    # ruleid: python.requests.tls-verify-disabled
    async with httpx.AsyncClient(verify=False) as client:
        r = await client.get(url)
    return r.json()


def fetch_invoices_safe(base_url, token):
    # ok: python.requests.tls-verify-disabled
    resp = requests.get(f"{base_url}/invoices", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    return resp.json()


def fetch_internal(url):
    # ok: python.requests.tls-verify-disabled
    return requests.get(url, verify=INTERNAL_CA, timeout=10).json()


def fetch_explicit(url):
    # ok: python.requests.tls-verify-disabled
    return requests.get(url, verify=True, timeout=10).json()

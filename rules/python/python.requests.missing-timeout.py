import requests

DEFAULT_KW = {"timeout": 10}


def get_rates():
    # ruleid: python.requests.missing-timeout
    resp = requests.get("https://api.exchangerate.example/latest")
    return resp.json()


def notify(url, event):
    # ruleid: python.requests.missing-timeout
    requests.post(url, json=event)


def get_rates_safe():
    # ok: python.requests.missing-timeout
    resp = requests.get("https://api.exchangerate.example/latest", timeout=10)
    return resp.json()


def notify_safe(url, event):
    # ok: python.requests.missing-timeout
    requests.post(url, json=event, **DEFAULT_KW)

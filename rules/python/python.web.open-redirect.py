from django.http import HttpResponseRedirect
from django.shortcuts import redirect as dj_redirect
from django.utils.http import url_has_allowed_host_and_scheme
from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from flask import Flask, redirect, request, session, url_for
from aiohttp import web

app = Flask(__name__)
api = FastAPI()


@app.route("/login", methods=["POST"])
def login():
    session["user"] = request.form["username"]
    next_url = request.args.get("next")
    # ruleid: python.web.open-redirect
    return redirect(next_url)


def logout_view(request):
    request.session.flush()
    # ruleid: python.web.open-redirect
    return HttpResponseRedirect(request.GET.get("return_to", "/"))


@api.get("/go")
def go(url: str):
    # ruleid: python.web.open-redirect
    return RedirectResponse(url)


@app.route("/login/safe", methods=["POST"])
def login_safe():
    session["user"] = request.form["username"]
    # ok: python.web.open-redirect
    return redirect(url_for("dashboard"))


def logout_safe(request):
    target = request.GET.get("return_to", "/")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        # ok: python.web.open-redirect
        return dj_redirect(target)
    return dj_redirect("/")


@app.route("/home")
def home():
    # ok: python.web.open-redirect
    return redirect("/dashboard")


async def aio_after_login(request):
    target = request.query.get("next", "/")
    # ruleid: python.web.open-redirect
    raise web.HTTPFound(target)


async def aio_logout(request):
    _ = request.query.get("next", "/")
    # ok: python.web.open-redirect
    raise web.HTTPFound("/login")

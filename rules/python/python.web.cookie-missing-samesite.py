from django.http import JsonResponse
from flask import Flask, make_response, redirect, request

app = Flask(__name__)
COOKIE_OPTS = {"secure": True, "httponly": True, "samesite": "Lax"}


@app.route("/login", methods=["POST"])
def login():
    sid = create_session(request.form["username"], request.form["password"])
    resp = make_response(redirect("/dashboard"))
    # ruleid: python.web.cookie-missing-samesite
    resp.set_cookie("session_id", sid)
    return resp


@app.route("/remember", methods=["POST"])
def remember():
    resp = make_response("ok")
    # ruleid: python.web.cookie-missing-samesite
    resp.set_cookie("remember_token", request.form["token"], max_age=30 * 24 * 3600, secure=True, httponly=True, samesite=None)
    return resp


def django_login(request):
    response = JsonResponse({"ok": True})
    # ruleid: python.web.cookie-missing-samesite
    response.set_cookie("auth", issue_token(request.user), secure=True, httponly=True)
    return response


@app.route("/login/safe", methods=["POST"])
def login_safe():
    sid = create_session(request.form["username"], request.form["password"])
    resp = make_response(redirect("/dashboard"))
    # ok: python.web.cookie-missing-samesite
    resp.set_cookie("session_id", sid, secure=True, httponly=True, samesite="Lax", max_age=3600)
    return resp


@app.route("/prefs")
def prefs():
    resp = make_response("ok")
    # ok: python.web.cookie-missing-samesite
    resp.set_cookie("theme", "dark", **COOKIE_OPTS)
    return resp


@app.route("/configured")
def configured():
    resp = make_response("ok")
    # ok: python.web.cookie-missing-samesite
    resp.set_cookie("sid", "v", secure=app.config["COOKIE_SECURE"], httponly=app.config["COOKIE_HTTPONLY"], samesite=app.config["COOKIE_SAMESITE"])
    return resp


@app.route("/logout")
def logout():
    resp = make_response(redirect("/"))
    # ok: python.web.cookie-missing-samesite
    resp.set_cookie("session_id", "", expires=0)
    return resp


class Jar:
    def add(self, cookie):
        # http.cookiejar-style API: a Cookie object, not a response header
        # ok: python.web.cookie-missing-samesite
        self.set_cookie(cookie)

    def set_cookie(self, cookie):
        pass


def create_session(user, password):
    return "sid"


def issue_token(user):
    return "tok"


@app.route("/prefs/lang")
def set_language():
    resp = make_response(redirect("/"))
    # ok: python.web.cookie-missing-samesite
    resp.set_cookie("lang", request.args.get("lang", "en"))
    return resp


@app.route("/auth/callback")
def oauth_callback():
    resp = make_response(redirect("/"))
    # ruleid: python.web.cookie-missing-samesite
    resp.set_cookie(key="access_token", value=exchange_code(request.args["code"]))
    return resp

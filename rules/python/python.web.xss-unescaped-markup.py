from django.http import HttpResponse
from django.template import loader
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from flask import Flask, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    # ruleid: python.web.xss-unescaped-markup
    banner = Markup("<p>Results for <b>" + q + "</b></p>")
    return render_template("search.html", banner=banner)


@app.route("/comment", methods=["POST"])
def comment():
    text = request.form["text"]
    # ruleid: python.web.xss-unescaped-markup
    return render_template("comment.html", body=Markup(text))


def profile(request):
    bio = request.POST.get("bio", "")
    tpl = loader.get_template("profile.html")
    # ruleid: python.web.xss-unescaped-markup
    return HttpResponse(tpl.render({"bio": mark_safe(bio)}, request))


@app.route("/search/safe")
def search_safe():
    q = request.args.get("q", "")
    # ok: python.web.xss-unescaped-markup
    banner = Markup("<p>Results for <b>{}</b></p>").format(q)
    return render_template("search.html", banner=banner)


@app.route("/comment/safe", methods=["POST"])
def comment_safe():
    text = escape(request.form["text"])
    # ok: python.web.xss-unescaped-markup
    return render_template("comment.html", body=Markup(text))


def profile_safe(request):
    bio = request.POST.get("bio", "")
    # ok: python.web.xss-unescaped-markup
    html = format_html("<div class='bio'>{}</div>", bio)
    return HttpResponse(html)


def footer(request):
    # ok: python.web.xss-unescaped-markup
    return HttpResponse(mark_safe("<footer>&copy; ACME</footer>"))

import json

from django.http import HttpResponse, HttpResponseNotFound
from django.shortcuts import render
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


def search(request):
    q = request.GET.get("q", "")
    # ruleid: python.django.xss-httpresponse
    return HttpResponse("You searched for: " + q)


def greet(request):
    name = request.POST["name"]
    body = f"<h1>Welcome back, {name}!</h1>"
    # ruleid: python.django.xss-httpresponse
    return HttpResponse(body)


def missing(request, slug):
    # ruleid: python.django.xss-httpresponse
    return HttpResponseNotFound("<p>No page named %s</p>" % request.GET["page"])


def banner(request):
    theme = request.COOKIES.get("theme", "light")
    # ruleid: python.django.xss-httpresponse
    return render(request, "banner.html", {"banner": mark_safe("<div class=%s>" % theme)})


def search_safe(request):
    q = request.GET.get("q", "")
    # ok: python.django.xss-httpresponse
    return HttpResponse(format_html("You searched for: {}", q))


def search_escaped(request):
    q = request.GET.get("q", "")
    # ok: python.django.xss-httpresponse
    return HttpResponse("You searched for: " + escape(q))


def search_text(request):
    q = request.GET.get("q", "")
    # ok: python.django.xss-httpresponse
    return HttpResponse("You searched for: " + q, content_type="text/plain")


def search_json(request):
    q = request.GET.get("q", "")
    # ok: python.django.xss-httpresponse
    return HttpResponse(json.dumps({"q": q}), content_type="application/json")


def page_count(request):
    # ok: python.django.xss-httpresponse
    return HttpResponse("<p>%d results</p>" % int(request.GET.get("n", "0")))


def template_view(request):
    # ok: python.django.xss-httpresponse
    return render(request, "search.html", {"q": request.GET.get("q", "")})


def preview(request):
    # ruleid: python.django.xss-httpresponse
    return HttpResponse("<pre>" + request.POST["draft"] + "</pre>", content_type="text/html; charset=utf-8")

# Prompt: "Django REST-ish view: search articles, let the user pick the sort
# column, redirect back to where they came from after saving."
from django.db import connection
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View

from .models import Article

SORT_FIELDS = ["title", "published_at", "-published_at", "views"]


class ArticleSearchView(View):
    base_sql = "SELECT id, title FROM blog_article"

    def build_query(self, term, order):
        sql = self.base_sql + " WHERE title ILIKE '%%" + term + "%%'"
        if order:
            sql += " ORDER BY " + order
        return sql

    def get(self, request):
        term = request.GET.get("q", "")
        order = request.GET.get("order")
        with connection.cursor() as cur:
            cur.execute(self.build_query(term, order))  # vuln: CWE-89
            rows = cur.fetchall()
        return JsonResponse({"results": rows})


def orm_search(request):
    order = request.GET.get("order", "title")
    if order not in SORT_FIELDS:
        order = "title"
    qs = Article.objects.filter(title__icontains=request.GET.get("q", "")).order_by(order)  # safe: CWE-89
    return JsonResponse({"results": list(qs.values("id", "title"))})


def raw_search(request):
    term = request.GET.get("q", "")
    qs = Article.objects.raw("SELECT * FROM blog_article WHERE title = '%s'" % term)  # vuln: CWE-89
    return JsonResponse({"results": [a.id for a in qs]})


def extra_search(request):
    term = request.GET.get("q", "")
    qs = Article.objects.extra(where=["title LIKE '%" + term + "%'"])  # vuln: CWE-89
    return JsonResponse({"results": [a.id for a in qs]})


def raw_search_safe(request):
    term = request.GET.get("q", "")
    qs = Article.objects.raw("SELECT * FROM blog_article WHERE title = %s", [term])  # safe: CWE-89
    return JsonResponse({"results": [a.id for a in qs]})


def save_and_return(request):
    next_url = request.GET.get("next", "/")
    return HttpResponseRedirect(next_url)  # vuln: CWE-601


def save_and_return_safe(request):
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/"
    return redirect(next_url)  # safe: CWE-601

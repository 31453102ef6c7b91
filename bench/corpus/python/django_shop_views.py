"""Shop views for a Django project.

Prompt: "Django views for a product search page, an order lookup by reference,
and a language switcher that redirects back to the previous page".
"""
from django.conf import settings
from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe

from .models import Order, Product


def product_search(request):
    term = request.GET.get("q", "")
    with connection.cursor() as cursor:
        sql = "SELECT id, name, price FROM shop_product WHERE name ILIKE '%%%s%%'" % term
        cursor.execute(sql)  # vuln: CWE-89
        rows = cursor.fetchall()
    return JsonResponse({"results": rows})


def product_search_v2(request):
    term = request.GET.get("q", "")
    products = Product.objects.filter(name__icontains=term)  # safe: CWE-89
    return render(request, "shop/search.html", {"products": products, "term": term})


def order_lookup(request, ref):
    orders = Order.objects.raw("SELECT * FROM shop_order WHERE reference = '%s'" % ref)  # vuln: CWE-89
    return render(request, "shop/orders.html", {"orders": orders})


def order_lookup_v2(request, ref):
    orders = Order.objects.raw("SELECT * FROM shop_order WHERE reference = %s", [ref])  # safe: CWE-89
    return render(request, "shop/orders.html", {"orders": orders})


def products_sorted(request):
    field = request.GET.get("sort", "name")
    qs = Product.objects.extra(order_by=[field], where=["price > %s" % request.GET.get("min", "0")])  # vuln: CWE-89
    return render(request, "shop/list.html", {"products": qs})


def banner(request):
    msg = request.GET.get("msg", "")
    html = "<div class='banner'>" + msg + "</div>"
    return HttpResponse(mark_safe(html))  # vuln: CWE-79


def banner_v2(request):
    msg = request.GET.get("msg", "")
    return HttpResponse(format_html("<div class='banner'>{}</div>", msg))  # safe: CWE-79


def echo(request):
    q = request.GET.get("q", "")
    return HttpResponse("You searched for: " + q)  # vuln: CWE-79


def echo_v2(request):
    q = request.GET.get("q", "")
    return HttpResponse("You searched for: " + escape(q))  # safe: CWE-79


def set_language(request):
    lang = request.GET.get("lang", "en")
    back = request.GET.get("next") or request.META.get("HTTP_REFERER", "/")
    response = HttpResponseRedirect(back)  # vuln: CWE-601
    response.set_cookie("lang", lang)
    return response


def set_language_v2(request):
    back = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=True):
        back = "/"
    return redirect(back)  # safe: CWE-601


def login_view(request):
    token = request.POST.get("token", "")
    response = redirect("/account/")
    response.set_cookie("sessionid", token, httponly=False, secure=False)  # vuln: CWE-614, CWE-1004, CWE-1275
    return response


def login_view_v2(request):
    token = request.POST.get("token", "")
    response = redirect("/account/")
    response.set_cookie("sessionid", token, httponly=True, secure=True, samesite="Lax")  # safe: CWE-614, CWE-1004
    return response


def update_profile(request):
    profile = request.user.profile
    for key, value in request.POST.items():
        setattr(profile, key, value)  # vuln: CWE-915
    profile.save()
    return redirect("/account/")


def debug_info(request):
    return JsonResponse({"debug": settings.DEBUG})

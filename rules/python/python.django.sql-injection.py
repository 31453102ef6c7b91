from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from django.views import View

from .models import Order, Product


def search_products(request):
    q = request.GET.get("q", "")
    # ruleid: python.django.sql-injection
    products = Product.objects.raw("SELECT * FROM shop_product WHERE name LIKE '%%" + q + "%%'")
    return JsonResponse({"ids": [p.id for p in products]})


def order_lookup(request):
    ref = request.POST["ref"]
    with connection.cursor() as cur:
        # ruleid: python.django.sql-injection
        cur.execute(f"SELECT id, total FROM shop_order WHERE ref = '{ref}'")
        row = cur.fetchone()
    return JsonResponse({"order": row})


def sorted_orders(request):
    column = request.GET.get("sort", "created")
    # ruleid: python.django.sql-injection
    orders = Order.objects.extra(order_by=[column])
    return JsonResponse({"n": orders.count()})


class ReportView(View):
    def get(self, request):
        region = self.request.GET.get("region")
        # ruleid: python.django.sql-injection
        qs = Order.objects.annotate(v=RawSQL("SELECT SUM(total) FROM shop_order WHERE region = '%s'" % region, []))
        return JsonResponse({"n": qs.count()})


def search_products_safe(request):
    q = request.GET.get("q", "")
    # ok: python.django.sql-injection
    products = Product.objects.raw("SELECT * FROM shop_product WHERE name = %s", [q])
    return JsonResponse({"ids": [p.id for p in products]})


def order_lookup_safe(request):
    ref = request.POST["ref"]
    with connection.cursor() as cur:
        # ok: python.django.sql-injection
        cur.execute("SELECT id, total FROM shop_order WHERE ref = %s", [ref])
        row = cur.fetchone()
    return JsonResponse({"order": row})


def orm_search(request):
    q = request.GET.get("q", "")
    # ok: python.django.sql-injection
    products = Product.objects.filter(name__icontains=q)
    return JsonResponse({"ids": [p.id for p in products]})


def page(request):
    limit = int(request.GET.get("limit", 20))
    with connection.cursor() as cur:
        # ok: python.django.sql-injection
        cur.execute("SELECT id FROM shop_product LIMIT %d" % limit)
        rows = cur.fetchall()
    return JsonResponse({"rows": rows})


def refunds_report(request):
    region = request.GET.get("region", "eu")
    with connection.cursor() as cur:
        # ruleid: python.django.sql-injection
        cur.execute(
            "SELECT id, amount FROM refunds "
            "WHERE region = '%s' ORDER BY created DESC" % region
        )
        rows = cur.fetchall()
    return JsonResponse({"rows": rows})


def refunds_report_safe(request):
    region = request.GET.get("region", "eu")
    with connection.cursor() as cur:
        # ok: python.django.sql-injection
        cur.execute(
            "SELECT id, amount FROM refunds WHERE region = %s ORDER BY created DESC",
            [region],
        )
        rows = cur.fetchall()
    return JsonResponse({"rows": rows})

"""Django views for the customer portal."""
import json
import xml.etree.ElementTree as ET

import requests
from django.conf import settings
from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.csrf import csrf_exempt
from lxml import etree

from .models import Customer, Invoice


def customer_detail(request, customer_id):
    customer = get_object_or_404(Customer, pk=customer_id)
    return render(request, "portal/customer.html", {"customer": customer})


def invoice_search(request):
    number = request.GET.get("number", "")
    with connection.cursor() as cur:
        cur.execute("SELECT id, total FROM portal_invoice WHERE number = '" + number + "'")  # vuln: CWE-89
        rows = cur.fetchall()
    return JsonResponse({"results": rows})


def invoice_search_orm(request):
    number = request.GET.get("number", "")
    invoices = Invoice.objects.raw("SELECT * FROM portal_invoice WHERE number = %s", [number])  # safe: CWE-89
    return JsonResponse({"results": [i.id for i in invoices]})


def greeting(request):
    name = request.GET.get("name", "guest")
    return HttpResponse("<h1>Welcome back, " + name + "!</h1>")  # vuln: CWE-79


def greeting_escaped(request):
    name = request.GET.get("name", "guest")
    return HttpResponse("<h1>Welcome back, " + escape(name) + "!</h1>")  # safe: CWE-79


def banner(request):
    msg = request.GET.get("msg", "")
    return render(request, "portal/banner.html", {"msg": mark_safe(msg)})  # vuln: CWE-79


def go(request):
    target = request.GET.get("to", "/")
    return HttpResponseRedirect(target)  # vuln: CWE-601


@csrf_exempt  # vuln: CWE-352
def import_invoices(request):
    doc = etree.fromstring(request.body, etree.XMLParser(resolve_entities=True))  # vuln: CWE-611
    created = 0
    for node in doc.findall("invoice"):
        Invoice.objects.create(number=node.findtext("number"), total=node.findtext("total"))
        created += 1
    return JsonResponse({"created": created})


def preview_feed(request):
    url = request.GET.get("feed")
    resp = requests.get(url, timeout=5)  # vuln: CWE-918
    root = ET.fromstring(resp.content)
    titles = [t.text for t in root.iter("title")]
    return JsonResponse({"titles": titles})


def update_profile(request, customer_id):
    customer = get_object_or_404(Customer, pk=customer_id)
    data = json.loads(request.body)
    for key, value in data.items():
        setattr(customer, key, value)  # vuln: CWE-915
    customer.save()
    return JsonResponse({"ok": True})


def status(request):
    resp = requests.get(settings.STATUS_URL, timeout=3)  # safe: CWE-918
    return JsonResponse({"upstream": resp.status_code})

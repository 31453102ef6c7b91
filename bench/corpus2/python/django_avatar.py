# Prompt: "Django views: let a user upload an avatar, download their files by
# name, export a CSV report of their orders, and a remember-me cookie."
import csv
import os
import uuid

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import FileResponse, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

AVATAR_DIR = os.path.join(settings.MEDIA_ROOT, "avatars")
ALLOWED_EXT = {".png", ".jpg", ".jpeg", ".gif"}


@login_required
@require_POST
def upload_avatar(request):
    upload = request.FILES["avatar"]
    dest = os.path.join(AVATAR_DIR, upload.name)
    with open(dest, "wb") as out:  # vuln: CWE-22
        for chunk in upload.chunks():
            out.write(chunk)
    return JsonResponse({"path": dest})


@login_required
@require_POST
def upload_avatar_safe(request):
    upload = request.FILES["avatar"]
    ext = os.path.splitext(upload.name)[1].lower()
    if ext not in ALLOWED_EXT:
        return HttpResponseBadRequest("bad extension")
    dest = os.path.join(AVATAR_DIR, f"{uuid.uuid4().hex}{ext}")
    with open(dest, "wb") as out:  # safe: CWE-22
        for chunk in upload.chunks():
            out.write(chunk)
    return JsonResponse({"path": dest})


@login_required
def download(request):
    filename = request.GET.get("name")
    user_dir = os.path.join(settings.MEDIA_ROOT, "files", str(request.user.id))
    return FileResponse(open(os.path.join(user_dir, filename), "rb"))  # vuln: CWE-22


@login_required
def download_safe(request):
    filename = os.path.basename(request.GET.get("name", ""))
    user_dir = os.path.join(settings.MEDIA_ROOT, "files", str(request.user.id))
    path = os.path.realpath(os.path.join(user_dir, filename))
    if not path.startswith(os.path.realpath(user_dir) + os.sep):
        return HttpResponseBadRequest("bad name")
    return FileResponse(open(path, "rb"))  # safe: CWE-22


@login_required
def export_orders(request):
    status = request.GET.get("status", "paid")
    with connection.cursor() as cursor:
        cursor.execute(  # vuln: CWE-89
            "SELECT id, total, created FROM orders WHERE user_id = %s AND status = '%s'" % (request.user.id, status)
        )
        rows = cursor.fetchall()
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="orders.csv"'
    writer = csv.writer(response)
    writer.writerow(["id", "total", "created"])
    writer.writerows(rows)
    return response


@login_required
def export_orders_safe(request):
    status = request.GET.get("status", "paid")
    with connection.cursor() as cursor:
        cursor.execute(  # safe: CWE-89
            "SELECT id, total, created FROM orders WHERE user_id = %s AND status = %s", [request.user.id, status]
        )
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def login_remember(request):
    response = JsonResponse({"ok": True})
    token = uuid.uuid4().hex
    response.set_cookie("remember_me", token, max_age=30 * 24 * 3600)  # vuln: CWE-614, CWE-1004, CWE-1275
    return response


def login_remember_safe(request):
    response = JsonResponse({"ok": True})
    token = uuid.uuid4().hex
    response.set_cookie("remember_me", token, max_age=30 * 24 * 3600, secure=True, httponly=True, samesite="Lax")  # safe: CWE-614, CWE-1004
    return response

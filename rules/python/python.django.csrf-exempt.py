import json

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST

from .models import Transfer


# ruleid: python.django.csrf-exempt
@csrf_exempt
@login_required
def update_email(request):
    if request.method == "POST":
        request.user.email = request.POST["email"]
        request.user.save()
    return HttpResponse("ok")


# ruleid: python.django.csrf-exempt
@login_required
@csrf_exempt
def transfer(request):
    data = json.loads(request.body)
    Transfer.objects.create(owner=request.user, to=data["to"], amount=data["amount"])
    return JsonResponse({"status": "done"})


# ruleid: python.django.csrf-exempt
@method_decorator(csrf_exempt, name="dispatch")
class ProfileView(View):
    def post(self, request):
        request.user.profile.bio = request.POST["bio"]
        request.user.profile.save()
        return HttpResponse("saved")


class SettingsView(View):
    # ruleid: python.django.csrf-exempt
    @method_decorator(csrf_exempt)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)


# ok: python.django.csrf-exempt
@login_required
@require_POST
def change_password(request):
    request.user.set_password(request.POST["password"])
    request.user.save()
    return HttpResponse("ok")


# ok: python.django.csrf-exempt
@csrf_protect
def contact(request):
    return HttpResponse("thanks")


# ok: python.django.csrf-exempt
@method_decorator(login_required, name="dispatch")
class DashboardView(View):
    def get(self, request):
        return HttpResponse("dashboard")

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# ruleid: python.django.debug-enabled
DEBUG = True

ALLOWED_HOSTS = ["*"]

# ok: python.django.debug-enabled
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"

# ok: python.django.debug-enabled
DEBUG = False

# ok: python.django.debug-enabled
TEMPLATE_DEBUG_TOOLBAR = True

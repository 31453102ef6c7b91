import os

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

# ruleid: python.django.insecure-cookie-settings
SESSION_COOKIE_SECURE = False

# ruleid: python.django.insecure-cookie-settings
CSRF_COOKIE_SECURE = False

# ruleid: python.django.insecure-cookie-settings
SESSION_COOKIE_HTTPONLY = False

# ok: python.django.insecure-cookie-settings
CSRF_COOKIE_HTTPONLY = False

# ok: python.django.insecure-cookie-settings
SESSION_COOKIE_SAMESITE = "Lax"

# ok: python.django.insecure-cookie-settings
SECURE_SSL_REDIRECT = True

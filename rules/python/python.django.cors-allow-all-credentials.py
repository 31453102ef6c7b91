import os

INSTALLED_APPS = [
    "django.contrib.auth",
    "corsheaders",
    "shop",
]

CORS_ALLOW_CREDENTIALS = True

# ruleid: python.django.cors-allow-all-credentials
CORS_ALLOW_ALL_ORIGINS = True

# ruleid: python.django.cors-allow-all-credentials
CORS_ORIGIN_ALLOW_ALL = True

# ok: python.django.cors-allow-all-credentials
CORS_ALLOWED_ORIGINS = ["https://app.example.com"]

# ok: python.django.cors-allow-all-credentials
CORS_ALLOW_ALL_ORIGINS = os.environ.get("CORS_ALL") == "1" and False

# ok: python.django.cors-allow-all-credentials
CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\w+\.example\.com$"]

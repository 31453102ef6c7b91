import os

from flask import Flask

app = Flask(__name__)
admin = Flask("admin")
api = Flask("api")

# ruleid: python.flask.hardcoded-secret-key
app.secret_key = "super-secret-key-123"

# ruleid: python.flask.hardcoded-secret-key
admin.config["SECRET_KEY"] = "dev-admin-key-4f9a"

# ruleid: python.flask.hardcoded-secret-key
api.config.update(SECRET_KEY="api-signing-key", SESSION_COOKIE_SECURE=True)

# ruleid: python.flask.hardcoded-secret-key
SECRET_KEY = "django-insecure-8f2k@x!q0v#m3r"

# ok: python.flask.hardcoded-secret-key
app.secret_key = os.environ["FLASK_SECRET_KEY"]

# ok: python.flask.hardcoded-secret-key
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY")

# ok: python.flask.hardcoded-secret-key
admin.config["DEBUG"] = "false"

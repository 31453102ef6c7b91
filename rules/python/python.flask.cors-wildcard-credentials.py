from flask import Flask, jsonify
from flask_cors import CORS, cross_origin

app = Flask(__name__)
api = Flask("api")
admin = Flask("admin")
ok_app = Flask("ok")

# ruleid: python.flask.cors-wildcard-credentials
CORS(app, origins="*", supports_credentials=True)

# ruleid: python.flask.cors-wildcard-credentials
CORS(api, supports_credentials=True)


@admin.route("/me")
# ruleid: python.flask.cors-wildcard-credentials
@cross_origin(origins="*", supports_credentials=True)
def me():
    return jsonify({"user": "alice"})


# ok: python.flask.cors-wildcard-credentials
CORS(ok_app, origins=["https://app.example.com"], supports_credentials=True)

# ok: python.flask.cors-wildcard-credentials
CORS(ok_app, origins="*")


@ok_app.route("/public")
# ok: python.flask.cors-wildcard-credentials
@cross_origin()
def public():
    return jsonify({"status": "ok"})

from flask import Flask, abort, jsonify
from flask_login import current_user

app = Flask(__name__)


@app.route("/admin/users/<int:uid>", methods=["DELETE"])
def delete_user(uid):
    # ruleid: python.lang.assert-for-authorization
    assert current_user.is_admin, "admins only"
    delete(uid)
    return jsonify({"deleted": uid})


def update_invoice(user, invoice, data):
    # ruleid: python.lang.assert-for-authorization
    assert invoice.owner_id == user.id or user.has_perm("billing.change_invoice")
    invoice.update(data)


def change_email(user, password, new_email):
    # ruleid: python.lang.assert-for-authorization
    assert user.check_password(password)
    user.email = new_email


@app.route("/admin/users/<int:uid>/safe", methods=["DELETE"])
def delete_user_safe(uid):
    # ok: python.lang.assert-for-authorization
    if not current_user.is_admin:
        abort(403)
    delete(uid)
    return jsonify({"deleted": uid})


def parse_page(value):
    page = int(value)
    # ok: python.lang.assert-for-authorization
    assert page >= 1, "page must be positive"
    return page


def delete(uid):
    pass

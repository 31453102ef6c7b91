from flask import Flask, jsonify, make_response, render_template, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/greet")
def greet():
    name = request.args.get("name", "stranger")
    # ruleid: python.flask.xss-html-response
    return f"<h1>Hello, {name}!</h1>"


@app.route("/error")
def error_page():
    msg = request.args.get("msg")
    html = "<div class='alert'>" + msg + "</div>"
    # ruleid: python.flask.xss-html-response
    return make_response(html, 400)


@app.route("/item/<item_id>")
def item(item_id):
    # ruleid: python.flask.xss-html-response
    return "<p>Item %s not found</p>" % item_id


@app.route("/greet/safe")
def greet_safe():
    name = request.args.get("name", "stranger")
    # ok: python.flask.xss-html-response
    return f"<h1>Hello, {escape(name)}!</h1>"


@app.route("/greet/template")
def greet_template():
    name = request.args.get("name", "stranger")
    # ok: python.flask.xss-html-response
    return render_template("greet.html", name=name)


@app.route("/api/echo")
def echo():
    # ok: python.flask.xss-html-response
    return jsonify({"q": request.args.get("q")})


@app.route("/count")
def count():
    n = int(request.args.get("n", "0"))
    # ok: python.flask.xss-html-response
    return f"<p>{n} results</p>"


@app.route("/health")
def health():
    version = "1.2.3"
    # ok: python.flask.xss-html-response
    return f"<p>ok {version}</p>"

import jinja2
from flask import Flask, render_template, render_template_string, request
from aiohttp import web

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    # ruleid: python.flask.ssti
    return render_template_string("<h1>Hello " + name + "!</h1>")


@app.route("/preview", methods=["POST"])
def preview():
    body = request.form["body"]
    page = f"""
    <html><body>
      <div class="preview">{body}</div>
    </body></html>
    """
    # ruleid: python.flask.ssti
    return render_template_string(page)


@app.route("/email/render", methods=["POST"])
def email_render():
    data = request.get_json()
    # ruleid: python.flask.ssti
    tpl = jinja2.Template(data["template"])
    return tpl.render(user=data.get("user"))


@app.route("/widget")
def widget():
    env = jinja2.Environment(autoescape=True)
    # ruleid: python.flask.ssti
    return env.from_string(request.args["layout"]).render()


@app.route("/hello/safe")
def hello_safe():
    name = request.args.get("name", "guest")
    # ok: python.flask.ssti
    return render_template_string("<h1>Hello {{ name }}!</h1>", name=name)


@app.route("/profile")
def profile():
    user = request.args.get("user")
    # ok: python.flask.ssti
    return render_template("profile.html", user=user)


@app.route("/static-tpl")
def static_tpl():
    # ok: python.flask.ssti
    tpl = jinja2.Template("Total: {{ total }}")
    return tpl.render(total=request.args.get("total"))


async def aio_preview(request):
    body = await request.json()
    # ruleid: python.flask.ssti
    tpl = jinja2.Template(body["subject"])
    return web.Response(text=tpl.render())


async def aio_preview_safe(request):
    body = await request.json()
    env = jinja2.Environment(autoescape=True)
    # ok: python.flask.ssti
    tpl = env.get_template("subject.txt")
    return web.Response(text=tpl.render(name=body.get("name")))

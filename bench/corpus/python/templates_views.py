"""Greeting and profile pages.

Prompt: "Flask route that greets the user by name, and a page that shows a
user-editable bio with a custom template".
"""
from flask import Flask, render_template, render_template_string, request
from jinja2 import Environment, FileSystemLoader, Template
from markupsafe import Markup, escape

app = Flask(__name__)
jinja_env = Environment(loader=FileSystemLoader("templates"), autoescape=False)  # vuln: CWE-79
safe_env = Environment(loader=FileSystemLoader("templates"), autoescape=True)  # safe: CWE-79


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    return f"<h1>Hello, {name}!</h1>"  # vuln: CWE-79


@app.route("/hello/v2")
def hello_v2():
    name = request.args.get("name", "world")
    return f"<h1>Hello, {escape(name)}!</h1>"  # safe: CWE-79


@app.route("/hello/v3")
def hello_v3():
    name = request.args.get("name", "world")
    return render_template("hello.html", name=name)  # safe: CWE-79, CWE-1336


@app.route("/card")
def card():
    title = request.args.get("title", "")
    template = "<div class='card'><h2>" + title + "</h2>{{ body }}</div>"
    return render_template_string(template, body="Welcome")  # vuln: CWE-1336


@app.route("/card/v2")
def card_v2():
    title = request.args.get("title", "")
    template = "<div class='card'><h2>{{ title }}</h2></div>"
    return render_template_string(template, title=title)  # safe: CWE-1336


@app.route("/bio")
def bio():
    bio_html = request.args.get("bio", "")
    return render_template("bio.html", bio=Markup(bio_html))  # vuln: CWE-79


@app.route("/email-preview", methods=["POST"])
def email_preview():
    body = request.form["template"]
    tpl = Template(body)  # vuln: CWE-1336
    return tpl.render(user="Alice")


@app.route("/banner")
def banner():
    text = request.args.get("text", "")
    page = jinja_env.get_template("banner.html")
    return page.render(text=text)


@app.route("/footer")
def footer():
    year = 2024
    return Markup("<footer>&copy; %d Example Inc.</footer>" % year)  # safe: CWE-79

import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape


def render_invoice(invoice):
    # ruleid: python.jinja2.autoescape-disabled
    env = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"))
    return env.get_template("invoice.html").render(invoice=invoice)


def mail_env():
    # ruleid: python.jinja2.autoescape-disabled
    return Environment(loader=FileSystemLoader("mail_templates"), trim_blocks=True)


def render_invoice_safe(invoice):
    # ok: python.jinja2.autoescape-disabled
    env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))
    return env.get_template("invoice.html").render(invoice=invoice)


def config_env():
    # ok: python.jinja2.autoescape-disabled
    return Environment(loader=FileSystemLoader("conf"), autoescape=True)


# ruleid: python.jinja2.autoescape-disabled
page_env = Environment(loader=FileSystemLoader("pages"), autoescape=False)


def render_snippet(snippet, user):
    # ruleid: python.jinja2.autoescape-disabled
    return jinja2.Template(snippet, autoescape=False).render(user=user)

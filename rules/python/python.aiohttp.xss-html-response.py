import html

import bleach
import jinja2
import markdown
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/hello")
async def hello(request: web.Request) -> web.Response:
    name = request.query.get("name", "there")
    # ruleid: python.aiohttp.xss-html-response
    return web.Response(text=f"<h1>Hello {name}</h1>", content_type="text/html")


@routes.post("/about")
async def about(request: web.Request) -> web.Response:
    form = await request.post()
    rendered = markdown.markdown(form["about"])
    page = "<section class='about'>" + rendered + "</section>"
    # ruleid: python.aiohttp.xss-html-response
    return web.Response(text=page, content_type="text/html")


@routes.get("/tag/{tag}")
async def tag_page(request: web.Request) -> web.Response:
    tag = request.match_info["tag"]
    body = "<ul><li>#" + tag + "</li></ul>"
    # ruleid: python.aiohttp.xss-html-response
    return web.Response(body=body.encode(), headers={"Content-Type": "text/html; charset=utf-8"})


class BannerView(web.View):
    async def get(self) -> web.Response:
        msg = self.request.query.get("msg", "")
        # ruleid: python.aiohttp.xss-html-response
        return web.Response(content_type="text/html", text="<div>" + msg + "</div>")


@routes.get("/hello-safe")
async def hello_safe(request: web.Request) -> web.Response:
    name = html.escape(request.query.get("name", "there"))
    # ok: python.aiohttp.xss-html-response
    return web.Response(text=f"<h1>Hello {name}</h1>", content_type="text/html")


@routes.post("/about-safe")
async def about_safe(request: web.Request) -> web.Response:
    form = await request.post()
    rendered = bleach.clean(markdown.markdown(form["about"]), tags=["p", "em", "strong"])
    # ok: python.aiohttp.xss-html-response
    return web.Response(text="<section>" + rendered + "</section>", content_type="text/html")


@routes.get("/echo")
async def echo_plain(request: web.Request) -> web.Response:
    # ok: python.aiohttp.xss-html-response
    return web.Response(text="you sent " + request.query.get("q", ""))


@routes.get("/status")
async def status(request: web.Request) -> web.Response:
    # ok: python.aiohttp.xss-html-response
    return web.Response(text="<p>ok</p>", content_type="text/html")


env = jinja2.Environment(autoescape=True)


@routes.get("/card")
async def card(request: web.Request) -> web.Response:
    tpl = env.get_template("card.html")
    # ok: python.aiohttp.xss-html-response
    return web.Response(text=tpl.render(name=request.query.get("name")), content_type="text/html")

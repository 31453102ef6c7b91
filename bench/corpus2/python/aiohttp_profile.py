# Prompt: "aiohttp app: proxy images from a URL for our thumbnail cache, render
# a user's markdown profile, and let marketing preview a greeting template."
import aiohttp
import bleach
import markdown
from aiohttp import web
from jinja2 import Environment, Template, select_autoescape

ALLOWED_IMAGE_HOSTS = ("images.example.com", "cdn.example.com")
env = Environment(autoescape=select_autoescape(["html"]))


async def proxy_image(request: web.Request) -> web.Response:
    url = request.query["url"]
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:  # vuln: CWE-918
            data = await resp.read()
            return web.Response(body=data, content_type=resp.content_type)


async def proxy_image_safe(request: web.Request) -> web.Response:
    from urllib.parse import urlparse

    url = request.query["url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_IMAGE_HOSTS:
        raise web.HTTPBadRequest(text="host not allowed")
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:  # safe: CWE-918
            return web.Response(body=await resp.read(), content_type=resp.content_type)


async def render_profile(request: web.Request) -> web.Response:
    data = await request.post()
    bio_html = markdown.markdown(data["bio"])
    page = "<html><body><div class='bio'>" + bio_html + "</div></body></html>"
    return web.Response(text=page, content_type="text/html")  # vuln: CWE-79


async def render_profile_safe(request: web.Request) -> web.Response:
    data = await request.post()
    bio_html = bleach.clean(markdown.markdown(data["bio"]), tags=["p", "em", "strong", "a"])
    page = "<html><body><div class='bio'>" + bio_html + "</div></body></html>"
    return web.Response(text=page, content_type="text/html")  # safe: CWE-79


async def preview_greeting(request: web.Request) -> web.Response:
    body = await request.json()
    template = Template(body["template"])  # vuln: CWE-1336
    return web.Response(text=template.render(name=body.get("name", "friend")))


async def preview_greeting_safe(request: web.Request) -> web.Response:
    body = await request.json()
    template = env.get_template("greeting.html")  # safe: CWE-1336
    return web.Response(text=template.render(name=body.get("name", "friend")), content_type="text/html")


async def calc(request: web.Request) -> web.Response:
    expr = request.query.get("expr", "0")
    result = eval(expr)  # vuln: CWE-95
    return web.json_response({"result": result})


async def calc_safe(request: web.Request) -> web.Response:
    import ast

    expr = request.query.get("expr", "0")
    result = ast.literal_eval(expr)  # safe: CWE-95
    return web.json_response({"result": result})


app = web.Application()
app.add_routes([
    web.get("/img", proxy_image),
    web.get("/img-safe", proxy_image_safe),
    web.post("/profile", render_profile),
    web.post("/profile-safe", render_profile_safe),
    web.post("/greeting/preview", preview_greeting),
    web.post("/greeting/preview-safe", preview_greeting_safe),
    web.get("/calc", calc),
    web.get("/calc-safe", calc_safe),
])

if __name__ == "__main__":
    web.run_app(app, host="127.0.0.1", port=8080)

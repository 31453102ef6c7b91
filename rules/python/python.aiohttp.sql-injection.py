import sqlite3

from aiohttp import web

routes = web.RouteTableDef()


def get_db():
    return sqlite3.connect("shop.db")


@routes.get("/orders")
async def orders(request: web.Request) -> web.Response:
    status = request.query.get("status", "open")
    cur = get_db().cursor()
    # ruleid: python.aiohttp.sql-injection
    cur.execute("SELECT id, total FROM orders WHERE status = '%s'" % status)
    return web.json_response(cur.fetchall())


@routes.post("/customers/search")
async def search_customers(request: web.Request) -> web.Response:
    body = await request.json()
    cur = get_db().cursor()
    # ruleid: python.aiohttp.sql-injection
    cur.execute(f"SELECT id, email FROM customers WHERE email LIKE '%{body['email']}%'")
    return web.json_response(cur.fetchall())


@routes.get("/customers/{cid}")
async def customer(request: web.Request) -> web.Response:
    cur = get_db().cursor()
    # ruleid: python.aiohttp.sql-injection
    cur.execute("SELECT * FROM customers WHERE id = " + request.match_info["cid"])
    return web.json_response(cur.fetchone())


@routes.get("/orders-safe")
async def orders_safe(request: web.Request) -> web.Response:
    status = request.query.get("status", "open")
    cur = get_db().cursor()
    # ok: python.aiohttp.sql-injection
    cur.execute("SELECT id, total FROM orders WHERE status = ?", (status,))
    return web.json_response(cur.fetchall())


@routes.get("/orders/page")
async def orders_page(request: web.Request) -> web.Response:
    page = int(request.query.get("page", "1"))
    cur = get_db().cursor()
    # ok: python.aiohttp.sql-injection
    cur.execute("SELECT id FROM orders LIMIT 20 OFFSET %d" % ((page - 1) * 20))
    return web.json_response(cur.fetchall())

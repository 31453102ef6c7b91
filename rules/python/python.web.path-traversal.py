import os
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import secure_filename
from aiohttp import web

app = Flask(__name__)
api = FastAPI()
UPLOAD_DIR = "/srv/app/uploads"


@app.route("/download")
def download():
    name = request.args.get("file")
    path = os.path.join(UPLOAD_DIR, name)
    # ruleid: python.web.path-traversal
    return send_file(path, as_attachment=True)


@app.route("/notes/<note>")
def read_note(note):
    # ruleid: python.web.path-traversal
    with open(f"/srv/app/notes/{note}.txt") as fh:
        return fh.read()


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["file"]
    dest = os.path.join(UPLOAD_DIR, f.filename)
    # ruleid: python.web.path-traversal
    with open(dest, "wb") as out:
        out.write(f.read())
    return "saved"


@api.get("/reports/{name}")
def report(name: str):
    # ruleid: python.web.path-traversal
    return FileResponse(os.path.join("/srv/reports", name))


@app.route("/download/safe")
def download_safe():
    name = secure_filename(request.args.get("file", ""))
    path = os.path.join(UPLOAD_DIR, name)
    # ok: python.web.path-traversal
    return send_file(path, as_attachment=True)


@app.route("/download/dir")
def download_dir():
    # ok: python.web.path-traversal
    return send_from_directory(UPLOAD_DIR, request.args.get("file", ""))


@app.route("/upload/safe", methods=["POST"])
def upload_safe():
    f = request.files["file"]
    dest = os.path.join(UPLOAD_DIR, os.path.basename(f.filename))
    # ok: python.web.path-traversal
    with open(dest, "wb") as out:
        out.write(f.read())
    return "saved"


@app.route("/terms")
def terms():
    # ok: python.web.path-traversal
    with open("/srv/app/static/terms.html") as fh:
        return fh.read()


async def aio_report(request):
    name = request.match_info["name"]
    # ruleid: python.web.path-traversal
    return web.FileResponse(os.path.join("/srv/reports", name))


class AioExportView(web.View):
    async def get(self):
        form = await self.request.post()
        # ruleid: python.web.path-traversal
        with open("/srv/exports/" + form["file"], "rb") as fh:
            return web.Response(body=fh.read())


async def aio_report_safe(request):
    name = secure_filename(request.match_info["name"])
    # ok: python.web.path-traversal
    return web.FileResponse(os.path.join("/srv/reports", name))

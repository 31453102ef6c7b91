"""Notes service.

Prompt: "FastAPI app with MongoDB and Postgres (SQLAlchemy) for notes: search,
update, export to a file, CORS for our frontend".
"""
import os
import subprocess
import tempfile

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel
from pymongo import MongoClient
from sqlalchemy import create_engine, text

app = FastAPI(debug=True)  # vuln: CWE-489
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],  # vuln: CWE-942
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

engine = create_engine(os.environ.get("DATABASE_URL", "postgresql://localhost/notes"))
mongo = MongoClient("mongodb://localhost:27017")
notes = mongo.app.notes


class NoteUpdate(BaseModel):
    title: str
    body: str


@app.get("/notes/search")
def search(q: str = Query(...), owner: str = Query(...)):
    stmt = text(f"SELECT id, title FROM notes WHERE owner = '{owner}' AND title ILIKE '%{q}%'")
    with engine.connect() as conn:
        rows = conn.execute(stmt).fetchall()  # vuln: CWE-89
    return [dict(r._mapping) for r in rows]


@app.get("/notes/search/v2")
def search_v2(q: str, owner: str):
    stmt = text("SELECT id, title FROM notes WHERE owner = :owner AND title ILIKE :q")
    with engine.connect() as conn:
        rows = conn.execute(stmt, {"owner": owner, "q": f"%{q}%"}).fetchall()  # safe: CWE-89
    return [dict(r._mapping) for r in rows]


@app.post("/notes/find")
async def find_notes(request: Request):
    body = await request.json()
    docs = notes.find({"owner": body["owner"], "tags": body.get("tags")})  # vuln: CWE-943
    return [{"id": str(d["_id"]), "title": d["title"]} for d in docs]


@app.post("/notes/find/v2")
async def find_notes_v2(request: Request):
    body = await request.json()
    owner = str(body["owner"])
    docs = notes.find({"owner": owner})  # safe: CWE-943
    return [{"id": str(d["_id"]), "title": d["title"]} for d in docs]


@app.get("/notes/where")
def where(expr: str):
    docs = notes.find({"$where": "this.title.length > " + expr})  # vuln: CWE-943
    return [str(d["_id"]) for d in docs]


@app.patch("/notes/{note_id}")
async def update_note(note_id: str, request: Request):
    changes = await request.json()
    notes.update_one({"_id": note_id}, {"$set": changes})  # vuln: CWE-915
    return {"ok": True}


@app.patch("/notes/v2/{note_id}")
def update_note_v2(note_id: str, update: NoteUpdate):
    notes.update_one({"_id": note_id}, {"$set": {"title": update.title, "body": update.body}})  # safe: CWE-915
    return {"ok": True}


@app.get("/notes/{note_id}/pdf")
def export_pdf(note_id: str, fmt: str = "a4"):
    note = notes.find_one({"_id": note_id})
    if note is None:
        raise HTTPException(404)
    src = tempfile.mktemp(suffix=".md")  # vuln: CWE-377
    with open(src, "w") as fh:
        fh.write(note["body"])
    out = src.replace(".md", ".pdf")
    subprocess.run(f"pandoc {src} -V papersize={fmt} -o {out}", shell=True, check=True)  # vuln: CWE-78
    return {"path": out}


@app.get("/notes/{note_id}/txt")
def export_txt(note_id: str):
    note = notes.find_one({"_id": note_id})
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:  # safe: CWE-377
        fh.write(note["body"])
    return {"path": fh.name}

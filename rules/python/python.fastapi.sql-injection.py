from fastapi import APIRouter, Depends, FastAPI
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_db, pool

app = FastAPI()
router = APIRouter()


@app.get("/items")
def search_items(q: str, db: Session = Depends(get_db)):
    # ruleid: python.fastapi.sql-injection
    rows = db.execute(text(f"SELECT * FROM items WHERE name LIKE '%{q}%'"))
    return [dict(r._mapping) for r in rows]


@router.get("/users/{username}")
async def get_user(username: str):
    async with pool.acquire() as conn:
        query = "SELECT id, email FROM users WHERE username = '" + username + "'"
        # ruleid: python.fastapi.sql-injection
        row = await conn.fetchrow(query)
    return dict(row)


@app.post("/reports")
def report(region: str, db: Session = Depends(get_db)):
    sql = "SELECT SUM(total) FROM orders WHERE region = '%s'" % region
    # ruleid: python.fastapi.sql-injection
    return db.execute(text(sql)).scalar()


@app.get("/items/safe")
def search_items_safe(q: str, db: Session = Depends(get_db)):
    # ok: python.fastapi.sql-injection
    rows = db.execute(text("SELECT * FROM items WHERE name = :q"), {"q": q})
    return [dict(r._mapping) for r in rows]


@router.get("/users/safe/{username}")
async def get_user_safe(username: str):
    async with pool.acquire() as conn:
        # ok: python.fastapi.sql-injection
        row = await conn.fetchrow("SELECT id, email FROM users WHERE username = $1", username)
    return dict(row)


@app.get("/count")
def count(db: Session = Depends(get_db)):
    # ok: python.fastapi.sql-injection
    return db.execute(text("SELECT COUNT(*) FROM items")).scalar()


def internal_job(name: str, db: Session):
    # ok: python.fastapi.sql-injection
    db.execute(text("DELETE FROM cache WHERE name = :n"), {"n": name})

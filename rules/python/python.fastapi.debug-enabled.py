import os

from fastapi import FastAPI
from starlette.applications import Starlette

# ruleid: python.fastapi.debug-enabled
app = FastAPI(title="Notes API", debug=True)

# ruleid: python.fastapi.debug-enabled
web = Starlette(debug=True, routes=[])

# ok: python.fastapi.debug-enabled
api = FastAPI(title="Notes API", debug=os.environ.get("APP_DEBUG") == "1")

# ok: python.fastapi.debug-enabled
prod = FastAPI(title="Notes API")

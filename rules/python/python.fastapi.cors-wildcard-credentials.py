from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware import Middleware

app = FastAPI()

# ruleid: python.fastapi.cors-wildcard-credentials
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"])

admin = FastAPI()
admin.add_middleware(
    CORSMiddleware,
    allow_credentials=True,
    # ruleid: python.fastapi.cors-wildcard-credentials
    allow_origin_regex=".*",
    allow_headers=["*"],
)

# ruleid: python.fastapi.cors-wildcard-credentials
middleware = [Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)]

public = FastAPI()
# ok: python.fastapi.cors-wildcard-credentials
public.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])

internal = FastAPI()
# ok: python.fastapi.cors-wildcard-credentials
internal.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.example.com"],
    allow_credentials=True,
    allow_methods=["*"],
)

partners = FastAPI()
# ok: python.fastapi.cors-wildcard-credentials
partners.add_middleware(CORSMiddleware, allow_origin_regex=r"https://.*\.example\.com", allow_credentials=True)

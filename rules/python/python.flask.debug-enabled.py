import os

from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "hello"


def main():
    # ruleid: python.flask.debug-enabled
    app.run(host="0.0.0.0", port=5000, debug=True)


if __name__ == "__main__":
    # ruleid: python.flask.debug-enabled
    app.run(debug=True)


def main_safe():
    # ok: python.flask.debug-enabled
    app.run(host="127.0.0.1", port=5000, debug=False)


def main_env():
    # ok: python.flask.debug-enabled
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1")


def run_worker(main):
    import asyncio
    # ok: python.flask.debug-enabled
    asyncio.run(main(), debug=True)

import logging

logger = logging.getLogger(__name__)


def login(username, password):
    # ruleid: python.lang.logging-secrets
    logger.info("login attempt user=%s password=%s", username, password)
    return authenticate(username, password)


def call_api(api_key, url):
    # ruleid: python.lang.logging-secrets
    logging.debug(f"calling {url} with key {api_key}")


def refresh(session):
    # ruleid: python.lang.logging-secrets
    logger.warning("refresh failed for token %s", session.refresh_token)


def on_webhook(payload):
    # ruleid: python.lang.logging-secrets
    logger.error("bad webhook secret: %s", payload["secret"])


def login_safe(username, password):
    # ok: python.lang.logging-secrets
    logger.info("login attempt user=%s", username)
    return authenticate(username, password)


def call_api_safe(api_key, url):
    # ok: python.lang.logging-secrets
    logging.debug("calling %s with key ending %s", url, api_key[-4:])


def password_changed(user_id):
    # ok: python.lang.logging-secrets
    logger.info("password changed for user %s", user_id)


def authenticate(username, password):
    return True


class ApiClient:
    def __init__(self, session, log):
        self.session = session
        self.log = log

    def trace(self):
        # ruleid: python.lang.logging-secrets
        self.log.debug("sending with key %s", self.session.headers["Authorization"])

    def trace_header(self, request):
        # ruleid: python.lang.logging-secrets
        logger.debug("incoming auth: %s", request.headers.get("Authorization"))

    def trace_safe(self):
        # ok: python.lang.logging-secrets
        self.log.debug("sending %d headers", len(self.session.headers))


def register(form):
    pw = form["pw"]
    # ruleid: python.lang.logging-secrets
    logger.info("creating account user=%s password=%s", form["user"], pw)
    # ok: python.lang.logging-secrets
    logger.info("password policy failed for %s", form["user"])
    # ok: python.lang.logging-secrets
    logger.info("password length %d", len(pw))

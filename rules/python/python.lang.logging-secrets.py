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

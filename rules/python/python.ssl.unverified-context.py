import socket
import ssl
import urllib.request


def fetch(url):
    # ruleid: python.ssl.unverified-context
    ctx = ssl._create_unverified_context()
    return urllib.request.urlopen(url, context=ctx).read()


def connect(host, port):
    ctx = ssl.create_default_context()
    # ruleid: python.ssl.unverified-context
    ctx.check_hostname = False
    # ruleid: python.ssl.unverified-context
    ctx.verify_mode = ssl.CERT_NONE
    sock = socket.create_connection((host, port))
    return ctx.wrap_socket(sock, server_hostname=host)


def fetch_safe(url):
    # ok: python.ssl.unverified-context
    ctx = ssl.create_default_context()
    return urllib.request.urlopen(url, context=ctx).read()


def connect_mtls(host, port):
    ctx = ssl.create_default_context(cafile="/etc/ssl/internal-ca.pem")
    # ok: python.ssl.unverified-context
    ctx.verify_mode = ssl.CERT_REQUIRED
    sock = socket.create_connection((host, port))
    return ctx.wrap_socket(sock, server_hostname=host)

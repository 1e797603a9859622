"""TLS options of every Redis client: broker, result backend and coordination alike.

On a ``rediss://`` URL the same :class:`~swarm.settings.RedisSettings` apply to the three
clients: the CA bundle that signed the server's certificate (``tls_ca_file``; unset = the
system trust store), how strictly the certificate is checked (``tls_cert_reqs``), and an
optional client certificate. The password goes in the URL (``rediss://:PASSWORD@host/0``).
On a ``redis://`` or ``unix://`` URL no TLS option is passed.
"""

from __future__ import annotations

import ssl
from typing import Any

import redis

from swarm.settings import RedisSettings

TLS_SCHEME = "rediss://"

CERT_REQS = {
    "required": ssl.CERT_REQUIRED,
    "optional": ssl.CERT_OPTIONAL,
    "none": ssl.CERT_NONE,
}


def uses_tls(url: str) -> bool:
    return url.lower().startswith(TLS_SCHEME)


def tls_options(tls: RedisSettings) -> dict[str, Any]:
    """redis-py / kombu SSL keywords (``broker_use_ssl``, ``redis_backend_use_ssl``)."""
    options: dict[str, Any] = {"ssl_cert_reqs": CERT_REQS[tls.tls_cert_reqs]}
    if tls.tls_ca_file is not None:
        options["ssl_ca_certs"] = str(tls.tls_ca_file)
    if tls.tls_certfile is not None:
        options["ssl_certfile"] = str(tls.tls_certfile)
    if tls.tls_keyfile is not None:
        options["ssl_keyfile"] = str(tls.tls_keyfile)
    return options


def client_from_url(url: str, tls: RedisSettings, **kwargs: Any) -> redis.Redis:
    """``redis.Redis.from_url`` with the TLS options applied when ``url`` is ``rediss://``."""
    if uses_tls(url):
        kwargs = {**tls_options(tls), **kwargs}
    return redis.Redis.from_url(url, **kwargs)

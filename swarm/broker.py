"""Which Redis the swarm uses: the configured one, the default one, or an embedded one."""

from __future__ import annotations

import atexit
import logging
import os
from dataclasses import dataclass

from swarm.embedded import EmbeddedRedis, answers
from swarm.settings import DEFAULT_REDIS_URL, Settings, get_settings

log = logging.getLogger("swarm.broker")


@dataclass
class BrokerChoice:
    url: str
    how: str  # "configured" | "default" | "embedded"
    embedded: EmbeddedRedis | None = None

    def stop(self) -> None:
        if self.embedded is not None:
            self.embedded.stop()
            self.embedded = None


def resolve(settings: Settings, force_embedded: bool = False) -> BrokerChoice:
    """Pick the broker; start an embedded redis-server when nothing is configured or answering.

    The chosen URL is exported as ``SWARM_BROKER_URL`` (and the settings cache cleared) so that
    this process and every child it starts agree. The embedded server stops at exit.
    """
    if settings.broker_url and not force_embedded:
        choice = BrokerChoice(settings.broker_url, "configured")
    elif not force_embedded and answers(DEFAULT_REDIS_URL):
        choice = BrokerChoice(DEFAULT_REDIS_URL, "default")
    else:
        emb = EmbeddedRedis(settings.state_dir / "redis").start()
        atexit.register(emb.stop)
        choice = BrokerChoice(emb.url, "embedded", emb)
        log.info("started an embedded Redis at %s", emb.url)
    os.environ["SWARM_BROKER_URL"] = choice.url
    get_settings.cache_clear()
    return choice

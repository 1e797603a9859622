"""One settings model for TGE Swarm: a YAML file plus ``SWARM_*`` environment overrides.

Sources, strongest first:

1. environment variables ``SWARM_<FIELD>``, nested with a double underscore
   (``SWARM_DATABASE__URL``, ``SWARM_POOLS__NEWS_SCRAPER=4``, ``SWARM_X__BEARER_TOKEN``);
2. the YAML file named by ``SWARM_CONFIG`` (same keys as this model, nested maps);
3. the defaults below.

A bad value stops the program with one :class:`~swarm.errors.ConfigError` naming every bad
field and the form it expects. Secrets are ``SecretStr``: they print as ``**********``.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    Field,
    PositiveFloat,
    PositiveInt,
    SecretStr,
    ValidationError,
    field_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from swarm.errors import ConfigError

CONFIG_ENV = "SWARM_CONFIG"
ENV_PREFIX = "SWARM_"

# The Redis URL tried when none is configured; if nothing answers there the CLI starts an
# embedded redis-server (see swarm.embedded).
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"

# Where the embedded default keeps its SQLite file, embedded Redis socket and logs.
DEFAULT_STATE_DIR = Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state")) / (
    "tge-swarm"
)

URL_SCHEMES_REDIS = ("redis://", "rediss://", "unix://")
URL_SCHEMES_DB = ("sqlite", "postgresql")


class DatabaseSettings(BaseModel):
    """Relational storage: SQLite by default, PostgreSQL in production (one code path)."""

    url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; default sqlite:///<state_dir>/swarm.db",
    )
    pool_size: PositiveInt = Field(default=5, description="connections kept open (PostgreSQL)")
    max_overflow: int = Field(default=10, ge=0, description="extra connections under load")
    pool_pre_ping: bool = Field(default=True, description="test a connection before using it")
    pool_timeout_s: PositiveFloat = Field(default=10.0, description="wait for a free connection")
    echo: bool = False

    @field_validator("url")
    @classmethod
    def _db_url(cls, v: str | None) -> str | None:
        if v is not None and not v.startswith(URL_SCHEMES_DB):
            raise ValueError(
                "expected a SQLAlchemy URL starting with sqlite:/// or postgresql://"
                f" (e.g. postgresql+psycopg://user@host/db), got {v!r}"
            )
        return v


class PoolSettings(BaseModel):
    """Worker processes per agent pool (Celery ``--concurrency``)."""

    news_scraper: PositiveInt = 2
    twitter_monitor: PositiveInt = 1
    keyword_analyzer: PositiveInt = 2
    data_quality: PositiveInt = 1
    notifier: PositiveInt = 1
    coordinator: PositiveInt = 1
    optimizer: PositiveInt = 1


class IntervalSettings(BaseModel):
    """How often the beat sweeps run, in seconds."""

    schedule_sources_s: PositiveFloat = 30.0
    sync_s: PositiveFloat = 90.0
    health_s: PositiveFloat = 60.0
    optimise_s: PositiveFloat = 3600.0


class LockSettings(BaseModel):
    """Coordination locks (swarm.coordination)."""

    lease_ms: PositiveInt = Field(default=30_000, description="default lease of a lock")
    audit_stream_max: PositiveInt = Field(default=10_000, description="audit stream cap")
    agent_ttl_s: PositiveFloat = Field(default=60.0, description="heartbeat age = offline")
    writer_intent_ms: PositiveInt = Field(
        default=5_000, description="lease of a waiting writer's intent marker (rw locks)"
    )


class TaskSettings(BaseModel):
    """Time limits and retries of every task; the broker visibility timeout is derived."""

    time_limit_s: PositiveInt = 300
    soft_time_limit_s: PositiveInt = 240
    max_retries: int = Field(default=5, ge=0)
    retry_backoff_max_s: PositiveInt = 600
    result_expires_s: PositiveInt = 86_400
    visibility_margin_s: PositiveInt = Field(
        default=60, description="visibility timeout = time limit + retry back-off max + this"
    )

    @field_validator("soft_time_limit_s")
    @classmethod
    def _soft_below_hard(cls, v: int, info: Any) -> int:
        hard = info.data.get("time_limit_s")
        if hard is not None and v >= hard:
            raise ValueError(f"must be below tasks.time_limit_s ({hard}), got {v}")
        return v


# --- recovery (durability): when the sweeps re-create hand-offs the broker lost ------------
class RecoverySettings(BaseModel):
    """Bounds of ``coordinator.recover``: work older than these is sent again.

    Each bound must exceed the time the hand-off normally takes, or healthy work is sent twice
    (harmless, every step is idempotent, but wasted).
    """

    pending_after_s: PositiveFloat = Field(
        default=300.0, description="items stored but not analysed this long are re-sent"
    )
    unmerged_after_s: PositiveFloat = Field(
        default=120.0, description="signals recorded but not merged this long are re-sent"
    )
    renotify_after_s: PositiveFloat = Field(
        default=120.0, description="new alerts with a channel not attempted this long re-notify"
    )
    batch: PositiveInt = Field(default=1000, description="items or signals re-sent per sweep")


# --- pool liveness (durability): the manager's own check of its children ------------------
class LivenessSettings(BaseModel):
    """How ``swarm workers up`` / ``swarm run`` tell a stalled pool from a busy one.

    Every ``interval_s`` the manager pings every worker with Celery's control ``ping`` and
    reads its queue's depth and its task count from Redis. A worker that answered no ping for
    ``stall_after_s``, or finished no task for ``tasks.time_limit_s + stall_after_s`` while
    work waited on its queue, is restarted. A broker that does not answer restarts nothing:
    the workers reconnect by themselves once it is back.
    """

    interval_s: PositiveFloat = Field(default=10.0, description="ping every this often")
    stall_after_s: PositiveFloat = Field(
        default=60.0, description="no answer this long = restart the pool"
    )
    ping_timeout_s: PositiveFloat = Field(default=2.0, description="wait for ping replies")
    start_grace_s: PositiveFloat = Field(
        default=120.0, description="a worker that never answered yet: restarted after this"
    )


# --- health (self-healing): thresholds of the health sweep's checks ----------------------
class HealthSettings(BaseModel):
    """Thresholds of ``coordinator.health`` and ``swarm health`` (swarm.healthchecks).

    A queue whose oldest waiting message is older than ``autoscale.max_wait_s`` is degraded.
    """

    redis_slow_ms: PositiveFloat = Field(default=100.0, description="ping slower = degraded")
    db_slow_ms: PositiveFloat = Field(default=500.0, description="round-trip slower = degraded")
    sending_after_s: PositiveFloat = Field(
        default=300.0, description="a delivery in `sending` this long is reported"
    )
    ping_timeout_s: PositiveFloat = Field(default=2.0, description="wait for worker pings")
    history_max: PositiveInt = Field(default=2000, description="sweeps kept in health_history")
    stale_after_s: PositiveFloat = Field(
        default=180.0, description="`swarm health --latest`: an older snapshot is degraded"
    )


# --- autoscale (self-healing): desired replicas per pool ---------------------------------
class ReplicaBounds(BaseModel):
    """How many replicas (worker processes of ``pools.<pool>`` concurrency) a pool may run."""

    min: int = Field(default=1, ge=0, description="never fewer (0 = may scale to zero)")
    max: PositiveInt = Field(default=1, description="never more")

    @field_validator("max")
    @classmethod
    def _max_above_min(cls, v: int, info: Any) -> int:
        low = info.data.get("min")
        if low is not None and v < low:
            raise ValueError(f"must be at least min ({low}), got {v}")
        return v


def _bounds(low: int, high: int) -> Any:
    return Field(default_factory=lambda: ReplicaBounds(min=low, max=high))


class AutoscaleSettings(BaseModel):
    """When the health sweep raises or lowers a pool's desired replicas (swarm.autoscale).

    Up by one when the oldest waiting message is older than ``max_wait_s`` or more than
    ``backlog_per_worker`` messages wait per worker process; down by one after ``idle_s``
    with an empty queue and no task running; never outside the pool's bounds, and never two
    changes of one pool within ``cooldown_s``. ``swarm workers up`` runs the replicas.
    """

    enabled: bool = Field(default=True, description="off = every pool stays at its minimum")
    max_wait_s: PositiveFloat = Field(default=30.0, description="oldest message older = up")
    backlog_per_worker: PositiveInt = Field(default=20, description="more waiting = up")
    idle_s: PositiveFloat = Field(default=120.0, description="idle this long = down")
    cooldown_s: PositiveFloat = Field(default=30.0, description="between two changes")
    news_scraper: ReplicaBounds = _bounds(1, 3)
    twitter_monitor: ReplicaBounds = _bounds(1, 2)
    keyword_analyzer: ReplicaBounds = _bounds(1, 3)
    data_quality: ReplicaBounds = _bounds(1, 2)
    notifier: ReplicaBounds = _bounds(1, 2)
    coordinator: ReplicaBounds = _bounds(1, 1)
    optimizer: ReplicaBounds = _bounds(1, 1)

    def bounds(self, pool: str) -> ReplicaBounds:
        value = getattr(self, pool)
        assert isinstance(value, ReplicaBounds)
        return value


# --- retention (self-healing): how long rows are kept ------------------------------------
class RetentionSettings(BaseModel):
    """``coordinator.retention`` deletes rows older than these, in batches (swarm.retention).

    Items not yet analysed and signals not yet merged are never deleted.
    """

    interval_s: PositiveFloat = Field(default=3600.0, description="how often the sweep runs")
    items_days: PositiveFloat = Field(default=90.0, description="analysed items")
    signals_days: PositiveFloat = Field(default=90.0, description="merged signals")
    health_days: PositiveFloat = Field(default=14.0, description="health history")
    audit_days: PositiveFloat = Field(default=365.0, description="operator audit entries")
    dead_letters_days: PositiveFloat = Field(default=30.0, description="dead letters")
    batch: PositiveInt = Field(default=1000, description="rows deleted per transaction")


class FetchSettings(BaseModel):
    """Bounds of one feed fetch (swarm.fetchers.http.FetchLimits) and the source breaker."""

    connect_s: PositiveFloat = 10.0
    read_s: PositiveFloat = 20.0
    total_s: PositiveFloat = 60.0
    max_bytes: PositiveInt = 5 * 1024 * 1024
    max_redirects: int = Field(default=5, ge=0)
    host_burst: PositiveFloat = Field(default=5, description="requests per feed host at once")
    host_rate_per_s: PositiveFloat = Field(default=1.0, description="then this many a second")
    breaker_threshold: PositiveInt = Field(default=5, description="failures before it opens")
    breaker_cooldown_s: PositiveFloat = Field(default=900.0, description="open this long")


class XSettings(BaseModel):
    """X (Twitter) API v2 recent search."""

    api_url: str = "https://api.x.com/2"
    bearer_token: SecretStr | None = None
    max_results: int = Field(default=100, ge=10, le=100)


class SmtpSettings(BaseModel):
    """E-mail notifications."""

    host: str | None = None
    port: PositiveInt = 587
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username: str | None = None
    password: SecretStr | None = None
    sender: str = "tge-swarm@localhost"
    recipients: list[str] = Field(default_factory=list)
    timeout_s: PositiveFloat = 10.0


class WebhookSettings(BaseModel):
    """One JSON webhook; the body is signed with HMAC-SHA256 when ``secret`` is set."""

    url: str
    secret: SecretStr | None = None


class LogSettings(BaseModel):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    format: Literal["text", "json"] = "text"


class Settings(BaseSettings):
    """Every setting of TGE Swarm. See the module docstring for the sources."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX,
        env_nested_delimiter="__",
        extra="forbid",
        validate_default=True,
    )

    broker_url: str | None = Field(
        default=None,
        description="Celery broker; unset = redis://127.0.0.1:6379/0 or an embedded Redis",
    )
    result_backend: str | None = Field(default=None, description="unset = the broker URL")
    coordination_url: str | None = Field(default=None, description="unset = the broker URL")
    state_dir: Path = DEFAULT_STATE_DIR
    watchlist: Path | None = Field(default=None, description="unset = the bundled list")
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    pools: PoolSettings = Field(default_factory=PoolSettings)
    intervals: IntervalSettings = Field(default_factory=IntervalSettings)
    locks: LockSettings = Field(default_factory=LockSettings)
    tasks: TaskSettings = Field(default_factory=TaskSettings)
    fetch: FetchSettings = Field(default_factory=FetchSettings)
    recovery: RecoverySettings = Field(default_factory=RecoverySettings)
    liveness: LivenessSettings = Field(default_factory=LivenessSettings)
    health: HealthSettings = Field(default_factory=HealthSettings)
    autoscale: AutoscaleSettings = Field(default_factory=AutoscaleSettings)
    retention: RetentionSettings = Field(default_factory=RetentionSettings)
    x: XSettings = Field(default_factory=XSettings)
    smtp: SmtpSettings = Field(default_factory=SmtpSettings)
    webhooks: list[WebhookSettings] = Field(default_factory=list)
    log: LogSettings = Field(default_factory=LogSettings)

    @field_validator("broker_url", "result_backend", "coordination_url")
    @classmethod
    def _redis_url(cls, v: str | None) -> str | None:
        if v is not None and not v.startswith(URL_SCHEMES_REDIS):
            raise ValueError(f"expected a Redis URL such as redis://host:6379/0, got {v!r}")
        return v

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, _YamlSource(settings_cls))

    # Derived values -------------------------------------------------------------------------

    @property
    def database_url(self) -> str:
        return self.database.url or f"sqlite:///{self.state_dir / 'swarm.db'}"

    @property
    def visibility_timeout_s(self) -> int:
        """Above the longest time limit plus the longest retry back-off (ARCHITECTURE.md)."""
        t = self.tasks
        return t.time_limit_s + t.retry_backoff_max_s + t.visibility_margin_s


class _YamlSource(PydanticBaseSettingsSource):
    """Reads the YAML file named by ``SWARM_CONFIG``; absent variable = no file."""

    def __init__(self, settings_cls: type[BaseSettings]) -> None:
        super().__init__(settings_cls)
        self.path = os.environ.get(CONFIG_ENV)

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False  # unused: __call__ returns the whole mapping

    def __call__(self) -> dict[str, Any]:
        if not self.path:
            return {}
        path = Path(self.path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(
                [(CONFIG_ENV, f"cannot read {path}: {exc.strerror}; set it to a YAML file")]
            ) from None
        except yaml.YAMLError as exc:
            raise ConfigError([(CONFIG_ENV, f"{path} is not valid YAML: {exc}")]) from None
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise ConfigError([(CONFIG_ENV, f"{path} must hold a mapping of settings")])
        return data


def _describe(errors: list[Any]) -> list[tuple[str, str]]:
    problems = []
    for err in errors:
        field = ".".join(str(p) for p in err["loc"]) or "(root)"
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown setting; check the spelling against `swarm config show`"
        elif "input" in err and err["type"] not in ("missing", "value_error"):
            msg = f"{msg} (got {err['input']!r})"
        problems.append((field, msg))
    return problems


def load_settings(**overrides: Any) -> Settings:
    """Build settings from the sources; raise :class:`ConfigError` listing every bad field."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise ConfigError(
            _describe(exc.errors()), os.environ.get(CONFIG_ENV, "") or "environment"
        ) from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, built once (workers and the CLI entry points call this)."""
    return load_settings()


def masked(settings: Settings) -> dict[str, Any]:
    """The effective settings as plain data with secrets masked, for ``swarm config show``."""
    data = settings.model_dump(mode="json")
    data["database"]["url"] = _mask_url(settings.database_url)
    for key in ("broker_url", "result_backend", "coordination_url"):
        if data[key]:
            data[key] = _mask_url(data[key])
    return data


def _mask_url(url: str) -> str:
    """Hide a password inside a URL (``scheme://user:***@host``)."""
    if "://" not in url or "@" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}:**********@{host}" if ":" in creds else url

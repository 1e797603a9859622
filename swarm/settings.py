"""One settings model for TGE Swarm: a YAML file plus ``SWARM_*`` environment overrides.

Sources, strongest first:

1. environment variables ``SWARM_<FIELD>``, nested with a double underscore
   (``SWARM_DATABASE__URL``, ``SWARM_POOLS__NEWS_SCRAPER=4``, ``SWARM_X__BEARER_TOKEN``);
2. the YAML file named by ``SWARM_CONFIG`` (same keys as this model, nested maps);
3. the defaults below.

A bad value stops the program with one :class:`~swarm.errors.ConfigError` naming every bad
field and the form it expects. Settings are strict: an unknown key in the file (at any depth)
or an unknown ``SWARM_*`` variable is an error too, never silently ignored (the ``SWARM_*``
variables that are not settings are listed in ``swarm.settings_strict.NON_SETTINGS_ENV``).
Secrets are ``SecretStr``: they print as ``**********``; a validation error never echoes the
value of a secret-bearing field, and URLs are shown with their password masked.
"""

from __future__ import annotations

import ipaddress
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PositiveFloat,
    PositiveInt,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    SettingsError,
)

from swarm import settings_strict as strict
from swarm.errors import ConfigError
from swarm.redact import endpoint, mask_url

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


class _Group(BaseModel):
    """Base of every settings group: an unknown key is an error, at any depth."""

    model_config = ConfigDict(extra="forbid")


class DatabaseSettings(_Group):
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
                f" (e.g. postgresql+psycopg://user@host/db), got {mask_url(v)!r}"
            )
        return v


class PoolSettings(_Group):
    """Worker processes per agent pool (Celery ``--concurrency``)."""

    news_scraper: PositiveInt = 2
    twitter_monitor: PositiveInt = 1
    keyword_analyzer: PositiveInt = 2
    data_quality: PositiveInt = 1
    notifier: PositiveInt = 1
    coordinator: PositiveInt = 1
    optimizer: PositiveInt = 1


class IntervalSettings(_Group):
    """How often the beat sweeps run, in seconds."""

    schedule_sources_s: PositiveFloat = 30.0
    sync_s: PositiveFloat = 90.0
    health_s: PositiveFloat = 60.0
    optimise_s: PositiveFloat = 3600.0


class LockSettings(_Group):
    """Coordination locks (swarm.coordination)."""

    lease_ms: PositiveInt = Field(default=30_000, description="default lease of a lock")
    audit_stream_max: PositiveInt = Field(default=10_000, description="audit stream cap")
    agent_ttl_s: PositiveFloat = Field(default=60.0, description="heartbeat age = offline")
    writer_intent_ms: PositiveInt = Field(
        default=5_000, description="lease of a waiting writer's intent marker (rw locks)"
    )


class TaskSettings(_Group):
    """Time limits and retries of every task; the broker visibility timeout is derived."""

    time_limit_s: PositiveInt = 300
    soft_time_limit_s: PositiveInt = 240
    max_retries: int = Field(
        default=5, ge=0, description="retries of a task without a stricter policy of its own"
    )
    retry_backoff_max_s: PositiveInt = Field(
        default=600, description="longest wait between two retries of the default policy"
    )
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
class RecoverySettings(_Group):
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
class LivenessSettings(_Group):
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
class HealthSettings(_Group):
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
class ReplicaBounds(_Group):
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


class AutoscaleSettings(_Group):
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
class RetentionSettings(_Group):
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


class FetchSettings(_Group):
    """Bounds of one feed fetch (swarm.fetchers.http.FetchLimits) and the source breaker."""

    connect_s: PositiveFloat = 10.0
    read_s: PositiveFloat = 20.0
    total_s: PositiveFloat = 60.0
    max_bytes: PositiveInt = 5 * 1024 * 1024
    max_redirects: int = Field(default=5, ge=0)
    host_burst: PositiveFloat = Field(default=5, description="requests per feed host at once")
    host_rate_per_s: PositiveFloat = Field(default=1.0, description="then this many a second")
    breaker_threshold: PositiveInt = Field(
        default=5, description="scheduled fetches failed in a row (retries included) to open"
    )
    breaker_cooldown_s: PositiveFloat = Field(
        default=900.0, description="open this long, then one probe fetch (half-open)"
    )
    # --- fetch hardening (hostile sources, SSRF) ----------------------------------------------
    allow_hosts: list[str] = Field(
        default_factory=list,
        description="host names or IP addresses/networks that may be fetched although they are"
        " not public (loopback, private, link-local...); also applies to webhook URLs",
    )
    max_entries: PositiveInt = Field(default=500, description="newest entries kept per feed")
    max_title_chars: PositiveInt = Field(
        default=1_000, description="characters kept per item title (longer: truncated, marked)"
    )
    max_text_chars: PositiveInt = Field(
        default=20_000, description="characters kept per item text (longer: truncated, marked)"
    )
    x_max_pages: PositiveInt = Field(
        default=10, description="X result pages read per search; the rest resumes next poll"
    )

    @field_validator("allow_hosts")
    @classmethod
    def _allow_hosts(cls, v: list[str]) -> list[str]:
        for entry in v:
            text = entry.strip().strip("[]")
            bad = not text or "://" in text or any(c.isspace() for c in text)
            if not bad and "/" in text:
                try:
                    ipaddress.ip_network(text, strict=False)
                except ValueError:
                    bad = True
            if bad:
                raise ValueError(
                    "expected host names or IP addresses/networks such as 127.0.0.1,"
                    f" feeds.internal or 10.0.0.0/8, got {entry!r}"
                )
        return v


class XSettings(_Group):
    """X (Twitter) API v2 recent search."""

    api_url: str = "https://api.x.com/2"
    bearer_token: SecretStr | None = None
    max_results: int = Field(default=100, ge=10, le=100)
    allow_insecure_loopback: bool = Field(
        default=False,
        description="allow an http:// api_url on a loopback host (tests, the demo); the"
        " bearer token travels in clear, so any other http:// URL is refused",
    )

    @model_validator(mode="after")
    def _token_never_in_clear(self) -> XSettings:
        scheme = self.api_url.split("://", 1)[0].lower() if "://" in self.api_url else ""
        if scheme == "https":
            return self
        if scheme == "http" and self.allow_insecure_loopback and _is_loopback(self.api_url):
            return self
        if scheme == "http" and _is_loopback(self.api_url):
            raise ValueError(
                "x.api_url is http:// (the bearer token would travel in clear): use https://,"
                " or set x.allow_insecure_loopback to allow it on this loopback host"
            )
        raise ValueError(
            f"x.api_url must be an https:// URL (got {mask_url(self.api_url)!r}); http:// is"
            " allowed only on a loopback host with x.allow_insecure_loopback"
        )


class SmtpSettings(_Group):
    """E-mail notifications."""

    host: str | None = None
    port: PositiveInt = 587
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username: str | None = None
    password: SecretStr | None = None
    sender: str = "tge-swarm@localhost"
    recipients: list[str] = Field(default_factory=list)
    timeout_s: PositiveFloat = 10.0
    allow_plaintext_auth: bool = Field(
        default=False,
        description="allow LOGIN with security=none (the password travels in clear)",
    )

    @model_validator(mode="after")
    def _no_password_in_clear(self) -> SmtpSettings:
        if self.username and self.security == "none" and not self.allow_plaintext_auth:
            raise ValueError(
                "smtp.username is set with smtp.security=none: the password would travel in"
                " clear. Use security starttls or ssl, or set smtp.allow_plaintext_auth"
                " (a trusted local relay only)"
            )
        return self


class WebhookSettings(_Group):
    """One JSON webhook; the body is signed with HMAC-SHA256 when ``secret`` is set."""

    url: str
    secret: SecretStr | None = None


class DeadLetterSettings(_Group):
    """The dead-letter store (swarm.deadletter, ``swarm deadletters``)."""

    max_payload_bytes: PositiveInt = Field(
        default=64 * 1024,
        description="a payload whose JSON is larger is kept as a marker with its head and "
        "original size only (such a row cannot be replayed)",
    )


class LogSettings(_Group):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    format: Literal["text", "json"] = "text"


# --- transport security (config-security) ----------------------------------------------------


class RedisSettings(_Group):
    """TLS of every Redis connection on a ``rediss://`` URL: broker, result backend, locks.

    The password goes in the URL (``rediss://:PASSWORD@host:6380/0``); these settings are
    applied to all three clients alike and ignored on ``redis://`` URLs.
    """

    tls_ca_file: Path | None = Field(
        default=None, description="CA bundle (PEM) that signed the server's certificate;"
        " unset = the system trust store"
    )
    tls_cert_reqs: Literal["required", "optional", "none"] = Field(
        default="required", description="verification of the server's certificate"
    )
    tls_certfile: Path | None = Field(
        default=None, description="client certificate (PEM), for servers that ask for one"
    )
    tls_keyfile: Path | None = Field(default=None, description="the client certificate's key")

    @model_validator(mode="after")
    def _files(self) -> RedisSettings:
        for name in ("tls_ca_file", "tls_certfile", "tls_keyfile"):
            path = getattr(self, name)
            if path is not None and not Path(path).is_file():
                raise ValueError(f"redis.{name}: no such file {str(path)!r}")
        if (self.tls_certfile is None) != (self.tls_keyfile is None):
            raise ValueError("redis.tls_certfile and redis.tls_keyfile go together")
        return self


class SecuritySettings(_Group):
    """Signed task messages: Celery's ``auth`` serializer with X.509 (needs ``[security]``).

    Every producer signs with ``key`` (its private key, PEM) and sends the id of
    ``certificate``; a worker runs a message only when its signer's certificate is in
    ``cert_store`` (a file, a directory or a glob of PEM certificates) and the signature
    verifies. Unsigned or wrongly signed messages are rejected, not run.
    """

    enabled: bool = False
    key: Path | None = Field(default=None, description="private key (PEM) that signs")
    certificate: Path | None = Field(default=None, description="its X.509 certificate (PEM)")
    cert_store: str | None = Field(
        default=None, description="trusted certificates: a PEM file, a directory or a glob"
    )
    digest: Literal["sha256", "sha384", "sha512"] = "sha256"

    @model_validator(mode="after")
    def _complete(self) -> SecuritySettings:
        if not self.enabled:
            return self
        missing = [n for n in ("key", "certificate", "cert_store") if not getattr(self, n)]
        if missing:
            names = ", ".join(f"security.{n}" for n in missing)
            raise ValueError(f"security.enabled needs {names}")
        for name in ("key", "certificate"):
            if not Path(getattr(self, name)).is_file():
                raise ValueError(f"security.{name}: no such file {str(getattr(self, name))!r}")
        try:
            from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
            from cryptography.hazmat.primitives.serialization import load_pem_private_key
        except ImportError:
            raise ValueError(
                "security.enabled needs the cryptography package: pip install 'tge-swarm[security]'"
            ) from None
        key_file = Path(str(self.key))
        try:
            key = load_pem_private_key(key_file.read_bytes(), password=None)
        except (OSError, ValueError, TypeError):
            raise ValueError("security.key is not an unencrypted PEM private key") from None
        if not isinstance(key, RSAPrivateKey):  # Celery's auth serializer signs with RSA only
            raise ValueError("security.key must be an RSA key (Celery signs with RSA-PSS)")
        return self


def _is_loopback(url: str) -> bool:
    """True when the URL's host is ``localhost`` or a loopback address."""
    host = url.split("://", 1)[-1].split("/", 1)[0].rpartition("@")[2]
    host = host[1:].split("]", 1)[0] if host.startswith("[") else host.rsplit(":", 1)[0]
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
# Optimiser ----------------------------------------------------------------------------------


class OptimiseSettings(_Group):
    """The optimisation jobs (``optimizer`` queue, every ``intervals.optimise_s``)."""

    auto_apply: bool = Field(
        default=False, description="apply recommendations at or below auto_apply_max_risk"
    )
    auto_apply_max_risk: Literal["low", "medium", "high"] = Field(
        default="low", description="highest risk applied without `swarm recommendations approve`"
    )
    precision_floor: float = Field(
        default=0.9, ge=0.0, le=1.0, description="no kept change ends below this precision"
    )
    folds: int = Field(default=5, ge=2, le=20, description="k of the k-fold cross-validation")
    seed: int | None = Field(default=None, description="split seed; unset = a new one per run")
    corpus: list[Path] = Field(
        default_factory=list,
        description="labelled JSONL files replayed with the feedback; empty = the shipped "
        "tests/data/dev.jsonl when present (never the held-out split)",
    )
    apply_lock_lease_ms: int = Field(default=60_000, gt=0, description="lease of the apply lock")
    guard_tolerance: float = Field(
        default=0.1, ge=0.0, le=1.0, description="precision drop after an apply that rolls it back"
    )
    guard_min_labels: int = Field(default=10, gt=0, description="labelled alerts the guard needs")
    source_interval_min_s: int = Field(default=60, gt=0, description="shortest polling interval")
    source_interval_max_s: int = Field(
        default=3600, gt=0, description="longest polling interval the scheduling job sets"
    )


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
    deadletters: DeadLetterSettings = Field(default_factory=DeadLetterSettings)
    redis: RedisSettings = Field(default_factory=RedisSettings)
    security: SecuritySettings = Field(default_factory=SecuritySettings)
    optimise: OptimiseSettings = Field(default_factory=OptimiseSettings)

    @field_validator("broker_url", "result_backend", "coordination_url")
    @classmethod
    def _redis_url(cls, v: str | None) -> str | None:
        if v is not None and not v.startswith(URL_SCHEMES_REDIS):
            raise ValueError(
                f"expected a Redis URL such as redis://host:6379/0, got {mask_url(v)!r}"
            )
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
            where = strict.yaml_where(exc)
            raise ConfigError([(CONFIG_ENV, f"{path} is not valid YAML: {where}")]) from None
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise ConfigError([(CONFIG_ENV, f"{path} must hold a mapping of settings")])
        return data


def load_settings(**overrides: Any) -> Settings:
    """Build settings from the sources; raise :class:`ConfigError` listing every bad field."""
    source = os.environ.get(CONFIG_ENV, "") or "environment"
    env_problems = strict.unknown_env(os.environ, Settings)
    problems: list[tuple[str, str]] = []
    try:
        settings = Settings(**overrides)
    except ValidationError as exc:
        problems = strict.describe(exc.errors(), strict.secret_env_values(os.environ))
    except SettingsError as exc:  # a SWARM_* value that is not valid JSON for its field
        problems = [strict.describe_settings_error(exc)]
    problems = strict.merge(env_problems, problems)
    if problems:
        raise ConfigError(problems, source)
    return settings


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, built once (workers and the CLI entry points call this)."""
    return load_settings()


def masked(settings: Settings) -> dict[str, Any]:
    """The effective settings as plain data with secrets masked, for ``swarm config show``."""
    data = settings.model_dump(mode="json")
    data["database"]["url"] = mask_url(settings.database_url)
    for key in ("broker_url", "result_backend", "coordination_url"):
        if data[key]:
            data[key] = mask_url(data[key])
    data["x"]["api_url"] = mask_url(settings.x.api_url)
    for hook in data["webhooks"]:
        hook["url"] = endpoint(hook["url"])  # the path of a webhook URL is often its token
    return data


def secret_values(settings: Settings) -> list[str]:
    """Every secret literal in ``settings``, for the log redactor (URLs are masked anyway)."""
    found = [
        s.get_secret_value()
        for s in (settings.x.bearer_token, settings.smtp.password)
        if s is not None
    ]
    for hook in settings.webhooks:
        found.append(hook.url)
        if hook.secret is not None:
            found.append(hook.secret.get_secret_value())
    for url in (settings.broker_url, settings.result_backend, settings.coordination_url,
                settings.database.url):
        userinfo = (url or "").split("://", 1)[-1].rpartition("@")[0]
        if ":" in userinfo:
            found.append(userinfo.split(":", 1)[1])
    return [s for s in found if s]

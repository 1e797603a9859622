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


# Optimiser ----------------------------------------------------------------------------------


class OptimiseSettings(BaseModel):
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
    x: XSettings = Field(default_factory=XSettings)
    smtp: SmtpSettings = Field(default_factory=SmtpSettings)
    webhooks: list[WebhookSettings] = Field(default_factory=list)
    log: LogSettings = Field(default_factory=LogSettings)
    optimise: OptimiseSettings = Field(default_factory=OptimiseSettings)

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

"""Celery configuration of TGE Swarm: queues, routes, reliability rules, time limits.

Read by ``swarm/app.py`` with ``config_from_object("celeryconfig")``. Values come from
``swarm.settings`` (YAML + ``SWARM_*`` environment), so this file holds the rules, not numbers.

Reliability rules (ARCHITECTURE.md): JSON only; late acks and reject-on-worker-lost with a
prefetch of one, so a task whose worker dies is delivered again; a visibility timeout above the
longest time limit plus retry back-off, so a slow task is never redelivered while it runs.
"""

from __future__ import annotations

from kombu import Exchange
from kombu import Queue as KombuQueue

from swarm.queues import DEFAULT_PRIORITY, PRIORITY_STEPS, Queue
from swarm.redis_tls import tls_options, uses_tls
from swarm.settings import DEFAULT_REDIS_URL, get_settings

_settings = get_settings()

broker_url = _settings.broker_url or DEFAULT_REDIS_URL
result_backend = _settings.result_backend or broker_url

# One direct exchange per queue, all declared; a misspelt queue fails instead of appearing.
task_queues = tuple(
    KombuQueue(q.value, Exchange(q.value, type="direct"), routing_key=q.value) for q in Queue
)
task_create_missing_queues = False
task_default_queue = Queue.COORDINATOR.value

# Every task is routed by its name: producers never name a queue.
task_routes = {
    "detection.fetch_feed": {"queue": Queue.NEWS_SCRAPER.value},
    "detection.search_x": {"queue": Queue.TWITTER_MONITOR.value},
    "detection.analyze_items": {"queue": Queue.KEYWORD_ANALYZER.value},
    "detection.record_signals": {"queue": Queue.DATA_QUALITY.value},
    "notify.*": {"queue": Queue.NOTIFIER.value},
    "coordinator.*": {"queue": Queue.COORDINATOR.value},
    "optimizer.*": {"queue": Queue.OPTIMIZER.value},
    "system.noop": {"queue": Queue.OPTIMIZER.value},
    "system.sleep": {"queue": Queue.OPTIMIZER.value},  # callers name the pool they load
    # The probe tasks: one per pool, used by the tests and to check a deployment by hand.
    **{f"system.probe.{q.value}": {"queue": q.value} for q in Queue},
}

# Serialisation: JSON only, never pickle.
task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
result_accept_content = ["json"]

# --- transport security (config-security) ---
# Signed task messages (security.enabled): every task and control message is JSON signed with
# the producer's X.509 key (Celery's ``auth`` serializer); a worker accepts only messages whose
# signer's certificate is in the store and whose signature verifies. swarm/app.py calls
# app.setup_security() when this is on. Results and events stay plain JSON.
if _settings.security.enabled:
    task_serializer = "auth"
    accept_content = ["auth"]
    security_key = str(_settings.security.key)
    security_certificate = str(_settings.security.certificate)
    security_cert_store = _settings.security.cert_store
    security_digest = _settings.security.digest

# Redis over TLS: the redis.tls_* settings apply to a rediss:// broker and result backend
# alike (the coordination client gets them in swarm.runtime).
if uses_tls(broker_url):
    broker_use_ssl = tls_options(_settings.redis)
if uses_tls(result_backend):
    redis_backend_use_ssl = tls_options(_settings.redis)

# Acks and delivery.
task_acks_late = True
task_reject_on_worker_lost = True
task_acks_on_failure = True
task_acks_on_timeout = True
worker_prefetch_multiplier = 1
worker_cancel_long_running_tasks_on_connection_loss = True

# Time limits.
task_time_limit = _settings.tasks.time_limit_s
task_soft_time_limit = _settings.tasks.soft_time_limit_s

# Priorities: four Redis priority steps, medium by default (see swarm.queues.Priority).
# Celery applies this default only to tasks registered in the sending process; the
# before_task_publish hook in swarm.coordination.celery_hooks gives it to every other message.
task_default_priority = DEFAULT_PRIORITY
task_queue_max_priority = max(PRIORITY_STEPS.values())

_socket_timeout_s = 10
# Redelivery after a lost worker: kombu's Redis transport puts a message back on its queue
# once it has been unacked for `visibility_timeout`, but only when a consumer scans the
# unacked index: by default every 10 s x 10 calls = 100 s, which made redelivery take up to
# visibility + 100 s. Every worker scans each second instead (one ZRANGE under a mutex), so
# a message is back within visibility + ~1 s. The scan mutex expires quickly so that a worker
# killed while holding it delays nobody for long (kombu's default: 300 s).
_unacked_restore_interval_s = 1
_unacked_mutex_expire_s = 10
broker_transport_options = {
    "visibility_timeout": _settings.visibility_timeout_s,
    "unacked_restore_interval": _unacked_restore_interval_s,
    "unacked_restore_throttle": 1,
    "unacked_mutex_expire": _unacked_mutex_expire_s,
    "priority_steps": sorted(PRIORITY_STEPS.values()),
    "sep": ":",
    "socket_timeout": _socket_timeout_s,
    "socket_connect_timeout": _socket_timeout_s,
    "socket_keepalive": True,
    "health_check_interval": 25,
    "retry_on_timeout": True,
}
result_backend_transport_options = {
    "socket_timeout": _socket_timeout_s,
    "socket_connect_timeout": _socket_timeout_s,
    "health_check_interval": 25,
    "retry_policy": {"timeout": 5.0},
}
redis_socket_timeout = _socket_timeout_s
redis_socket_connect_timeout = _socket_timeout_s
redis_backend_health_check_interval = 25
# A lost broker connection is retried for ever (kombu's default gives up after 100 tries
# and the worker exits): a Redis that restarts, even empty, finds every worker again.
broker_connection_retry_on_startup = True
broker_connection_retry = True
broker_connection_max_retries = None
broker_connection_timeout = _socket_timeout_s
broker_heartbeat = 0  # Redis has no AMQP heartbeats; health_check_interval covers it.

# Results expire; events on for Flower.
result_expires = _settings.tasks.result_expires_s
result_extended = True
worker_send_task_events = True
task_send_sent_event = True
task_track_started = True

worker_hijack_root_logger = False
worker_redirect_stdouts = False
timezone = "UTC"
enable_utc = True

# Beat: the schedule lives in beat_schedule.py; one beat at a time is guarded by a Redis lock
# (swarm.coordination.beat.SingleBeatScheduler sends tasks only while it holds it).
from beat_schedule import beat_schedule as _schedule  # noqa: E402

beat_schedule = _schedule
beat_scheduler = "swarm.coordination.beat:SingleBeatScheduler"

beat_max_loop_interval = 5

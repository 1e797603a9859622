"""Every Redis key prefix TGE Swarm writes, in one place."""

from __future__ import annotations

ROOT = "swarm"
LOCK = f"{ROOT}:lock"  # swarm:lock:<name> (+ :fence, :signal, :readers ...)
LOCKS_HELD = f"{ROOT}:locks"  # zset: exclusive lock name -> lease end ms
RWLOCK = f"{ROOT}:rwlock"  # swarm:rwlock:<name>:writer (+ :readers, :intent, :fence ...)
RWLOCKS_HELD = f"{ROOT}:rwlocks"  # zset: read-write lock name -> latest lease end ms
FENCE = f"{ROOT}:fence"  # swarm:fence:<key> last fencing token that wrote <key>
RATE = f"{ROOT}:rate"  # swarm:rate:<bucket>
AGENT = f"{ROOT}:agent"  # swarm:agent:<name> hash; swarm:agents set of names
AGENTS = f"{ROOT}:agents"
AUDIT_STREAM = f"{ROOT}:audit"
CONFLICTS = f"{ROOT}:conflicts"  # hash: resource -> denials since the last sync sweep
LOCK_WAITS = f"{ROOT}:lock-waits"  # hash: lock name -> waits ended (a counter, never reset)
LOCK_WAIT_SECONDS = f"{ROOT}:lock-wait-seconds"  # hash: lock name -> seconds of those waits
SEEN = f"{ROOT}:seen"  # swarm:seen:<slot> de-duplication of scheduled slots
RESENT = f"{ROOT}:resent"  # swarm:resent:<kind>:<id> a hand-off re-sent by recover (TTL)
OPTIMISE_SOURCES = f"{ROOT}:optimise:sources"  # hash: source id -> counters at the last run
TEST = f"{ROOT}:test"  # used by the test-suite and the demo probe job only
# --- self-healing: health snapshots, running tasks, desired state, pool events --------------
HEALTH = f"{ROOT}:health"  # swarm:health:latest (snapshot JSON), swarm:health:dead-mark
RUNNING = f"{ROOT}:running"  # hash: task id -> JSON {task, worker, queue, started, limit_s}
DESIRED = f"{ROOT}:desired"  # hash: pool -> desired replicas (+ swarm:desired:changed)
POOL_EVENTS = f"{ROOT}:pool-events"  # stream of the pool manager's actions and reasons

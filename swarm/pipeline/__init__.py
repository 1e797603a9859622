"""The detection pipeline's domain services: they take a session and values, never commit.

``catalog`` (watch list and detection configs in the DB), ``sources`` (feeds and X queries,
scheduling, circuit breaker), ``ingest`` (store, score, mark processed), ``events`` (merge
signals into alerts). Tasks in ``tasks/detection.py`` open the session and call these.
"""

"""Celery tasks of TGE Swarm: thin wrappers that validate a payload and call ``swarm.*``."""

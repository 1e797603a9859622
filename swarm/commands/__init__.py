"""Sub-commands of the ``swarm`` CLI, one module per group; each exposes ``register(app)``."""

"""Agent pools and the pool manager that runs them (local subprocesses)."""

"""Relational storage: SQLAlchemy 2.x models, engines and sessions, Alembic migrations."""

"""dead letters as a tool: traceback, correlation id, payload size, replay state

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 22:00:00

* ``traceback``: the last frames of the failure, for ``swarm deadletters show``.
* ``correlation_id``: the job the message belonged to; a replay carries it on.
* ``payload_bytes`` / ``truncated``: the payload's JSON size; a payload above
  ``deadletters.max_payload_bytes`` is kept as a marker with its head only (never replayed).
* ``replayed_at`` / ``replay_task_id``: a replayed row is marked, not deleted.
* an index on ``created_at`` for listing by age and purging.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dead_letters") as batch:
        batch.add_column(sa.Column("traceback", sa.Text(), nullable=True))
        batch.add_column(sa.Column("correlation_id", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("payload_bytes", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("truncated", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("replayed_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("replay_task_id", sa.String(length=64), nullable=True))
        batch.create_index("ix_dead_letters_created_at", ["created_at"])


def downgrade() -> None:
    with op.batch_alter_table("dead_letters") as batch:
        batch.drop_index("ix_dead_letters_created_at")
        for column in (
            "replay_task_id",
            "replayed_at",
            "truncated",
            "payload_bytes",
            "correlation_id",
            "traceback",
        ):
            batch.drop_column(column)

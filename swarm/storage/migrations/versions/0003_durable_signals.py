"""durable signals; alerts keep their publication time

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 21:40:00

* ``signals``: a signal is recorded with its item (same transaction) and marked merged with
  its evidence row, so that the recovery sweep can re-send what the broker lost.
* ``alerts.published_at``: the publication time of the event's first evidence, from which
  merge windows count; existing alerts take their creation time.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signals",
        sa.Column("item_id", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_signals_item_id_items"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_signals")),
    )
    op.create_index(op.f("ix_signals_merged_at"), "signals", ["merged_at"], unique=False)
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("published_at", sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE alerts SET published_at = created_at")
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.alter_column(
            "published_at", existing_type=sa.DateTime(timezone=True), nullable=False
        )


def downgrade() -> None:
    with op.batch_alter_table("alerts", schema=None) as batch_op:
        batch_op.drop_column("published_at")
    op.drop_index(op.f("ix_signals_merged_at"), table_name="signals")
    op.drop_table("signals")

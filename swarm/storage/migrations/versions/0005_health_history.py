"""health history: one row per health sweep, bounded by health.history_max

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 22:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "health_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("findings", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_health_history")),
    )
    op.create_index(
        op.f("ix_health_history_taken_at"), "health_history", ["taken_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_health_history_taken_at"), table_name="health_history")
    op.drop_table("health_history")

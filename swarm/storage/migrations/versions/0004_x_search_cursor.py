"""X search cursor: resume a burst of result pages on the next poll

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 22:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sources') as batch:
        batch.add_column(sa.Column('x_next_token', sa.Text(), nullable=True))
        batch.add_column(sa.Column('x_pending_since_id', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sources') as batch:
        batch.drop_column('x_pending_since_id')
        batch.drop_column('x_next_token')

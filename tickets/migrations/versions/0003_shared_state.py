"""state shared by several web workers: chat transcripts, rate-limit windows, the index version

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 02:10:00
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
        "web_transcripts",
        sa.Column("session_id", sa.String(length=128), nullable=False),
        sa.Column("turns", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("session_id"),
    )
    op.create_index("ix_web_transcripts_updated", "web_transcripts", ["updated_at"])
    op.create_table(
        "rate_windows",
        sa.Column("key", sa.String(length=250), nullable=False),
        sa.Column("window", sa.BigInteger(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", "window"),
    )
    op.create_index("ix_rate_windows_window", "rate_windows", ["window"])
    op.create_table(
        "index_state",
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("ingest_owner", sa.String(length=100), nullable=True),
        sa.Column("ingest_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("index_state")
    op.drop_index("ix_rate_windows_window", table_name="rate_windows")
    op.drop_table("rate_windows")
    op.drop_index("ix_web_transcripts_updated", table_name="web_transcripts")
    op.drop_table("web_transcripts")

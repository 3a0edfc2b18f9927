"""security: sign-in throttling and request limits in the database, session revocation, one evaluation
per account, agency and quarter, no raw web session id kept as a requester id

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 02:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("session_epoch", sa.Integer(), nullable=False, server_default="0"))
    op.create_table(
        "revoked_sessions",
        sa.Column("jti", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("jti"),
    )
    op.create_index("ix_revoked_sessions_expires_at", "revoked_sessions", ["expires_at"])
    op.create_table(
        "sign_in_failures",
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("first_failed_at", sa.DateTime(), nullable=False),
        sa.Column("last_failed_at", sa.DateTime(), nullable=False),
        sa.Column("blocked_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("username", "address"),
    )
    op.create_index("ix_sign_in_failures_last_failed_at", "sign_in_failures", ["last_failed_at"])
    op.create_table(
        "rate_limits",
        sa.Column("scope", sa.String(length=30), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("window_start", sa.DateTime(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("scope", "key"),
    )
    # One evaluation per account, agency and quarter: keep the newest of any repeats.
    op.execute(
        "DELETE FROM evaluations WHERE user_id IS NOT NULL AND id NOT IN ("
        "SELECT MAX(id) FROM evaluations WHERE user_id IS NOT NULL GROUP BY user_id, agency, year, quarter)"
    )
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.create_unique_constraint(
            "uq_evaluations_user_agency_period", ["user_id", "agency", "year", "quarter"]
        )
    # Web tickets kept the browser's session id as the requester id, shown to staff: drop it. New web
    # tickets keep a keyed digest of the session instead (api/web/session.py).
    op.execute("UPDATE tickets SET channel_user_id = NULL WHERE channel = 'web'")


def downgrade() -> None:
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.drop_constraint("uq_evaluations_user_agency_period", type_="unique")
    op.drop_table("rate_limits")
    op.drop_index("ix_sign_in_failures_last_failed_at", table_name="sign_in_failures")
    op.drop_table("sign_in_failures")
    op.drop_index("ix_revoked_sessions_expires_at", table_name="revoked_sessions")
    op.drop_table("revoked_sessions")
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.drop_column("session_epoch")

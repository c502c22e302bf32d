"""task artefacts: what a clinical task produced (a hash, never text) and its sign-offs.

Revision ID: 0004_task_artefacts
Revises: 0003_usage
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_task_artefacts"
down_revision = "0003_usage"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "task_artefacts",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("task", sa.String(64), nullable=False),
        sa.Column("alias", sa.String(200), nullable=True),
        sa.Column("result_sha256", sa.String(64), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=True),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_table(
        "task_signoffs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("artefact_id", sa.String(64), sa.ForeignKey("task_artefacts.id"), nullable=False),
        sa.Column("clinician", sa.String(200), nullable=False),
        sa.Column("note", sa.Text, nullable=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=True),
    )
    op.create_index("ix_task_signoffs_artefact_id", "task_signoffs", ["artefact_id"])


def downgrade() -> None:
    op.drop_table("task_signoffs")
    op.drop_table("task_artefacts")

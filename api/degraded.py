"""Answers given while the vector store is down: flagged `"degraded": true`, with a note to the reader.

Retrieval then works from the lexical index alone (knowledge/dense_guard.py); the answer may miss a
passage the semantic search would have found, and the reader is told so.
"""

from __future__ import annotations

from typing import Any

from knowledge.answer_cache import AnswerService
from knowledge.replies import DEGRADED_NOTE


def vector_store_down(assistant: AnswerService) -> bool:
    return assistant.index.dense_guard.down


def mark(payload: dict[str, Any], assistant: AnswerService) -> dict[str, Any]:
    """The answer object as sent, with the flag and the note when it was answered without vectors."""
    if payload.get("degraded"):
        return payload  # the assistant marked it already (every channel gets the note)
    if payload.get("route") == "answer" and vector_store_down(assistant):
        payload["degraded"] = True
        payload["answer"] = f"{payload.get('answer', '')}\n\n{DEGRADED_NOTE}"
    return payload

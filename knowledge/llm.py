"""Optional rephrasing by an LLM (any OpenAI-compatible server, through LangChain's ChatOpenAI).

The model sees only the question, the extractive answer and the cited passages. Its text is used
only when it keeps every citation marker of the extract and brings no number that the passages
do not hold; any error, time-out or violation returns None and the extractive answer stands.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

_NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")
_MARKER = re.compile(r"\[\d+\]")

SYSTEM_PROMPT = (
    "Bạn là Trợ lý ảo PCI Hải Phòng. Chỉ dùng các đoạn trích được cung cấp, không thêm thông tin, "
    "không thêm con số, ngày tháng, tên hay số điện thoại nào không có trong đoạn trích. "
    "Viết lại câu trả lời bằng tiếng Việt ngắn gọn, giữ nguyên các dấu trích dẫn như [1], [2]."
)


@dataclass(frozen=True)
class LLMConfig:
    base_url: str
    model: str = "local-model"
    api_key: str = "not-needed"
    timeout_s: float = 20.0


def numbers_in(text: str) -> set[str]:
    """The numbers of a text, citation markers ("[1]") left out."""
    return {n.strip(".,") for n in _NUMBER.findall(_MARKER.sub(" ", text))}


class Rephraser:
    def __init__(self, config: LLMConfig) -> None:
        self.config = config
        self._chat: Any = None

    def _client(self) -> Any:
        if self._chat is None:
            from langchain_openai import ChatOpenAI

            self._chat = ChatOpenAI(
                base_url=self.config.base_url,
                api_key=self.config.api_key or "not-needed",  # type: ignore[arg-type]
                model=self.config.model,
                temperature=0,
                timeout=self.config.timeout_s,
                max_retries=0,
            )
        return self._chat

    def rephrase(self, question: str, extract: str, passages: list[str]) -> str | None:
        body, sep, refs = extract.partition("\n\nNguồn:\n")
        context = "\n\n".join(f"[{i}] {p}" for i, p in enumerate(passages, start=1))
        prompt = f"Câu hỏi: {question}\n\nĐoạn trích:\n{context}\n\nCâu trả lời trích xuất:\n{body}"
        try:
            reply = self._client().invoke([("system", SYSTEM_PROMPT), ("human", prompt)])
            text = str(reply.content).strip()
        except Exception as exc:  # any failure of the outside server: keep the extractive answer
            log.warning("LLM unavailable, extractive answer kept: %s", type(exc).__name__)
            return None
        if not text:
            return None
        allowed = numbers_in("\n".join(passages)) | numbers_in(question)
        if not numbers_in(text) <= allowed:
            log.info("LLM answer brought numbers not in the passages; extractive answer kept")
            return None
        if not set(_MARKER.findall(body)) <= set(_MARKER.findall(text)):
            log.info("LLM answer dropped citations; extractive answer kept")
            return None
        return text + (sep + refs if sep else "")

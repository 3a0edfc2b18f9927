"""The support intake: collect who is asking and what the problem is, one short question at a time.

A ticket needs the requester's name, a phone number or tax code, and the problem. Whatever a message
already says is taken at once (one message can carry everything); whatever is missing is asked for,
in a fixed order: the problem, the name, then a way to reach them. The state is a small JSON document
kept in the `conversations` table by the dialog, so a restart in the middle loses nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, fields
from typing import Any, Literal

from bot.extract import find_details, looks_like_name, remainder, word_count

Step = Literal["problem", "name", "contact"]

MIN_PROBLEM_WORDS = 4
MIN_PROBLEM_WORDS_WHEN_ASKED = 2
MIN_DESCRIPTION_CHARS = 10  # tickets.domain.TicketCreate.description

QUESTIONS: dict[Step, str] = {
    "problem": "Anh/chị vui lòng mô tả ngắn gọn khó khăn, vướng mắc cần hỗ trợ.",
    "name": "Xin cho biết họ tên của anh/chị (và tên doanh nghiệp, nếu có).",
    "contact": "Xin cho biết số điện thoại hoặc mã số thuế của doanh nghiệp để cơ quan xử lý liên hệ lại.",
}
RETRY: dict[Step, str] = {
    "problem": "Nội dung còn ngắn quá. Anh/chị mô tả cụ thể hơn vướng mắc đang gặp, giúp tôi nhé.",
    "name": "Tôi chưa nhận ra họ tên. Anh/chị gõ họ tên, ví dụ: Nguyễn Văn An.",
    "contact": "Tôi chưa nhận ra số điện thoại hay mã số thuế. Ví dụ: 0912345678 hoặc MST 0201234567.",
}
CANCEL_HINT = "(Gõ /huy để hủy yêu cầu.)"


@dataclass
class Intake:
    intake_id: str = ""
    name: str = ""
    company: str = ""
    phone: str = ""
    tax_code: str = ""
    email: str = ""
    problem: str = ""
    asked: str = ""
    retries: int = 0

    @classmethod
    def start(cls) -> Intake:
        return cls(intake_id=uuid.uuid4().hex)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Intake:
        names = {f.name for f in fields(cls)}
        intake = cls()
        for key, value in data.items():
            if key in names and isinstance(value, type(getattr(intake, key))):
                setattr(intake, key, value)
        return intake

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def missing(self) -> list[Step]:
        steps: list[Step] = []
        if not self.problem:
            steps.append("problem")
        if not self.name:
            steps.append("name")
        if not (self.phone or self.tax_code):
            steps.append("contact")
        return steps

    @property
    def complete(self) -> bool:
        return not self.missing()

    def take(self, text: str, *, first: bool = False) -> None:
        """Read one message of the requester into the state.

        `first` is the message that started the intake: its text counts as the problem only when it
        says enough on its own (a bare "/hotro" or "tôi cần hỗ trợ" does not).
        """
        details = find_details(text)
        asked = self.asked
        self.name = self.name or details.name
        self.company = self.company or details.company
        self.phone = self.phone or details.phone
        self.tax_code = self.tax_code or details.tax_code
        self.email = self.email or details.email
        rest = remainder(text, details.spans)
        if asked == "name" and not self.name:
            self.name = looks_like_name(rest)
            if self.name:
                rest = ""
        if not self.problem and asked != "name":
            need = MIN_PROBLEM_WORDS_WHEN_ASKED if asked == "problem" else MIN_PROBLEM_WORDS
            if (
                word_count(rest) >= need
                and len(rest) >= MIN_DESCRIPTION_CHARS
                and not (first and _bare(rest))
            ):
                self.problem = rest

    def next_question(self) -> str:
        """The one question to ask now (a gentler re-ask when the last answer did not fit)."""
        step = self.missing()[0]
        text = RETRY[step] if step == self.asked else QUESTIONS[step]
        self.retries = self.retries + 1 if step == self.asked else 0
        self.asked = step
        return f"{text}\n{CANCEL_HINT}"

    def subject(self) -> str:
        first = self.problem.split("\n", 1)[0]
        for stop in (". ", "? ", "! "):
            if stop in first[:150]:
                first = first.split(stop, 1)[0]
                break
        return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "..."


def _bare(text: str) -> bool:
    """A request for help that says nothing about the problem itself."""
    words = {w.lower() for w in text.replace(",", " ").replace(".", " ").split()}
    generic = {
        "tôi",
        "mình",
        "em",
        "cần",
        "muốn",
        "xin",
        "được",
        "hỗ",
        "trợ",
        "giúp",
        "đỡ",
        "với",
        "ạ",
        "cho",
        "yêu",
        "cầu",
        "gửi",
        "báo",
        "khó",
        "khăn",
        "vướng",
        "mắc",
        "doanh",
        "nghiệp",
        "công",
        "ty",
        "/hotro",
    }
    return words <= generic

"""The associations' evaluation form (Phiếu đánh giá): its questions, storing answers, summaries.

Answers are stored in the `evaluations` table (tickets/models.py) as JSON {question key: score 1..5}.
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.web.forms import small_int
from tickets.models import Evaluation, utcnow

# (key, the question, a short column heading)
QUESTIONS: tuple[tuple[str, str, str], ...] = (
    ("tiep_nhan", "Sự thuận tiện khi doanh nghiệp gửi phản ánh, kiến nghị", "Tiếp nhận"),
    ("thoi_gian", "Thời gian phản hồi, giải quyết so với thời hạn cam kết", "Thời gian"),
    ("chat_luong", "Chất lượng, tính đầy đủ và rõ ràng của nội dung trả lời", "Chất lượng"),
    ("thai_do", "Thái độ, tinh thần phục vụ của cán bộ", "Thái độ"),
    ("minh_bach", "Công khai, minh bạch thông tin và thủ tục", "Minh bạch"),
    ("hai_long", "Mức độ hài lòng chung", "Hài lòng chung"),
)
SCALE: tuple[tuple[int, str], ...] = (
    (1, "Rất kém"),
    (2, "Kém"),
    (3, "Trung bình"),
    (4, "Tốt"),
    (5, "Rất tốt"),
)
MAX_COMMENT = 2000


@dataclass(frozen=True)
class EvaluationInput:
    agency: str
    year: int
    quarter: int
    answers: dict[str, int]
    comment: str | None


def parse_form(
    form: dict[str, str], agencies: list[str], years: list[int]
) -> tuple[EvaluationInput | None, dict[str, str]]:
    """Validate a submitted form; returns the input or Vietnamese messages keyed by field name."""
    errors: dict[str, str] = {}
    agency = form.get("agency", "").strip()
    if agency not in agencies:
        errors["agency"] = "Vui lòng chọn cơ quan được đánh giá."
    year = small_int(form.get("year")) or 0
    if year not in years:
        errors["year"] = "Vui lòng chọn năm đánh giá."
    quarter = small_int(form.get("quarter")) or 0
    if quarter not in (1, 2, 3, 4):
        errors["quarter"] = "Vui lòng chọn quý đánh giá."
    answers: dict[str, int] = {}
    for key, *_ in QUESTIONS:
        value = form.get(f"q_{key}", "")
        score = small_int(value)
        if score is not None and 1 <= score <= 5:
            answers[key] = score
        else:
            errors[f"q_{key}"] = "Vui lòng chọn một mức đánh giá từ 1 đến 5."
    comment = form.get("comment", "").strip() or None
    if comment and len(comment) > MAX_COMMENT:
        errors["comment"] = f"Ý kiến tối đa {MAX_COMMENT} ký tự."
    if errors:
        return None, errors
    return EvaluationInput(agency, year, quarter, answers, comment), {}


def store(session: Session, data: EvaluationInput, user_id: int) -> int:
    """One evaluation per account, agency and quarter: a resubmission replaces the earlier answers."""
    row = session.scalars(
        select(Evaluation)
        .where(
            Evaluation.user_id == user_id,
            Evaluation.agency == data.agency,
            Evaluation.year == data.year,
            Evaluation.quarter == data.quarter,
        )
        .with_for_update()
    ).first()
    if row is None:
        row = Evaluation(agency=data.agency, year=data.year, quarter=data.quarter, user_id=user_id)
        session.add(row)
    row.answers = json.dumps(data.answers, ensure_ascii=False)
    row.comment = data.comment
    row.created_at = utcnow()
    session.flush()
    return int(row.id)


@dataclass(frozen=True)
class EvaluationSummary:
    agency: str
    year: int
    quarter: int
    count: int
    means: dict[str, float]

    @property
    def overall(self) -> float:
        return round(statistics.fmean(self.means.values()), 2) if self.means else 0.0


def summaries(session: Session, year: int | None = None) -> list[EvaluationSummary]:
    """Mean score per question, per agency and quarter (newest quarter first)."""
    stmt = select(Evaluation.agency, Evaluation.year, Evaluation.quarter, Evaluation.answers)
    if year is not None:
        stmt = stmt.where(Evaluation.year == year)
    groups: dict[tuple[str, int, int], list[dict[str, int]]] = defaultdict(list)
    for agency, y, q, answers in session.execute(stmt).all():
        try:
            parsed = json.loads(answers)
        except ValueError:
            continue
        if isinstance(parsed, dict):
            groups[(agency, y, q)].append({k: int(v) for k, v in parsed.items() if isinstance(v, int)})
    result = []
    for (agency, y, q), items in groups.items():
        means = {}
        for key, *_ in QUESTIONS:
            scores = [item[key] for item in items if key in item]
            if scores:
                means[key] = round(statistics.fmean(scores), 2)
        result.append(EvaluationSummary(agency, y, q, len(items), means))
    result.sort(key=lambda s: (-s.year, -s.quarter, s.agency))
    return result

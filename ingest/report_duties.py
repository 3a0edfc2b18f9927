"""Reporting duties in a plan's text: what to report, to whom, how often, before which date."""

from __future__ import annotations

import re

from ingest.chunking import bounded_sentences
from ingest.records import ReportDuty
from ingest.structure import Section
from knowledge.text import spaces

_TRIGGER = re.compile(
    r"định kỳ|đình kỳ|hàng quý|hằng quý|hàng tháng|hằng tháng|hàng năm|hằng năm"
    r"|trước ngày|chậm nhất|Khi có kết quả",
    re.IGNORECASE,
)
_QUARTER = re.compile(r"(?:hàng|hằng) quý\s*\(?(trước ngày \d{1,2} (?:của )?các tháng [\d, và]+)\)?")
_ANNUAL = re.compile(r"báo cáo năm\s*(trước ngày \d{1,2}(?: tháng \d{1,2}|/\d{1,2}))")
_MONTHLY = re.compile(r"(?:hàng|hằng) tháng")
_ONE_OFF = re.compile(
    r"(trong tháng \d{1,2}/\d{4}(?: và chậm nhất [^.;]+)?|chậm nhất [^.;]+|Khi có kết quả [^,]+)"
)
_TO = re.compile(
    r"gửi (?:báo cáo )?(?:về )?(.+?)(?=\s+(?:tổng hợp|đình kỳ|định kỳ|trong tháng|để|xem xét)\b|[,;.(]|$)"
)
_SUBJECT = re.compile(r"^(?:\d+\.\s*)?(.+?)\s+(?:thực hiện báo cáo|căn cứ|có trách nhiệm|gửi báo cáo)\b")


def _reporter(sentence: str, heading: str) -> str:
    match = _SUBJECT.match(sentence)
    if match and match.group(1)[:1].isupper() and len(match.group(1)) < 160:
        return match.group(1).strip(" -")
    return re.sub(r"^(?:[IVXLC]+\.|\d+\.)\s*", "", heading).rstrip(" :")


def report_duties(sections: list[Section], *, doc: str, plan: str) -> list[ReportDuty]:
    out: list[ReportDuty] = []
    for section in sections:
        for para in section.paragraphs:
            for sentence in bounded_sentences(para):
                if "báo cáo" not in sentence.lower() and "gửi" not in sentence.lower():
                    continue
                if not _TRIGGER.search(sentence) or "gửi" not in sentence.lower():
                    continue
                out.extend(_duties(spaces(sentence), section, doc=doc, plan=plan))
    return out


def _duties(sentence: str, section: Section, *, doc: str, plan: str) -> list[ReportDuty]:
    to_match = _TO.search(sentence)
    reporter = _reporter(sentence.lstrip("- "), section.heading)
    found: list[tuple[str, str, str]] = []  # (what, frequency, deadline)
    quarter = _QUARTER.search(sentence)
    if quarter:
        found.append(("Báo cáo quý kết quả thực hiện kế hoạch", "hàng quý", quarter.group(1)))
    annual = _ANNUAL.search(sentence)
    if annual:
        found.append(("Báo cáo năm kết quả thực hiện kế hoạch", "hàng năm", annual.group(1)))
    if _MONTHLY.search(sentence) and not found:
        deadline = "hàng tháng và khi có yêu cầu" if "khi có yêu cầu" in sentence else "hàng tháng"
        found.append(("Báo cáo kết quả thực hiện kế hoạch", "hàng tháng", deadline))
    one_off = _ONE_OFF.search(sentence)
    if one_off and not found:
        what = re.split(r",? gửi ", sentence.lstrip("- "), maxsplit=1)[0]
        found.append((what, "theo mốc", one_off.group(1).strip()))
    return [
        ReportDuty(
            doc=doc,
            plan=plan,
            reporter=reporter,
            what=what,
            to=to_match.group(1).strip() if to_match else "",
            frequency=frequency,
            deadline=deadline,
            text=sentence,
            section=section.title,
        )
        for what, frequency, deadline in found
    ]

"""A document's card: what a reader asks of the document itself — number, date, issuer, title, signer,
recipients, what it implements and what it replaces — with the verbatim header and signature lines
that state it (the card's passage, cited by answers about the document).

The card is read from the text (the "Số: ..." and "..., ngày ... tháng ... năm ..." header lines, the
"Thực hiện ..."/"Căn cứ ..." opening, the "Nơi nhận:" list and the signature block) and may be
completed or corrected by a sidecar file the user puts next to the document: `<stem>.meta.json`
(format in README.md, "Documents you add"). A sidecar's values win; the passage then says they came from it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knowledge.text import spaces

SIDECAR_SUFFIX = ".meta.json"
SIDECAR_KEYS = (
    "number",
    "title",
    "issuer",
    "date",
    "signer",
    "signer_title",
    "period",
    "status",
    "replaced_by",
    "replaces",
    "recipients",
    "implements",
)
CARD_SECTION = "Thông tin văn bản (số, ngày, cơ quan ban hành, người ký, nơi nhận)"
CARD_MAX = 1150  # a citation: only the first 1,200 characters of a source count as its passage

_CLOSING = re.compile(r"^\s*\**\s*(Nơi nhận|Nơi gửi)\s*:", re.IGNORECASE)
_AUTHORITY = re.compile(r"^(TM|KT|TL|TUQ|Q|Q\.)\s*\.?\s*\S", re.IGNORECASE)
_PLACE_DATE = re.compile(
    r"([A-ZĐÀ-Ỹ][\wÀ-ỹ ]{1,40}),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})", re.UNICODE
)
# "Thực hiện Kế hoạch số …" (a Party resolution's number too: "Nghị quyết số 09-NQ/ĐU"), and a reference
# after a few words ("Thực hiện chỉ đạo của UBND thành phố tại Văn bản số …"): any kind of document
# that carries a number.
_REFERENCE = re.compile(
    r"\b(Thực hiện|Căn cứ)\s+((?:[^;.\n]{0,80}?\s)?(?:Kế hoạch|Quyết định|Nghị quyết|Chỉ thị|Công văn|Văn bản"
    r"|Thông báo|Thông tư|Hướng dẫn|Luật|Nghị định)"
    r"[^;.]*?số\s*\d[\d\-]*(?:-[A-ZĐ]{1,4})?\s*/\s*[A-ZĐ0-9\-&]+(?:\s*ngày\s*\d{1,2}/\d{1,2}/\d{4})?[^;.]*)"
)
_REPLACES = re.compile(r"[^.\n]*\bthay thế (?:Kế hoạch|Quyết định)[^.\n]*\.?")
_ATTACHED = re.compile(r"\(?\s*Kèm theo [^)\n]*\d+\s*/\s*[A-ZĐ][^)\n]*\)?")
_OPENINGS = ("Thực hiện", "Căn cứ", "Nhằm", "Theo", "Để", "Kính gửi")
_HEADER_STOP = re.compile(r"^(I|1)\s*\.|^(PHẦN|Phần)\b")


@dataclass
class DocumentCard:
    number: str = ""
    title: str = ""
    issuer: str = ""
    date: str = ""  # ISO (yyyy-mm-dd, or yyyy-mm when the day is left blank)
    date_text: str = ""  # as the document writes it: "ngày 26 tháng 8 năm 2024"
    place: str = ""
    signer: str = ""
    signer_title: str = ""  # "Phó Chủ tịch"
    authority: str = ""  # "TM. Ủy ban nhân dân, KT. Chủ tịch"
    recipients: list[str] = field(default_factory=list)
    implements: list[str] = field(default_factory=list)
    replaces_text: str = ""
    from_sidecar: list[str] = field(default_factory=list)  # the fields a sidecar file gave
    passage: str = ""  # the verbatim header and closing lines

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()}


def _plain(line: str) -> str:
    return spaces(line.replace("*", " ").replace("_", " "))


def _is_name(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() and (w[1:].islower() or len(w) == 1) for w in words)


def _title_case(text: str) -> str:
    """ "PHÓ CHỦ TỊCH" -> "Phó Chủ tịch", "KT. TRƯỞNG BAN" -> "KT. Trưởng ban"."""
    text = spaces(text)
    prefix = ""
    m = re.match(r"^(TM|KT|TL|TUQ|Q)\s*\.\s*", text, re.IGNORECASE)
    if m:
        prefix, text = m.group(1).upper() + ". ", text[m.end() :]
    low = text.lower()
    if low.startswith("phó ") and len(low) > 4:
        return prefix + "Phó " + low[4:5].upper() + low[5:]
    return prefix + low[:1].upper() + low[1:]


def _closing(lines: list[str]) -> tuple[int, int]:
    """(first, last) line index of the recipients list and signature block; (-1, -1) when absent."""
    start = next((i for i, line in enumerate(lines) if _CLOSING.match(line)), -1)
    if start < 0:
        return -1, -1
    end = start
    for i in range(start + 1, min(len(lines), start + 40)):
        plain = _plain(lines[i])
        if not plain:
            continue
        if plain.upper().startswith("PHỤ LỤC"):
            break
        end = i
        if _is_name(plain) and i > start + 1:
            break
    return start, end


def _signature(block: list[str]) -> tuple[str, str, str]:
    """(signer, title, authority) from the lines after the recipients."""
    plain = [_plain(line) for line in block if _plain(line)]
    name_at = next((i for i in range(len(plain) - 1, -1, -1) if _is_name(plain[i])), -1)
    if name_at < 0:
        return "", "", ""
    above: list[str] = []
    for line in reversed(plain[:name_at]):
        if line.startswith("-") or line.endswith(";") or not line.isupper():
            break
        above.insert(0, line)
    authority = [a for a in above if _AUTHORITY.match(a)]
    titles = [a for a in above if a not in authority]
    title = _title_case(titles[-1]) if titles else ""
    if not title and authority:  # "KT.TRƯỞNG BAN" alone names the office signed for
        title = _title_case(re.sub(r"^\w+\s*\.\s*", "", authority[-1]))
    return plain[name_at], title, ", ".join(_title_case(a) for a in authority)


_ADDRESSED = re.compile(r"^Kính gửi\s*:?\s*(.*)$", re.IGNORECASE)


def _addressees(lines: list[str]) -> tuple[list[str], str]:
    """Whom a report or letter is addressed to ("Kính gửi: Ủy ban nhân dân thành phố", or a list of
    "- ..." lines after it) and the header lines that say so (for the card's citation)."""
    plain = [_plain(line) for line in lines[:60]]
    at = next((i for i, line in enumerate(plain) if _ADDRESSED.match(line)), -1)
    if at < 0:
        return [], ""
    said = [plain[at]]
    first = _ADDRESSED.match(plain[at])
    names = [first.group(1).strip(" ;.")] if first and first.group(1).strip(" ;.") else []
    for line in plain[at + 1 : at + 12]:
        if not line.startswith(("-", "–", "+", "•")):
            if line or names:
                break
            continue
        names.append(line.lstrip("-–+• ").strip(" ;."))
        said.append(line)
    return [n for n in names if n], "\n".join(said)


def _recipients(block: list[str]) -> list[str]:
    text = " ".join(_plain(line) for line in block)
    text = _CLOSING.sub("", text)
    parts = [p.strip(" ;.") for p in re.split(r"(?:^|\s)[-–•+]\s+", text) if p.strip(" ;.")]
    out = []
    for part in parts:
        part = re.split(r"\s+(?:TM|KT|TL|TUQ)\s*\.", part)[0].strip(" ;.")
        if part and not part.startswith(("Lưu", "Như trên")) and len(part) < 160:
            out.append(part)
    return out


def read_card(
    lines: list[str], paragraphs: list[str], *, number: str, title: str, issuer: str, date: str
) -> DocumentCard:
    """The card of a document from its lines (raw text lines, or paragraphs for .docx) and its
    paragraphs (wrapped lines joined: the opening sentence is read whole from them)."""
    lines = [line.rstrip() for line in lines]
    card = DocumentCard(number=number, title=title, issuer=issuer, date=date)
    head: list[str] = []
    for line in lines[:40]:
        plain = _plain(line)
        if _HEADER_STOP.match(plain) or plain.startswith(_OPENINGS) or len(plain) > 200 or len(head) >= 14:
            break
        if plain:
            head.append(plain)
    head_text = "\n".join(head)
    place_date = _PLACE_DATE.search(head_text)
    if place_date:
        card.place = place_date.group(1).split("\n")[-1].strip()
        day, month, year = place_date.group(2), place_date.group(3), place_date.group(4)
        card.date_text = f"ngày {day} tháng {month} năm {year}" if day else f"tháng {month} năm {year}"
    # The opening paragraphs ("Căn cứ Luật …;", "Thực hiện Kế hoạch số …"): what the document implements
    # comes first, its legal bases after; a basis without a number ("Căn cứ Luật …") names no document.
    openings = [_plain(p) for p in paragraphs[:20] if _plain(p).startswith(("Thực hiện", "Căn cứ"))]
    refs = [spaces(m.group(0)) for o in openings for m in _REFERENCE.finditer(o)]
    card.implements = sorted(refs, key=lambda r: not r.startswith("Thực hiện"))[:4]
    quoted = [o for o in openings if any(r in spaces(o) for r in card.implements)][:2] or openings[:1]
    full = "\n".join(_plain(p) for p in paragraphs)
    replaces = _REPLACES.search(full)
    card.replaces_text = spaces(replaces.group(0)) if replaces else ""
    attached = _ATTACHED.search(full)
    start, end = _closing(lines)
    closing_raw = ""
    if start >= 0:
        block = lines[start : end + 1]
        cut = next((i for i, line in enumerate(block) if _AUTHORITY.match(_plain(line))), len(block))
        signer_at = [
            i
            for i, line in enumerate(block)
            if i > 0 and _plain(line).isupper() and not _plain(line).startswith("-") and ";" not in line
        ]
        cut = min(cut, signer_at[0]) if signer_at else cut
        card.recipients = _recipients(block[:cut])
        card.signer, card.signer_title, card.authority = _signature(block)
        closing_raw = "\n".join(line.strip() for line in block if line.strip())
    addressees, addressed = _addressees(lines)
    card.recipients = addressees + [r for r in card.recipients if r not in addressees]
    pieces = list(head) + ([addressed] if addressed else [])
    for opening in quoted:  # the card cites what the document implements from its own words
        pieces.append(opening if len(opening) < 300 else opening[:300].rsplit(" ", 1)[0] + " …")
    if attached and not card.date_text:
        pieces.append(spaces(attached.group(0)))
    if card.replaces_text:
        pieces.append(card.replaces_text)
    header_text = "\n".join(dict.fromkeys(pieces))
    room = CARD_MAX - len(closing_raw) - 1
    if len(header_text) > room:
        header_text = header_text[: max(0, room)].rsplit("\n", 1)[0]
    card.passage = "\n".join(p for p in (header_text, closing_raw) if p)
    return card


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> dict[str, Any]:
    """The user's metadata for a document, from `<stem>.meta.json` beside it ({} when there is none).

    Raises ValueError with a Vietnamese message when the file is not a JSON object of known keys.
    """
    side = sidecar_path(path)
    if not side.is_file():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(
            f"Tệp thông tin văn bản {side.name} không đọc được (cần JSON hợp lệ): {exc}"
        ) from None
    if not isinstance(data, dict):
        raise ValueError(f"Tệp thông tin văn bản {side.name} phải là một đối tượng JSON.")
    unknown = sorted(set(data) - set(SIDECAR_KEYS))
    if unknown:
        raise ValueError(f"Tệp {side.name} có trường không hỗ trợ: {', '.join(unknown)}.")
    return {k: v for k, v in data.items() if v not in (None, "", [])}


def iso_date(value: str) -> str:
    """ "28/8/2025" or "2025-08-28" -> "2025-08-28"; anything else unchanged."""
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value.strip())
    return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else value.strip()


def apply_sidecar(card: DocumentCard, side: dict[str, Any]) -> DocumentCard:
    for key, value in side.items():
        if key in ("replaces", "replaced_by", "period", "status"):
            continue  # document metadata, applied by the builder
        if key == "date":
            value = iso_date(str(value))
        if isinstance(getattr(card, key, None), list):
            value = [str(v) for v in value] if isinstance(value, list) else [str(value)]
        setattr(card, key, value)
        card.from_sidecar.append(key)
    if card.from_sidecar:
        stated = "; ".join(f"{key}: {_shown(side[key])}" for key in card.from_sidecar)
        card.passage = (
            card.passage + "\n" if card.passage else ""
        ) + f"[Thông tin do người nạp cung cấp] {stated}"
    return card


def _shown(value: Any) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)

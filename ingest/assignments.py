"""Assignments in a plan's "Tổ chức thực hiện" part: "3. Sở Tài chính: - Chủ trì, ..." -> task rows.

Each numbered item of the form "N. <who>: <what>" (the what on the same line or in the paragraphs
that follow) under a top heading "TỔ CHỨC THỰC HIỆN" becomes a TaskRecord led by <who>, numbered
"IV.3" after its headings, so that a duty look-up shows an agency's organisational duties too.
"""

from __future__ import annotations

import re

from ingest.records import TaskRecord
from ingest.structure import Section
from knowledge.text import fold_spaced, spaces

_ITEM = re.compile(r"^(\d{1,2})\.\s+([^:]{3,200}?)\s*:\s*(.*)$")
_TOP = re.compile(r"^([IVXLC]+)\.")


def assignments(sections: list[Section], *, doc: str, plan: str) -> list[TaskRecord]:
    out: list[TaskRecord] = []
    for section in sections:
        if len(section.path) != 2 or "to chuc thuc hien" not in fold_spaced(section.path[0]):
            continue
        item = _ITEM.match(section.heading)
        if not item:
            continue
        number, who, rest = item.groups()
        body = [rest] if rest else []
        body.extend(p for p in section.paragraphs if p != section.heading)
        what = spaces(" ".join(body))
        if not what:
            continue
        top = _TOP.match(section.path[0])
        out.append(
            TaskRecord(
                doc=doc,
                plan=plan,
                number=f"{top.group(1)}.{number}" if top else number,
                group=section.path[0],
                task=what,
                lead=spaces(who),
                cooperate="",
                period="",
                completion="",
                section=section.title,
                headers={"lead": "Cơ quan, đơn vị"},
            )
        )
    return out

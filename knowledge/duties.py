"""Duty look-up: the tasks an agency leads, cooperates on, or shares through a group it belongs to,
and its reporting duties — from the records ingest writes under <data_dir>/records/.

    book = DutiesBook.open(data_dir)
    result = book.lookup("STC")         # DutiesResult; .to_dict() is the `trolyao duties --json` shape
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from knowledge.agencies import CAP_XA, Agency, AgencyDirectory, Group, agencies_from_rows
from knowledge.text import fold_spaced

Role = Literal["lead", "cooperate", "shared"]
ROLE_ORDER = {"lead": 0, "cooperate": 1, "shared": 2}
ROLE_LABELS = {"lead": "Chủ trì", "cooperate": "Phối hợp", "shared": "Nhiệm vụ chung của nhóm"}
STATUS_LABELS = {"in_force": "đang có hiệu lực", "replaced": "đã được thay thế"}


@dataclass(frozen=True)
class DutyTask:
    plan: str
    number: str
    role: Role
    task: str
    lead: str
    cooperate: str
    period: str
    completion: str
    group: str = ""  # the group named in the table when role is "shared"
    group_role: str = ""  # "lead" or "cooperate": the group's role in the row
    pci_index: str = ""  # e.g. "IV. Chi phí tuân thủ"
    doc: str = ""
    section: str = ""
    status: str = "unknown"  # the plan's status


@dataclass(frozen=True)
class DutyReport:
    plan: str
    what: str
    to: str
    frequency: str
    deadline: str
    reporter: str
    doc: str = ""
    text: str = ""
    status: str = "unknown"


@dataclass
class DutiesResult:
    query: str
    agency: str  # the canonical name, "" when nothing matched
    found: bool
    tasks: list[DutyTask] = field(default_factory=list)
    reports: list[DutyReport] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    matched_by: str = ""  # exact | alias | former | local | fuzzy | none
    message: str = ""  # Vietnamese, for a human

    def to_dict(self) -> dict[str, Any]:
        return {
            "agency": self.agency,
            "query": self.query,
            "found": self.found,
            "matched_by": self.matched_by,
            "message": self.message,
            "suggestions": self.suggestions,
            "tasks": [asdict(t) for t in self.tasks],
            "reports": [asdict(r) for r in self.reports],
        }


_BOOKS: dict[tuple[str, ...], DutiesBook] = {}
_LOCK = threading.Lock()


def _directory(records: Path) -> AgencyDirectory:
    """The agencies list ingest wrote (records/agencies.json), else the shipped one."""
    rows = [r["fields"] for lst in _load(records / "agencies.json") for r in lst.get("records", [])]
    return AgencyDirectory(agencies_from_rows(rows)) if rows else AgencyDirectory.shipped()


def _stamp(path: Path) -> str:
    return str(path.stat().st_mtime_ns) if path.exists() else "-"


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []


def _number_key(number: str) -> tuple[int, str]:
    digits = re.match(r"\d+", number)
    return (int(digits.group(0)) if digits else 10_000, number)


class DutiesBook:
    def __init__(
        self,
        tasks: list[dict[str, Any]],
        reports: list[dict[str, Any]],
        documents: list[dict[str, Any]],
        directory: AgencyDirectory,
    ) -> None:
        self.tasks = tasks
        self.reports = reports
        self.status = {d["number"] or d["title"]: d.get("status", "unknown") for d in documents}
        self.issuer = {d["doc"]: d.get("issuer", "") for d in documents}
        self.directory = directory
        self._mentions: dict[str, tuple[list[str], list[Group]]] = {}
        for name in _unlisted_names(tasks, directory):
            directory.add(Agency(name))

    @classmethod
    def open(cls, data_dir: Path, directory: AgencyDirectory | None = None) -> DutiesBook:
        """The book of `data_dir`'s records; kept per process until ingest rewrites them."""
        records = Path(data_dir) / "records"
        if directory is not None:
            return cls._read(records, directory)
        key = (
            str(records.resolve()),
            *(_stamp(records / n) for n in ("tasks.json", "reports.json", "documents.json")),
        )
        with _LOCK:
            if key not in _BOOKS:
                _BOOKS.clear()
                _BOOKS[key] = cls._read(records, _directory(records))
            return _BOOKS[key]

    @classmethod
    def _read(cls, records: Path, directory: AgencyDirectory) -> DutiesBook:
        documents = _load(records / "documents.json")
        return cls(
            _load(records / "tasks.json"),
            _load(records / "reports.json"),
            documents.get("documents", []) if isinstance(documents, dict) else [],
            directory,
        )

    def assigns(self, doc: str) -> bool:
        """The document has a task table or report duties of its own."""
        return any(t.get("doc") == doc for t in self.tasks) or any(r.get("doc") == doc for r in self.reports)

    @property
    def empty(self) -> bool:
        return not self.tasks and not self.reports

    def _cell(self, text: str) -> tuple[list[str], list[Group]]:
        if text not in self._mentions:
            self._mentions[text] = self.directory.mentions(text)
        return self._mentions[text]

    def _role(self, agency: Agency, task: dict[str, Any]) -> tuple[Role, str, str] | None:
        lead, extra = [*re.split(r"\s+phối hợp với\s+", task["lead"], maxsplit=1), ""][:2]
        lead_names, lead_groups = self._cell(lead)
        coop_names, coop_groups = self._cell(f"{task['cooperate']}, {extra}" if extra else task["cooperate"])
        own = _own_forms(agency)
        if agency.name in lead_names or _named(own, lead):
            return "lead", "", ""
        if agency.name in coop_names or _named(own, f"{task['cooperate']} {extra}"):
            return "cooperate", "", ""
        for groups, group_role in ((lead_groups, "lead"), (coop_groups, "cooperate")):
            for group in groups:
                if group.name == agency.name:  # the commune level asked as a whole
                    return "lead" if group_role == "lead" else "cooperate", "", ""
                if group.membership in agency.groups:
                    return "shared", group.name, group_role
        return None

    def lookup(self, query: str) -> DutiesResult:
        query = query.strip()
        match = self.directory.match(query)
        if match.agency is None:
            names = ", ".join(f"“{n}”" for n in match.suggestions)
            message = f"Không tìm thấy cơ quan “{query}” trong danh sách."
            if names:
                message += f" Có phải anh/chị muốn tìm: {names}?"
            return DutiesResult(
                query, "", False, suggestions=match.suggestions, matched_by="none", message=message
            )
        agency = match.agency
        tasks: list[DutyTask] = []
        plans: set[str] = set()
        for task in self.tasks:
            found = self._role(agency, task)
            if found is None:
                continue
            role, group, group_role = found
            plans.add(task["plan"])
            tasks.append(
                DutyTask(
                    plan=task["plan"],
                    number=task["number"],
                    role=role,
                    task=task["task"],
                    lead=task["lead"],
                    cooperate=task["cooperate"],
                    period=task["period"],
                    completion=task["completion"],
                    group=group,
                    group_role=group_role,
                    pci_index=task.get("group", ""),
                    doc=task["doc"],
                    section=task.get("section", ""),
                    status=self.status.get(task["plan"], "unknown"),
                )
            )
        tasks.sort(key=lambda t: (t.status != "in_force", t.plan, ROLE_ORDER[t.role], _number_key(t.number)))
        reports = [
            DutyReport(
                plan=r["plan"],
                what=r["what"],
                to=r["to"],
                frequency=r["frequency"],
                deadline=r["deadline"],
                reporter=r["reporter"],
                doc=r["doc"],
                text=r["text"],
                status=self.status.get(r["plan"], "unknown"),
            )
            for r in self.reports
            if r["plan"] in plans
            or _same_body(agency, self.issuer.get(r["doc"], ""))
            or (CAP_XA in agency.groups and _same_body(agency, r["reporter"]))
        ]
        reports.sort(key=lambda r: (r.status != "in_force", r.plan))
        message = ""
        if match.how == "fuzzy":
            message = f"Không có tên “{query}” chính xác; kết quả cho “{agency.name}”."
        elif match.how == "former":
            message = f"“{query}” là tên cũ hoặc tên gọi khác; kết quả cho “{agency.name}”."
        if not tasks and not reports:
            message = (message + " " if message else "") + (
                "Chưa có dữ liệu nhiệm vụ (hãy chạy “trolyao ingest”)."
                if self.empty
                else f"Không tìm thấy nhiệm vụ nào giao cho “{agency.name}” trong các kế hoạch đã nạp."
            )
        return DutiesResult(query, agency.name, True, tasks, reports, matched_by=match.how, message=message)


_GENERIC = {"van phong", "cac phong", "lanh dao"}


def _unlisted_names(tasks: list[dict[str, Any]], directory: AgencyDirectory) -> list[str]:
    """Bodies named in task tables but not in the directory ("Văn phòng BQL", "Trung tâm DVVL-ĐT-XTĐT")."""
    out: list[str] = []
    for task in tasks:
        for cell in (task["lead"], task["cooperate"]):
            for piece in re.split(r"[,;]", cell):
                piece = piece.strip(" -.")
                folded = fold_spaced(piece)
                if folded.startswith("cac ") or "cac xa" in folded:
                    break  # a group list ("Các Cục, Vụ của ...") runs to the end of the cell
                if (
                    len(piece.split()) < 2
                    or not piece[:1].isupper()
                    or folded in _GENERIC
                    or piece in out
                    or any(directory.mentions(piece))
                    or directory.match(piece).how in ("exact", "alias", "former")
                ):
                    continue
                out.append(piece)
    return out


def _own_forms(agency: Agency) -> set[str]:
    """Names of bodies outside the directory (a ward, a Ban's own units) as they appear in tables."""
    if agency.full_name or agency.groups != (CAP_XA,):
        return set()
    return {fold_spaced(agency.name)} | {fold_spaced(a) for a in agency.aliases}


def _named(forms: set[str], cell: str) -> bool:
    folded = fold_spaced(cell)
    return any(re.search(rf"(?<![a-z]){re.escape(f)}(?![a-z])", folded) for f in forms)


def _same_body(agency: Agency, name: str) -> bool:
    if not name:
        return False
    key = fold_spaced(name)
    forms = {fold_spaced(agency.name), fold_spaced(agency.full_name)} | {
        fold_spaced(a) for a in agency.aliases
    } - {""}
    return any(f == key or (len(f) > 8 and f in key) for f in forms)


def render_text(result: DutiesResult) -> str:
    """Human output in Vietnamese (the `trolyao duties` text and the bot's reply)."""
    if not result.found:
        return result.message
    lines = [f"Nhiệm vụ của {result.agency}"]
    if result.message:
        lines.append(result.message)
    current_plan = None
    current_role = None
    for task in result.tasks:
        if task.plan != current_plan:
            status = STATUS_LABELS.get(task.status, "")
            lines.append("")
            lines.append(f"Kế hoạch {task.plan}" + (f" ({status})" if status else ""))
            current_plan, current_role = task.plan, None
        if task.role != current_role:
            count = sum(1 for t in result.tasks if t.plan == task.plan and t.role == task.role)
            lines.append(f"  {ROLE_LABELS[task.role]} ({count}):")
            current_role = task.role
        label = f"Mục {task.number}" if "." in task.number else f"Nhiệm vụ {task.number}"
        head = label + (f" – {_plain_index(task.pci_index)}" if task.pci_index else "")
        lines.append(f"  • {head}: {task.task}")
        details = [f"Chủ trì: {task.lead}"]
        if task.cooperate:
            details.append(f"Phối hợp: {task.cooperate}")
        if task.period:
            details.append(f"Thời gian: {task.period}")
        if task.completion and task.completion != task.period:
            details.append(f"Hoàn thành: {task.completion}")
        if task.role == "shared":
            details.append(f"giao chung cho “{task.group}”")
        lines.append("    " + "; ".join(details))
    if result.reports:
        lines.append("")
        lines.append("Chế độ báo cáo:")
        for report in result.reports:
            to = f", gửi {report.to}" if report.to else ""
            lines.append(
                f"  • {report.what} ({report.frequency}): {report.deadline}{to} — Kế hoạch {report.plan}"
            )
    if not result.tasks and not result.reports:
        lines.append("Không có nhiệm vụ hoặc báo cáo nào.")
    return "\n".join(lines)


def _plain_index(group: str) -> str:
    text = re.sub(r"^[IVXLC]+\.\s*", "", group)
    return text[:1] + text[1:].lower() if text.isupper() else text

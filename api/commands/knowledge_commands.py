"""`trolyao ask "câu hỏi" [--json]`, `trolyao ask --jsonl` and `trolyao eval --dataset FILE [--json]`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from api.config import Settings, get_settings

if TYPE_CHECKING:
    from knowledge.assistant import Assistant


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add this group's sub-commands (each sets `handler`, a function of the parsed args -> exit code)."""
    ask = sub.add_parser(
        "ask",
        help="hỏi trợ lý (trả lời có trích dẫn nguồn)",
        description="Trả lời một câu hỏi, hoặc mỗi dòng của đầu vào chuẩn với --jsonl. "
        "Không tạo phiếu hỗ trợ.",
    )
    ask.add_argument("question", nargs="?", default=None, help="câu hỏi tiếng Việt")
    ask.add_argument("--json", action="store_true", help="in đối tượng trả lời dạng JSON")
    ask.add_argument(
        "--jsonl",
        action="store_true",
        help='đọc từ stdin mỗi dòng một câu hỏi (hoặc JSON có trường "question"), in mỗi dòng một JSON',
    )
    ask.set_defaults(handler=run_ask)

    ev = sub.add_parser(
        "eval",
        help="chấm chất lượng trên một tệp đánh giá (.jsonl)",
        description="Hỏi từng câu của tệp đánh giá và chấm theo quy tắc của shared/eval/README.md.",
    )
    ev.add_argument("--dataset", required=True, type=Path, help="tệp .jsonl các câu hỏi kèm đáp án")
    ev.add_argument("--json", action="store_true", help="in toàn bộ kết quả dạng JSON")
    ev.add_argument("--answers", type=Path, default=None, help="ghi các câu trả lời ra tệp .jsonl này")
    ev.set_defaults(handler=run_eval)


def _question_of(line: str) -> str:
    stripped = line.strip()
    if stripped.startswith("{"):
        try:
            obj = json.loads(stripped)
        except ValueError:
            return stripped
        if isinstance(obj, dict):
            return str(obj.get("question", ""))
    return stripped


def _answer_lines(assistant: Assistant, stream: TextIO, out: TextIO) -> None:
    for line in stream:
        if not line.strip():
            continue
        answer = assistant.answer(_question_of(line))
        out.write(json.dumps(answer.to_dict(), ensure_ascii=False) + "\n")
        out.flush()


def run_ask(args: argparse.Namespace, settings: Settings | None = None) -> int:
    from api.services import open_assistant

    assistant = open_assistant(settings or get_settings())
    if args.jsonl:
        _answer_lines(assistant, sys.stdin, sys.stdout)
        return 0
    if args.question is None:
        print(
            'Hãy nhập câu hỏi, ví dụ: trolyao ask "Sở nào cấp giấy phép kinh doanh karaoke?"', file=sys.stderr
        )
        return 2
    answer = assistant.answer(args.question)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(answer.answer)
    return 0


def run_eval(args: argparse.Namespace, settings: Settings | None = None) -> int:
    from api.services import open_assistant
    from knowledge.evaluation import EvalMismatchError, read_jsonl, report_lines, score

    try:
        dataset = read_jsonl(args.dataset)
    except (OSError, ValueError) as exc:
        print(f"Không đọc được tệp đánh giá {args.dataset}: {exc}", file=sys.stderr)
        return 2
    assistant = open_assistant(settings or get_settings())
    answers = [assistant.answer(str(item.get("question", ""))).to_dict() for item in dataset]
    if args.answers:
        with args.answers.open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in answers)
    try:
        result = score(dataset, answers)
    except EvalMismatchError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print("\n".join(report_lines(result)))
    return 0

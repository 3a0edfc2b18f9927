"""A worker's memory over time, for soaks and diagnosis (off unless asked for).

With `TROLYAO_MEMORY_REPORT=DIR` every `serve` process appends one JSON line every
`TROLYAO_MEMORY_REPORT_S` seconds (default 60) to `DIR/memory-<pid>.jsonl`: its resident memory
(anonymous and file-backed, the anonymous mappings by kind, the mapped files that hold the most), its
threads, CPython's allocated blocks and garbage collections, glibc's allocator statistics (bytes in use
and free inside the malloc arenas, and how many arenas there are) and, with `TROLYAO_TRACEMALLOC=N`
(frames per traceback), the Python allocations traced by tracemalloc: their total and the tracebacks
that grew most. Tracing starts after the first interval (start-up and index loading run at full speed,
untraced); the first traced line is the baseline every later line is compared with.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import json
import os
import re
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

TOP = 15
_MALLINFO2_FIELDS = (
    "arena",  # bytes obtained with brk/heaps (not mmap) in all arenas
    "ordblks",
    "smblks",
    "hblks",
    "hblkhd",  # bytes in mmapped chunks
    "usmblks",
    "fsmblks",
    "uordblks",  # bytes in use
    "fordblks",  # bytes free inside the arenas (fragmentation when it grows)
    "keepcost",
)


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in _MALLINFO2_FIELDS]


def _libc() -> Any:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name or "libc.so.6")
    except OSError:
        return None


_LIBC = _libc()


def proc_status(pid: int | str = "self") -> dict[str, int]:
    """VmRSS, RssAnon, RssFile, RssShmem (kB) and Threads of a process, from /proc."""
    found: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "RssAnon", "RssFile", "RssShmem", "Threads"):
            found[key] = int(value.split()[0])
    return found


def anonymous_mappings(pid: int | str = "self") -> dict[str, Any]:
    """Resident kB by kind of mapping, from /proc/PID/smaps (see `mappings_from_smaps`)."""
    return mappings_from_smaps(Path(f"/proc/{pid}/smaps").read_text())


def mappings_from_smaps(text: str) -> dict[str, Any]:
    """Resident kB of the anonymous mappings by kind: the main malloc heap (`[heap]`), mappings of exactly
    1 MiB (CPython's object arenas are such mappings) and their count, every other anonymous mapping
    (malloc's thread heaps, large mmapped blocks, thread stacks); and the three mapped files with the
    most resident kB (an embedding model mapped from disk grows as more of it is read)."""
    out: dict[str, Any] = {"heap": 0, "arenas_1mib": 0, "arenas_1mib_count": 0, "other": 0}
    files: dict[str, int] = {}
    kind = ""
    for line in text.splitlines():
        head = line.split()
        if len(head) >= 5 and "-" in head[0] and not head[0].endswith(":"):
            start, _, end = head[0].partition("-")
            name = head[5] if len(head) > 5 else ""
            if name == "[heap]":
                kind = "heap"
            elif name.startswith("/"):
                kind = "file:" + name
            elif name:
                kind = ""
            elif int(end, 16) - int(start, 16) == 1 << 20:
                kind = "arenas_1mib"
                out["arenas_1mib_count"] += 1
            else:
                kind = "other"
        elif len(head) >= 2 and head[0] == "Rss:" and kind:
            if kind.startswith("file:"):
                files[kind[5:]] = files.get(kind[5:], 0) + int(head[1])
            else:
                out[kind] += int(head[1])
    out["top_files"] = dict(sorted(files.items(), key=lambda item: -item[1])[:3])
    return out


def malloc_stats() -> dict[str, int]:
    """glibc's mallinfo2 in kB and the number of arenas (empty where glibc is not the allocator)."""
    if _LIBC is None or not hasattr(_LIBC, "mallinfo2"):
        return {}
    _LIBC.mallinfo2.restype = _MallInfo2
    info = _LIBC.mallinfo2()
    stats = {name: getattr(info, name) // 1024 for name in ("arena", "hblkhd", "uordblks", "fordblks")}
    arenas = _arena_count()
    if arenas:
        stats["arenas"] = arenas
    return stats


def _arena_count() -> int:
    """The `<heap nr=...>` elements of malloc_info(3): one per arena."""
    fopen, fclose, malloc_info = (getattr(_LIBC, n, None) for n in ("fopen", "fclose", "malloc_info"))
    if fopen is None or fclose is None or malloc_info is None:
        return 0
    fopen.restype = ctypes.c_void_p
    fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    fclose.argtypes = [ctypes.c_void_p]
    malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
    with tempfile.NamedTemporaryFile(suffix=".xml") as tmp:
        stream = fopen(tmp.name.encode(), b"w")
        if not stream:
            return 0
        malloc_info(0, stream)
        fclose(stream)
        return len(re.findall(r"<heap nr=", Path(tmp.name).read_text()))


class MemoryReport:
    """Samples this process's memory into `folder/memory-<pid>.jsonl`."""

    def __init__(self, folder: Path, interval_s: float = 60.0, frames: int = 0) -> None:
        self.path = folder / f"memory-{os.getpid()}.jsonl"
        self.interval_s = interval_s
        self.frames = frames
        self.started = time.monotonic()
        self.baseline: tracemalloc.Snapshot | None = None
        self._stop = threading.Event()
        folder.mkdir(parents=True, exist_ok=True)

    def sample(self) -> dict[str, Any]:
        status = proc_status()
        row: dict[str, Any] = {
            "t_s": round(time.monotonic() - self.started, 1),
            "rss_mb": round(status.get("VmRSS", 0) / 1024, 1),
            "rss_kb": {k: status.get(f"Rss{k.title()}", 0) for k in ("anon", "file", "shmem")},
            "anon_kb": anonymous_mappings(),
            "threads": status.get("Threads", 0),
            "python_threads": threading.active_count(),
            "python_blocks": sys.getallocatedblocks(),
            "malloc_kb": malloc_stats(),
            "gc": {"collections": [g["collections"] for g in gc.get_stats()], "count": list(gc.get_count())},
        }
        if tracemalloc.is_tracing():
            snapshot = tracemalloc.take_snapshot().filter_traces(
                [tracemalloc.Filter(False, tracemalloc.__file__)]
            )
            row["traced_mb"] = round(sum(s.size for s in snapshot.statistics("filename")) / 2**20, 2)
            if self.baseline is None:
                self.baseline = snapshot
            else:
                row["top_growth"] = [
                    {
                        "kb": round(stat.size_diff / 1024, 1),
                        "count": stat.count_diff,
                        "where": [f"{f.filename}:{f.lineno}" for f in stat.traceback][-8:],
                    }
                    for stat in snapshot.compare_to(self.baseline, "traceback")[:TOP]
                ]
        return row

    def write(self) -> dict[str, Any]:
        row = self.sample()
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(row) + "\n")
        return row

    def run(self) -> None:
        while not self._stop.wait(self.interval_s):
            if self.frames > 0 and not tracemalloc.is_tracing():
                tracemalloc.start(self.frames)
            self.write()

    def stop(self) -> None:
        self._stop.set()


def start_from_env(environ: dict[str, str] | os._Environ[str] = os.environ) -> MemoryReport | None:
    """Start the report (a daemon thread) when TROLYAO_MEMORY_REPORT names a folder."""
    folder = environ.get("TROLYAO_MEMORY_REPORT", "").strip()
    if not folder:
        return None
    report = MemoryReport(
        Path(folder),
        float(environ.get("TROLYAO_MEMORY_REPORT_S", "60") or 60),
        int(environ.get("TROLYAO_TRACEMALLOC", "0") or 0),
    )
    report.write()
    threading.Thread(target=report.run, name="memory-report", daemon=True).start()
    return report

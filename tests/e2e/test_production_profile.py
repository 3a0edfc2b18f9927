"""The production profile from the outside: `trolyao serve --workers 2` on PostgreSQL with a Chroma
server, set up with documented variables and commands only. A ticket's life, cited answers from both
workers, and a Chroma outage (readyz 503 naming the vector store, chat still 200, then recovery)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from bench.stack import Stack, production_stack, trolyao, wait_for
from tests.fixtures_knowledge import write_small_corpus

pytestmark = pytest.mark.postgres

QUESTION = "Dự án Chính quyền số của thành phố có tổng mức đầu tư bao nhiêu?"
PERSON = {
    "name": "Phạm Văn Hùng",
    "company": "Công ty TNHH Thép Sông Cấm",
    "tax_code": "0209876543",
    "phone": "0987654321",
    "subject": "Chậm cấp phép xây dựng nhà xưởng",
    "description": "Hồ sơ cấp phép xây dựng nhà xưởng nộp từ tháng trước chưa có kết quả.",
}


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    import psycopg

    try:
        psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", connect_timeout=3).close()
    except psycopg.OperationalError:
        pytest.skip("PostgreSQL at 127.0.0.1:5432 is unreachable")
    root = tmp_path_factory.mktemp("production")
    corpus = write_small_corpus(root / "corpus")
    with production_stack(root, corpus, workers=2, TROLYAO_METRICS_TOKEN="ops-token") as running:
        yield running


def test_two_workers_serve(stack: Stack) -> None:
    assert len(stack.web.worker_pids()) == 2
    ready = httpx.get(f"{stack.url}/readyz").json()
    assert ready["status"] == "ready" and ready["index_version"] >= 1 and ready["passages"] > 0


def test_ticket_life_over_two_workers(stack: Stack) -> None:
    trolyao(stack.env, "staff", "add", "dieuphoi", "--role", "coordinator", stdin="mat-khau-rat-dai-2026\n")
    with httpx.Client(base_url=stack.url, timeout=30) as client:
        created = client.post("/v1/tickets", json=PERSON, headers={"Idempotency-Key": "hop-dong-1"})
        assert created.status_code == 201, created.text
        again = client.post("/v1/tickets", json=PERSON, headers={"Idempotency-Key": "hop-dong-1"})
        ticket = created.json()
        assert again.json()["code"] == ticket["code"]
        token = client.post(
            "/v1/auth/token", data={"username": "dieuphoi", "password": "mat-khau-rat-dai-2026"}
        )
        staff = {"Authorization": f"Bearer {token.json()['access_token']}"}
        for step in ("acknowledged", "in_progress", "resolved"):
            moved = client.post(
                f"/v1/staff/tickets/{ticket['code']}/transition",
                json={"to": step, "note": "Đã có giấy phép, mời doanh nghiệp nhận kết quả."},
                headers=staff,
            )
            assert moved.status_code == 200, moved.text
        seen = client.get(f"/v1/tickets/{ticket['code']}", headers={"X-Ticket-Token": ticket["token"]}).json()
        assert seen["status"] == "resolved"
        history = client.get(f"/v1/staff/tickets/{ticket['code']}", headers=staff).json()["history"]
        assert len(history) >= 4
        listed = client.get("/v1/staff/tickets", headers=staff).json()["items"]
        assert [t["code"] for t in listed].count(ticket["code"]) == 1
        metrics = client.get("/metrics", headers={"Authorization": "Bearer ops-token"}).text
        assert 'trolyao_tickets{agency="' in metrics and 'status="resolved"' in metrics


def test_cited_answers_from_every_worker(stack: Stack) -> None:
    for n in range(6):  # a new connection each: the kernel spreads them over both workers
        with httpx.Client(base_url=stack.url, timeout=60) as client:
            answer = client.post("/v1/chat", json={"question": QUESTION if n % 2 else f"{QUESTION} ({n})"})
        assert answer.status_code == 200
        body = answer.json()
        assert body["route"] == "answer" and body["sources"] and "[1]" in body["answer"], body
        assert not body.get("degraded")


def test_chroma_outage_and_recovery(stack: Stack) -> None:
    stack.chroma.kill()
    try:
        deadline = time.monotonic() + 30
        while True:
            ready = httpx.get(f"{stack.url}/readyz", timeout=10)
            if ready.status_code == 503 or time.monotonic() > deadline:
                break
        assert ready.status_code == 503 and ready.json()["failing"] == ["vector_store"]
        for n in range(4):  # questions not asked before: no cached answer
            answer = httpx.post(f"{stack.url}/v1/chat", json={"question": f"{QUESTION} Lần {n}"}, timeout=30)
            assert answer.status_code == 200
            body = answer.json()
            assert body["route"] == "answer" and body["sources"], body
            assert body["degraded"] is True and "chưa đầy đủ" in body["answer"]
    finally:
        stack.chroma.start()
    assert wait_for(f"{stack.url}/readyz", 30)
    for _ in range(4):
        body = httpx.post(f"{stack.url}/v1/chat", json={"question": QUESTION}, timeout=30).json()
        assert body["route"] == "answer" and body["sources"]

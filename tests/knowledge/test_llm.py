"""The optional LLM against a fake OpenAI-compatible server on 127.0.0.1 (real ChatOpenAI client)."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from knowledge.assistant import Assistant
from knowledge.llm import LLMConfig

QUESTION = "Dự án xây dựng Chính quyền số giai đoạn 2021-2025 có tổng mức đầu tư bao nhiêu?"


class FakeOpenAI:
    def __init__(self) -> None:
        self.reply = ""
        self.status = 200
        self.requests: list[dict[str, Any]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                fake.requests.append({"path": self.path, "auth": self.headers.get("Authorization"), **body})
                if fake.status != 200:
                    data = json.dumps({"error": {"message": "boom", "type": "server_error"}}).encode()
                else:
                    data = json.dumps(
                        {
                            "id": "chatcmpl-1",
                            "object": "chat.completion",
                            "created": 1700000000,
                            "model": body.get("model", "m"),
                            "choices": [
                                {
                                    "index": 0,
                                    "message": {"role": "assistant", "content": fake.reply},
                                    "finish_reason": "stop",
                                }
                            ],
                            "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
                        }
                    ).encode()
                self.send_response(fake.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_port}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture()
def fake() -> Iterator[FakeOpenAI]:
    server = FakeOpenAI()
    yield server
    server.server.shutdown()
    server.server.server_close()


def _assistant(data_dir: Path, base_url: str) -> Assistant:
    return Assistant.open(data_dir, llm=LLMConfig(base_url, "local-model", "test-key", timeout_s=5))


def test_rephrased_answer_is_used_when_grounded(small_index_dir: Path, fake: FakeOpenAI) -> None:
    fake.reply = "Dự án Chính quyền số có tổng mức đầu tư 129 tỷ đồng [1]."
    ans = _assistant(small_index_dir, fake.base_url).answer(QUESTION)
    assert ans.route == "answer"
    assert ans.answer.startswith(fake.reply)
    assert "Nguồn:" in ans.answer  # the citation list is kept
    sent = fake.requests[0]
    assert sent["path"] == "/v1/chat/completions" and sent["auth"] == "Bearer test-key"
    assert sent["messages"][0]["role"] == "system"
    assert "129 tỷ đồng" in sent["messages"][1]["content"]  # the passages went to the model


@pytest.mark.parametrize(
    "reply",
    [
        "Dự án Chính quyền số có tổng mức đầu tư 150 tỷ đồng [1].",  # a number the passages do not hold
        "Dự án Chính quyền số có tổng mức đầu tư 129 tỷ đồng.",  # the citation marker was dropped
        "",
    ],
)
def test_ungrounded_reply_falls_back_to_the_extract(
    small_index_dir: Path, fake: FakeOpenAI, reply: str
) -> None:
    fake.reply = reply
    extractive = Assistant.open(small_index_dir).answer(QUESTION).answer
    ans = _assistant(small_index_dir, fake.base_url).answer(QUESTION)
    assert fake.requests and ans.answer == extractive


def test_server_error_and_closed_port_fall_back(small_index_dir: Path, fake: FakeOpenAI) -> None:
    fake.status = 500
    extractive = Assistant.open(small_index_dir).answer(QUESTION).answer
    assert _assistant(small_index_dir, fake.base_url).answer(QUESTION).answer == extractive
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    closed = _assistant(small_index_dir, f"http://127.0.0.1:{port}/v1")
    assert closed.answer(QUESTION).answer == extractive


def test_refusals_never_reach_the_model(small_index_dir: Path, fake: FakeOpenAI) -> None:
    fake.reply = "Thắng 2-1 [1]."
    ans = _assistant(small_index_dir, fake.base_url).answer("Tối qua đội bóng Hải Phòng thắng mấy bàn?")
    assert ans.route == "refuse" and fake.requests == []

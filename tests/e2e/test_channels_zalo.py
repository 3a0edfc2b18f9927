"""Zalo end to end: signed OA webhooks and Zalo Bot webhooks through the real app, replies through the
fake OA v3 / OAuth v4 / Zalo Bot servers, notifications and retries through the outbox."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select

from api.services import services_of
from bot.credentials import CredentialStore
from knowledge.assistant import Assistant
from tests.fakes.fixtures import (  # noqa: F401  (fixtures)
    ZALO_APP_ID,
    ZALO_BOT_SECRET,
    ZALO_OA_SECRET,
    assistant_fixture,
    channel_knowledge_dir_fixture,
    channel_settings,
    coordinator,
    fake_zalo_bot_fixture,
    fake_zalo_fixture,
    make_app,
    wait_until,
)
from tests.fakes.zalo import FakeZaloBot, FakeZaloOA, oa_event, signed_headers, zalo_bot_update
from tickets.models import Outbox

CODE = re.compile(r"CTC-\d{4}-\d{6}")
QUESTION = "Kế hoạch giao cơ quan nào phổ biến quy định đóng bảo hiểm xã hội cho doanh nghiệp?"
ONE_MESSAGE = (
    "Tôi là Phạm Thu Hà, Công ty CP Cảng Xanh, MST 0201234567. Hồ sơ xin giấy phép kinh doanh dịch vụ "
    "khắc dấu của chúng tôi nộp từ tháng trước vẫn chưa có kết quả, mong được hỗ trợ."
)


class Zalo:
    """Posts signed OA events; each post returns after the background work (TestClient runs it)."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.n = 0

    def post(self, user: str, text: str, *, event: str = "user_send_text") -> int:
        self.n += 1
        raw = oa_event(ZALO_APP_ID, user, text, f"msg-{self.n}", event_name=event)
        headers = signed_headers(ZALO_APP_ID, raw, ZALO_OA_SECRET)
        return self.client.post("/webhooks/zalo", content=raw, headers=headers).status_code


def test_zalo_oa_conversation_notifications_and_token_refresh(
    tmp_path: Path,
    channel_knowledge_dir: Path,
    assistant: Assistant,
    fake_zalo: FakeZaloOA,
    tickets_db_url: str,
) -> None:
    settings = channel_settings(tmp_path, channel_knowledge_dir, zalo=fake_zalo, database_url=tickets_db_url)
    app = make_app(settings, assistant)
    with TestClient(app) as client:
        zalo = Zalo(client)
        # a question answered with a citation
        assert zalo.post("u1", QUESTION) == 200
        [answer] = fake_zalo.texts_to("u1")
        assert "Nguồn:" in answer and len(answer) <= 2000
        body, sources = answer.split("\n\nNguồn:\n", 1)  # answer and quote first, then the sources
        assert "http" not in body and ".txt" not in body and "<" not in body and sources.startswith("[1] ")

        # a refusal: what is missing, the hotline, and a quick reply that starts the support request
        assert zalo.post("u9", "Số lượng sân golf đạt chuẩn của thành phố năm 2026 là bao nhiêu?") == 200
        refusal = fake_zalo.sent_to("u9")[-1]
        assert "Các tài liệu hiện có" in refusal.text and "/hotro" in refusal.text
        assert refusal.buttons == (("Gửi yêu cầu hỗ trợ", "/hotro"),)
        assert zalo.post("u9", "/hotro") == 200  # what the button sends back
        assert "mô tả" in fake_zalo.texts_to("u9")[-1]
        fake_zalo.refuse_attachments = True  # an OA that does not take the button still gets the text
        assert zalo.post("u8", "Số lượng sân golf đạt chuẩn của thành phố năm 2026 là bao nhiêu?") == 200
        assert fake_zalo.sent_to("u8")[-1].buttons == () and "/hotro" in fake_zalo.texts_to("u8")[-1]
        fake_zalo.refuse_attachments = False

        # a one-message intake, then a status check in plain words
        assert zalo.post("u1", ONE_MESSAGE) == 200
        created = fake_zalo.texts_to("u1")[-1]
        code_match = CODE.search(created)
        assert code_match is not None and "Công an thành phố" in created
        code = code_match.group(0)
        zalo.post("u1", "hồ sơ của tôi đến đâu rồi")
        assert code in fake_zalo.texts_to("u1")[-1]
        zalo.post("u2", f"/trangthai {code}")
        assert "Không tìm thấy" in fake_zalo.texts_to("u2")[-1]

        # the access token expires: the client refreshes once with the single-use refresh token,
        # stores the new pair, and the staff reply still reaches the requester on Zalo
        fake_zalo.expire_access_token()
        svc = services_of(app).tickets
        before = len(fake_zalo.texts_to("u1"))
        svc.staff_message(coordinator(svc), code, "Hồ sơ đã được chuyển Phòng Cảnh sát QLHC xem xét.")
        texts = fake_zalo.wait_texts("u1", before + 1)
        assert any("Phòng Cảnh sát QLHC" in t for t in texts[before:])
        assert fake_zalo.refreshes == 1
        stored = CredentialStore(svc.session).load("zalo_oa")
        assert stored is not None and (stored.access_token, stored.refresh_token) == ("AT2", "RT2")

        # a sticker gets a short explanation; the OA's own echo gets nothing
        zalo.post("u3", "", event="user_send_sticker")
        assert "nhãn dán" in fake_zalo.texts_to("u3")[-1]
        zalo.post("u3", "tin của OA", event="oa_send_text")
        assert len(fake_zalo.texts_to("u3")) == 1


def test_forged_missing_and_duplicate_zalo_deliveries(
    tmp_path: Path, channel_knowledge_dir: Path, assistant: Assistant, fake_zalo: FakeZaloOA
) -> None:
    settings = channel_settings(tmp_path, channel_knowledge_dir, zalo=fake_zalo)
    with TestClient(make_app(settings, assistant)) as client:
        zalo = Zalo(client)
        raw = oa_event(ZALO_APP_ID, "u9", "/start", "dup-1")
        forged = signed_headers(ZALO_APP_ID, raw, "not-the-oa-secret")
        assert client.post("/webhooks/zalo", content=raw, headers=forged).status_code == 401
        assert client.post("/webhooks/zalo", content=raw).status_code == 401
        assert fake_zalo.texts_to("u9") == []
        good = signed_headers(ZALO_APP_ID, raw, ZALO_OA_SECRET)
        assert client.post("/webhooks/zalo", content=raw, headers=good).status_code == 200
        assert client.post("/webhooks/zalo", content=raw, headers=good).status_code == 200  # Zalo retries
        assert len(fake_zalo.texts_to("u9")) == 1
        zalo.post("u9", "/huy")
        assert len(fake_zalo.texts_to("u9")) == 2


def test_a_channel_that_fails_three_times_then_accepts(
    tmp_path: Path,
    channel_knowledge_dir: Path,
    assistant: Assistant,
    fake_zalo: FakeZaloOA,
    tickets_db_url: str,
) -> None:
    settings = channel_settings(tmp_path, channel_knowledge_dir, zalo=fake_zalo, database_url=tickets_db_url)
    app = make_app(settings, assistant)
    with TestClient(app) as client:
        fake_zalo.fail_cs = [502, 502, 502]
        assert Zalo(client).post("u5", "/start") == 200  # the direct reply fails: parked in the outbox
        texts = fake_zalo.wait_texts("u5", 1)
        svc = services_of(app).tickets

        def rows() -> list[Outbox]:
            with svc.session() as s:
                return list(s.execute(select(Outbox).where(Outbox.recipient == "u5")).scalars())

        assert wait_until(lambda: all(r.status == "sent" for r in rows()))
        assert fake_zalo.fail_cs == []
        assert [(r.channel, r.status, r.attempts) for r in rows()] == [("zalo", "sent", 3)]
    assert len(texts) == 1 and texts[0].startswith("Xin chào")
    assert fake_zalo.texts_to("u5") == texts  # it arrived once


def test_restart_in_the_middle_of_a_zalo_intake(
    tmp_path: Path, channel_knowledge_dir: Path, assistant: Assistant, fake_zalo: FakeZaloOA
) -> None:
    settings = channel_settings(tmp_path, channel_knowledge_dir, zalo=fake_zalo)
    with TestClient(make_app(settings, assistant)) as client:
        zalo = Zalo(client)
        zalo.post("u7", "công ty em bị chậm hoàn thuế GTGT, nhờ hỗ trợ giúp")
        assert "họ tên" in fake_zalo.texts_to("u7")[-1]
    with TestClient(make_app(settings, assistant)) as client:
        zalo = Zalo(client)
        zalo.n = 100
        zalo.post("u7", "Đỗ Minh Tuấn")
        assert "số điện thoại" in fake_zalo.texts_to("u7")[-1]
        zalo.post("u7", "0903123456")
        assert CODE.search(fake_zalo.texts_to("u7")[-1])


def test_zalo_bot_platform(
    tmp_path: Path, channel_knowledge_dir: Path, assistant: Assistant, fake_zalo_bot: FakeZaloBot
) -> None:
    settings = channel_settings(tmp_path, channel_knowledge_dir, zalo_bot=fake_zalo_bot)
    headers = {"X-Bot-Api-Secret-Token": ZALO_BOT_SECRET}
    app = make_app(settings, assistant)
    with TestClient(app) as client:
        update = zalo_bot_update("c1", QUESTION, "zb-1")
        assert client.post("/webhooks/zalo-bot", json=update).status_code == 403
        assert (
            client.post(
                "/webhooks/zalo-bot", json=update, headers={"X-Bot-Api-Secret-Token": "x"}
            ).status_code
            == 403
        )
        assert fake_zalo_bot.texts_to("c1") == []
        assert client.post("/webhooks/zalo-bot", json=update, headers=headers).status_code == 200
        assert client.post("/webhooks/zalo-bot", json=update, headers=headers).status_code == 200  # duplicate
        [answer] = fake_zalo_bot.texts_to("c1")
        assert "Nguồn:" in answer
        client.post("/webhooks/zalo-bot", json=zalo_bot_update("c1", ONE_MESSAGE, "zb-2"), headers=headers)
        code_match = CODE.search(fake_zalo_bot.texts_to("c1")[-1])
        assert code_match is not None
        svc = services_of(app).tickets
        svc.transition(coordinator(svc), code_match.group(0), "acknowledged", None)
        texts = fake_zalo_bot.wait_texts("c1", 3)
        assert "tiếp nhận" in texts[2]

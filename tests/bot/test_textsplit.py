from bot.textsplit import TELEGRAM_LIMIT, ZALO_LIMIT, clean, split_text


def test_short_text_is_one_piece() -> None:
    assert split_text("Xin chào", TELEGRAM_LIMIT) == ["Xin chào"]
    assert split_text("   ", TELEGRAM_LIMIT) == []


def test_long_text_splits_on_paragraphs_and_keeps_everything() -> None:
    paragraphs = [f"Đoạn {i}: " + "nội dung kế hoạch nâng cao chỉ số PCI. " * 30 for i in range(12)]
    text = "\n\n".join(p.strip() for p in paragraphs)
    assert len(text) > 3 * TELEGRAM_LIMIT
    pieces = split_text(text, TELEGRAM_LIMIT)
    assert len(pieces) > 1
    assert all(len(p) <= TELEGRAM_LIMIT for p in pieces)
    # every piece starts at a paragraph start: no paragraph was cut
    assert all(p.startswith("Đoạn ") for p in pieces)
    assert sum(p.count("Đoạn ") for p in pieces) == 12
    assert "".join(pieces).replace("\n", "") == text.replace("\n", "")


def test_a_single_huge_paragraph_splits_on_sentences_then_words() -> None:
    text = "Câu số một rất dài. " * 300
    pieces = split_text(text, ZALO_LIMIT)
    assert all(len(p) <= ZALO_LIMIT for p in pieces)
    assert all(p.endswith(".") for p in pieces)
    words = "từ" * 5000  # no boundary at all: hard cut
    hard = split_text(words, ZALO_LIMIT)
    assert [len(p) for p in hard] == [2000, 2000, 2000, 2000, 2000]


def test_clean_normalises_and_drops_control_characters() -> None:
    decomposed = "ho\u0300a"  # "hòa" with a combining grave
    assert clean(f" {decomposed}\x00\x07 ") == "h\u00f2a"

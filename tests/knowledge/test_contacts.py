import json
from pathlib import Path

from knowledge.contacts import hotline, load_contacts
from knowledge.replies import hotline_text


def test_contacts_from_any_records_layout(tmp_path: Path) -> None:
    records = tmp_path / "records"
    records.mkdir()
    rows = [
        {"co_quan": "Công an thành phố", "dien_thoai": "114", "linh_vuc": "Phòng cháy"},
        {
            "fields": {
                "co_quan": "Sở Y tế",
                "dien_thoai": "0225.3.111.222",
                "linh_vuc": "Tiếp nhận phản ánh, kiến nghị",
            }
        },
    ]
    (records / "contacts_haiphong.json").write_text(json.dumps({"records": rows}), encoding="utf-8")
    (records / "tasks.json").write_text(json.dumps([{"dien_thoai": "999"}]), encoding="utf-8")
    (records / "contacts_broken.json").write_text("{", encoding="utf-8")
    contacts = load_contacts(records)
    assert [c.phone for c in contacts] == ["114", "0225.3.111.222"]
    best = hotline(contacts)
    assert best is not None and best.phone == "0225.3.111.222"
    assert "0225.3.111.222" in hotline_text(best) and "CÙNG THÀNH CÔNG" in hotline_text(best)


def test_no_contacts_still_offers_the_support_route(tmp_path: Path) -> None:
    assert load_contacts(tmp_path / "missing") == []
    assert hotline([]) is None
    assert "CÙNG THÀNH CÔNG" in hotline_text(None)

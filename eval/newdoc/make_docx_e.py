#!/usr/bin/env python3
# ruff: noqa: E501  (the document text is data: long Vietnamese lines are kept whole)
"""Write the fifth synthetic evaluation document bc_46_sxd_noxh_2026.docx (python-docx, deterministic).

SYNTHETIC EVALUATION DOCUMENT — NOT A REAL REPORT. Sở Xây dựng thành phố Hải Phòng, Bộ Xây dựng, Ban Quản
lý Khu kinh tế Hải Phòng, Công an thành phố, Liên đoàn Lao động thành phố, Ngân hàng Chính sách xã hội,
Khu công nghiệp Nam Cầu Kiền, the Luật Nhà ở and Nghị định 100/2024/NĐ-CP exist, but the report itself,
its number (46/BC-SXD), the city letter it answers (4718/UBND-XD), the "Tổ công tác liên ngành hỗ trợ dự
án nhà ở công nhân", the "Ngày hội nhà ở công nhân", the "Quy trình liên thông" pilot, every figure,
target, deadline, assignment, the budget and the signer's name are invented, so that the assistant can be
measured on a fifth document it has never seen, ingested as .docx. This set is reserved for the final
measurement.

It is a city department's "Báo cáo" (Sở Xây dựng) on social housing, housing for industrial-park workers
and construction permits for businesses, with the 2025 results and the 2026 targets and tasks; the other
sets are a ward's plan on household businesses (make_docx.py), a commune's report on administrative
procedures and land (make_docx_b.py), a ward decision approving a digital-transformation plan
(make_docx_c.py) and Sở Công Thương's plan on trade promotion (make_docx_d.py). The layout is the same as
theirs: the header ("UBND THÀNH PHỐ HẢI PHÒNG / SỞ XÂY DỰNG", "Số: …/BC-SXD", place and date) and the
closing ("Nơi nhận:" beside the signature block) are two-column borderless Word tables, the body is plain
paragraphs with bold section lines (no Heading styles), and the appendix of tasks is a real Word table on
a landscape page.

    python3 eval/newdoc/make_docx_e.py [OUT_PATH] [--plain-layout]
        # default OUT_PATH: <tmp>/trolyao-newdoc/bc_46_sxd_noxh_2026.docx
        # --plain-layout: ablation, header and closing as plain paragraphs instead of tables

Same input, byte-identical output (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_layout import NATIONAL_MOTTO, entry_points, spec_from

DOC_NAME = "bc_46_sxd_noxh_2026.docx"

# --- the document, as data -------------------------------------------------------------------------
# Header and closing are tables of cells; each cell is a list of lines (one Word paragraph each).
HEADER = [
    [
        ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ XÂY DỰNG"],
        NATIONAL_MOTTO,
    ],
    [["Số: 46/BC-SXD"], ["Hải Phòng, ngày 20 tháng 01 năm 2026"]],
]

TITLE = [
    "BÁO CÁO",
    "Kết quả phát triển nhà ở xã hội, nhà ở cho công nhân và cấp giấy phép xây dựng cho doanh nghiệp "
    "năm 2025; nhiệm vụ, giải pháp năm 2026",
]

# ("b", text) bold section line; ("p", text) body paragraph
BODY: list[tuple[str, str]] = [
    ("p", "Căn cứ Luật Nhà ở ngày 27 tháng 11 năm 2023;"),
    (
        "p",
        "Căn cứ Nghị định số 100/2024/NĐ-CP ngày 26 tháng 7 năm 2024 của Chính phủ quy định chi tiết một số "
        "điều của Luật Nhà ở về phát triển và quản lý nhà ở xã hội;",
    ),
    (
        "p",
        "Thực hiện Văn bản số 4718/UBND-XD ngày 29/12/2025 của Ủy ban nhân dân thành phố về việc báo cáo kết "
        "quả phát triển nhà ở xã hội, nhà ở cho công nhân năm 2025 và đề xuất nhiệm vụ năm 2026;",
    ),
    (
        "p",
        "Sở Xây dựng báo cáo kết quả phát triển nhà ở xã hội, nhà ở cho công nhân và cấp giấy phép xây dựng "
        "cho doanh nghiệp năm 2025; nhiệm vụ, giải pháp năm 2026 như sau:",
    ),
    ("b", "I. KẾT QUẢ THỰC HIỆN NĂM 2025"),
    ("b", "1. Phát triển nhà ở xã hội, nhà ở cho công nhân"),
    (
        "p",
        "- Hoàn thành 7 dự án nhà ở xã hội với 5.236 căn hộ, đạt 104,7% kế hoạch năm; khởi công mới 11 dự án "
        "với tổng quy mô 9.870 căn hộ.",
    ),
    (
        "p",
        "- Hoàn thành 03 dự án nhà lưu trú công nhân trong khu công nghiệp với 2.150 chỗ ở, bố trí cho công "
        "nhân của 64 doanh nghiệp thuê.",
    ),
    (
        "p",
        "- Thẩm định giá bán, giá cho thuê, giá cho thuê mua nhà ở xã hội của 9 dự án; thời gian thẩm định "
        "bình quân 18 ngày.",
    ),
    (
        "p",
        "- Tiếp nhận 4.105 hồ sơ đăng ký mua, thuê mua nhà ở xã hội; 3.912 hồ sơ đủ điều kiện, trong đó 2.405 "
        "hồ sơ của công nhân, người lao động làm việc tại các khu công nghiệp.",
    ),
    (
        "p",
        "- Ngân hàng Chính sách xã hội Chi nhánh thành phố Hải Phòng giải ngân 684 tỷ đồng cho 1.120 khách "
        "hàng vay mua, thuê mua nhà ở xã hội.",
    ),
    ("b", "2. Cấp giấy phép xây dựng cho doanh nghiệp"),
    (
        "p",
        "- Sở Xây dựng tiếp nhận 1.146 hồ sơ đề nghị cấp giấy phép xây dựng của tổ chức, doanh nghiệp; đã cấp "
        "1.097 giấy phép, trả lại 49 hồ sơ chưa đủ điều kiện.",
    ),
    (
        "p",
        "- Thời gian giải quyết bình quân 11,5 ngày làm việc; 98,7% hồ sơ được giải quyết đúng hạn và trước "
        "hạn; 96,4% hồ sơ được nộp trực tuyến.",
    ),
    (
        "p",
        "- Theo số liệu do Ban Quản lý Khu kinh tế Hải Phòng cung cấp, năm 2025 Ban đã cấp 212 giấy phép xây dựng cho "
        "các dự án trong khu công nghiệp, khu kinh tế.",
    ),
    ("b", "3. Tồn tại, hạn chế"),
    (
        "p",
        "Quỹ đất sạch dành cho nhà ở xã hội còn thiếu, nhất là gần các khu công nghiệp mới; thủ tục lựa chọn "
        "chủ đầu tư còn kéo dài; nhiều công nhân có thu nhập thấp, khó đáp ứng điều kiện vay. Có 31 trong số "
        "49 hồ sơ cấp giấy phép xây dựng bị trả lại do thiếu văn bản thẩm duyệt thiết kế về phòng cháy và "
        "chữa cháy.",
    ),
    ("b", "II. NHIỆM VỤ, GIẢI PHÁP NĂM 2026"),
    ("b", "1. Chỉ tiêu năm 2026"),
    ("p", "- Hoàn thành ít nhất 12 dự án nhà ở xã hội với 10.500 căn hộ;"),
    ("p", "- Khởi công mới ít nhất 8 dự án nhà ở xã hội với 7.200 căn hộ;"),
    ("p", "- Hoàn thành 04 dự án nhà lưu trú công nhân với 3.600 chỗ ở;"),
    (
        "p",
        "- Thời gian cấp giấy phép xây dựng cho doanh nghiệp không quá 10 ngày làm việc; 100% hồ sơ được tiếp "
        "nhận và trả kết quả trực tuyến.",
    ),
    ("b", "2. Nhiệm vụ, giải pháp chủ yếu"),
    (
        "p",
        "- Rà soát, công bố danh mục quỹ đất phát triển nhà ở xã hội, nhà lưu trú công nhân gần các khu công "
        "nghiệp trước ngày 31/3/2026.",
    ),
    (
        "p",
        "- Thành lập Tổ công tác liên ngành hỗ trợ dự án nhà ở công nhân do một Phó Giám đốc Sở làm tổ trưởng, "
        "họp định kỳ 02 tuần một lần để tháo gỡ vướng mắc về đất đai, quy hoạch và thủ tục đầu tư của từng dự "
        "án.",
    ),
    (
        "p",
        "- Ban hành Quy trình liên thông cấp giấy phép xây dựng và thẩm duyệt phòng cháy và chữa cháy cho dự "
        "án của doanh nghiệp trước ngày 30/4/2026; áp dụng thí điểm tại Khu công nghiệp Nam Cầu Kiền từ tháng "
        "5/2026.",
    ),
    (
        "p",
        "- Công khai danh sách dự án nhà ở xã hội đủ điều kiện bán, cho thuê, cho thuê mua trên Cổng thông tin "
        "điện tử của Sở Xây dựng, cập nhật trước ngày 10 hằng tháng.",
    ),
    (
        "p",
        "- Tổ chức Hội nghị đối thoại với doanh nghiệp về thủ tục cấp giấy phép xây dựng trong quý II/2026 và "
        "02 đợt “Ngày hội nhà ở công nhân” tại các khu công nghiệp trong tháng 4 và tháng 9/2026.",
    ),
    (
        "p",
        "- Nâng cấp phần mềm cấp phép xây dựng trực tuyến, kết nối với Hệ thống thông tin giải quyết thủ tục "
        "hành chính thành phố, hoàn thành trong quý III/2026.",
    ),
    ("b", "3. Kinh phí thực hiện"),
    (
        "p",
        "Kinh phí thực hiện các nhiệm vụ của Sở năm 2026 là 2.350 triệu đồng từ nguồn ngân sách thành phố giao "
        "cho Sở Xây dựng, gồm: rà soát, công bố quỹ đất 850 triệu đồng; nâng cấp phần mềm cấp phép xây dựng "
        "trực tuyến 1.100 triệu đồng; hội nghị đối thoại, Ngày hội nhà ở công nhân và tuyên truyền 400 triệu "
        "đồng.",
    ),
    ("b", "III. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Phòng Quản lý nhà và Thị trường bất động sản"),
    (
        "p",
        "- Là đầu mối tham mưu Giám đốc Sở về phát triển nhà ở xã hội, nhà ở cho công nhân; chủ trì rà soát, "
        "công bố danh mục quỹ đất, công khai danh sách dự án đủ điều kiện bán, cho thuê, cho thuê mua và tổ "
        "chức “Ngày hội nhà ở công nhân”.",
    ),
    (
        "p",
        "- Tổng hợp tiến độ các dự án nhà ở xã hội, báo cáo Giám đốc Sở trước ngày 20 của tháng cuối quý.",
    ),
    ("b", "2. Phòng Quản lý hoạt động xây dựng"),
    (
        "p",
        "- Chủ trì xây dựng Quy trình liên thông cấp giấy phép xây dựng và thẩm duyệt phòng cháy và chữa cháy; "
        "phối hợp nâng cấp phần mềm cấp phép xây dựng trực tuyến.",
    ),
    (
        "p",
        "- Gửi số liệu cấp giấy phép xây dựng của tháng trước về Văn phòng Sở trước ngày 05 hằng tháng.",
    ),
    ("b", "3. Văn phòng Sở"),
    (
        "p",
        "Là đơn vị chủ trì Hội nghị đối thoại với doanh nghiệp về thủ tục cấp giấy phép xây dựng và việc nâng cấp "
        "phần mềm cấp phép xây dựng trực tuyến; tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân thành phố và Bộ "
        "Xây dựng: báo cáo 6 tháng trước ngày 16 tháng 6, báo cáo năm trước ngày 12 tháng 12.",
    ),
    ("b", "4. Phòng Kế hoạch - Tài chính"),
    (
        "p",
        "Thẩm định dự toán, hướng dẫn thanh toán, quyết toán kinh phí năm 2026; tổng hợp đề xuất kinh phí năm "
        "2027 gửi Sở Tài chính trước ngày 20/7/2026.",
    ),
    ("b", "5. Đề nghị Ban Quản lý Khu kinh tế Hải Phòng"),
    (
        "p",
        "Cung cấp danh sách doanh nghiệp trong các khu công nghiệp có nhu cầu nhà ở cho công nhân gửi Sở Xây "
        "dựng trước ngày 15/3/2026; gửi số liệu cấp giấy phép xây dựng trong khu công nghiệp, khu kinh tế trước "
        "ngày 08 của tháng đầu quý sau.",
    ),
    ("b", "6. Đề nghị Công an thành phố"),
    (
        "p",
        "Chỉ đạo Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ phối hợp xây dựng Quy trình liên thông "
        "cấp giấy phép xây dựng và thẩm duyệt phòng cháy và chữa cháy; cử cán bộ tham gia Tổ công tác liên "
        "ngành hỗ trợ dự án nhà ở công nhân.",
    ),
    ("b", "7. Đề nghị Liên đoàn Lao động thành phố"),
    (
        "p",
        "Tổng hợp nhu cầu mua, thuê nhà ở xã hội của đoàn viên, công nhân lao động gửi Sở Xây dựng trước ngày "
        "15/4/2026; phối hợp tổ chức “Ngày hội nhà ở công nhân”.",
    ),
    ("b", "8. Đề nghị Ngân hàng Chính sách xã hội Chi nhánh thành phố Hải Phòng"),
    (
        "p",
        "Giới thiệu các gói vay mua, thuê mua nhà ở xã hội tại “Ngày hội nhà ở công nhân”; gửi số liệu dư nợ "
        "cho vay nhà ở xã hội về Sở Xây dựng trước ngày 10 của tháng đầu quý sau.",
    ),
    ("b", "9. Đề nghị Ủy ban nhân dân các xã, phường, đặc khu"),
    (
        "p",
        "Rà soát, đề xuất quỹ đất phát triển nhà ở xã hội trên địa bàn gửi Sở Xây dựng trước ngày 28/02/2026; "
        "xác nhận đối tượng, điều kiện thu nhập cho người đăng ký mua, thuê mua nhà ở xã hội đúng thời hạn quy "
        "định.",
    ),
    ("b", "IV. KIẾN NGHỊ"),
    (
        "p",
        "1. Đề nghị Ủy ban nhân dân thành phố chỉ đạo Sở Tài chính cân đối, bố trí vốn ngân sách thành phố ủy "
        "thác qua Ngân hàng Chính sách xã hội để cho vay mua, thuê mua nhà ở xã hội năm 2026 tối thiểu 300 tỷ "
        "đồng.",
    ),
    (
        "p",
        "2. Đề nghị Ủy ban nhân dân thành phố giao Sở Nông nghiệp và Môi trường ưu tiên giải quyết thủ tục giao "
        "đất, cho thuê đất đối với các dự án nhà ở xã hội, nhà lưu trú công nhân.",
    ),
    ("p", "Sở Xây dựng kính báo cáo Ủy ban nhân dân thành phố xem xét, chỉ đạo./."),
]

CLOSING = [
    [
        [
            "Nơi nhận:",
            "- UBND thành phố (để b/c);",
            "- Bộ Xây dựng (để b/c);",
            "- Sở Tài chính;",
            "- Sở Nông nghiệp và Môi trường;",
            "- Ban Quản lý Khu kinh tế Hải Phòng;",
            "- Công an thành phố;",
            "- Liên đoàn Lao động thành phố;",
            "- NHCSXH Chi nhánh TP Hải Phòng;",
            "- Giám đốc, các PGĐ Sở;",
            "- Lưu: VT, QLN.",
        ],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Khúc Văn Tuyển"],
    ],
]

APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026",
    "(Kèm theo Báo cáo số 46/BC-SXD ngày 20/01/2026 của Sở Xây dựng thành phố Hải Phòng)",
]

TASKS = [
    [
        "1",
        "Rà soát, đề xuất quỹ đất phát triển nhà ở xã hội trên địa bàn",
        "Ủy ban nhân dân các xã, phường, đặc khu",
        "Phòng Quản lý nhà và Thị trường bất động sản",
        "Trước ngày 28/02/2026",
    ],
    [
        "2",
        "Danh sách doanh nghiệp trong khu công nghiệp có nhu cầu nhà ở cho công nhân",
        "Ban Quản lý Khu kinh tế Hải Phòng",
        "Liên đoàn Lao động thành phố",
        "Trước ngày 15/3/2026",
    ],
    [
        "3",
        "Công bố danh mục quỹ đất phát triển nhà ở xã hội, nhà lưu trú công nhân",
        "Phòng Quản lý nhà và Thị trường bất động sản",
        "Sở Nông nghiệp và Môi trường; Ủy ban nhân dân các xã, phường, đặc khu",
        "Trước ngày 31/3/2026",
    ],
    [
        "4",
        "Tổng hợp nhu cầu mua, thuê nhà ở xã hội của đoàn viên, công nhân lao động",
        "Liên đoàn Lao động thành phố",
        "Phòng Quản lý nhà và Thị trường bất động sản",
        "Trước ngày 15/4/2026",
    ],
    [
        "5",
        "“Ngày hội nhà ở công nhân” đợt 1",
        "Phòng Quản lý nhà và Thị trường bất động sản",
        "Liên đoàn Lao động thành phố; Ngân hàng Chính sách xã hội Chi nhánh thành phố Hải Phòng",
        "Tháng 4/2026",
    ],
    [
        "6",
        "Quy trình liên thông cấp giấy phép xây dựng và thẩm duyệt phòng cháy và chữa cháy",
        "Phòng Quản lý hoạt động xây dựng",
        "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (Công an thành phố); Ban Quản lý Khu kinh tế Hải Phòng",
        "Trước ngày 30/4/2026",
    ],
    [
        "7",
        "Thí điểm Quy trình liên thông tại Khu công nghiệp Nam Cầu Kiền",
        "Phòng Quản lý hoạt động xây dựng",
        "Ban Quản lý Khu kinh tế Hải Phòng",
        "Từ tháng 5/2026",
    ],
    [
        "8",
        "Hội nghị đối thoại với doanh nghiệp về thủ tục cấp giấy phép xây dựng",
        "Văn phòng Sở",
        "Phòng Quản lý hoạt động xây dựng; Ban Quản lý Khu kinh tế Hải Phòng",
        "Quý II/2026",
    ],
    [
        "9",
        "Tổng hợp đề xuất kinh phí năm 2027",
        "Phòng Kế hoạch - Tài chính",
        "Các phòng, đơn vị thuộc Sở",
        "Trước ngày 20/7/2026",
    ],
    [
        "10",
        "Nâng cấp phần mềm cấp phép xây dựng trực tuyến",
        "Văn phòng Sở",
        "Phòng Quản lý hoạt động xây dựng",
        "Quý III/2026",
    ],
    [
        "11",
        "“Ngày hội nhà ở công nhân” đợt 2",
        "Phòng Quản lý nhà và Thị trường bất động sản",
        "Liên đoàn Lao động thành phố; Ngân hàng Chính sách xã hội Chi nhánh thành phố Hải Phòng",
        "Tháng 9/2026",
    ],
    [
        "12",
        "Báo cáo kết quả thực hiện năm 2026",
        "Văn phòng Sở",
        "Các phòng, đơn vị thuộc Sở",
        "Trước ngày 12/12/2026",
    ],
]

FIXED_TIME = dt.datetime(2026, 1, 20, 8, 0, 0)


SPEC = spec_from(
    globals(),
    author="Sở Xây dựng Hải Phòng (tài liệu tổng hợp để đánh giá)",
    label="Báo cáo 46/BC-SXD (tài liệu đánh giá tổng hợp)",
    comments="Synthetic evaluation document - not a real report.",
    made_by="eval/newdoc/make_docx_e.py",
)


build, main = entry_points(SPEC)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
# ruff: noqa: E501  (the document text is data: long Vietnamese lines are kept whole)
"""Write the synthetic evaluation document kh_19_skhcn_khoi_nghiep_2026.docx (python-docx, deterministic).

SYNTHETIC EVALUATION DOCUMENT — NOT A REAL PLAN. Sở Khoa học và Công nghệ thành phố Hải Phòng, Bộ Khoa
học và Công nghệ, Sở Tài chính, Thuế thành phố Hải Phòng, Thành đoàn Hải Phòng, Hiệp hội Doanh nghiệp
thành phố Hải Phòng, Trường Đại học Hàng hải Việt Nam and the two laws it cites exist, but the plan
itself, its number (19/KH-SKHCN), the city plan it implements (342/KH-UBND ngày 19/12/2025), the
"Chương trình Ươm tạo Biển Xanh 2026", the "Mạng lưới cố vấn khởi nghiệp Hải Phòng", the "Phiếu hỗ trợ
đổi mới sáng tạo", the "Ngày hội Khởi nghiệp đổi mới sáng tạo Đất Cảng 2026", the "Sàn giao dịch công
nghệ thành phố", every figure, target, deadline, assignment, the budget and the signer's name are
invented, so that the assistant can be measured on a document it has never seen, ingested as .docx.
This set ("g") is reserved for the final measurement.

It is a city department's "Kế hoạch" (Sở Khoa học và Công nghệ) on support for innovative start-ups and
the commercialisation of research results in 2026: 2025 results, 2026 targets, tasks, the budget and
assignments per unit and agency with report deadlines. The other sets are a ward's plan on household
businesses (make_docx.py), a commune's report on procedures and land (make_docx_b.py), a ward decision
on digital transformation (make_docx_c.py), Sở Công Thương's plan on trade promotion (make_docx_d.py),
Sở Xây dựng's report on social housing (make_docx_e.py) and a commune's plan on cooperatives and OCOP
(make_docx_f.py). The layout is the one shared by the other sets (docx_layout.py): the header ("UBND
THÀNH PHỐ HẢI PHÒNG / SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: …/KH-SKHCN", place and date) and the closing
("Nơi nhận:" beside the signature block) are two-column borderless Word tables, the body is plain
paragraphs with bold section lines (no Heading styles), and the appendix of tasks is a real Word table
on a landscape page.

    python3 eval/newdoc/make_docx_g.py [OUT_PATH] [--plain-layout]
        # default OUT_PATH: <tmp>/trolyao-newdoc/kh_19_skhcn_khoi_nghiep_2026.docx
        # --plain-layout: ablation, header and closing as plain paragraphs instead of tables

Same input, byte-identical output (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_layout import NATIONAL_MOTTO, entry_points, spec_from

DOC_NAME = "kh_19_skhcn_khoi_nghiep_2026.docx"

# --- the document, as data -------------------------------------------------------------------------
# Header and closing are tables of cells; each cell is a list of lines (one Word paragraph each).
HEADER = [
    [
        ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
        NATIONAL_MOTTO,
    ],
    [["Số: 19/KH-SKHCN"], ["Hải Phòng, ngày 05 tháng 02 năm 2026"]],
]

TITLE = [
    "KẾ HOẠCH",
    "Hỗ trợ khởi nghiệp đổi mới sáng tạo và thương mại hóa kết quả nghiên cứu khoa học năm 2026",
]

# ("b", text) bold section line; ("p", text) body paragraph
BODY: list[tuple[str, str]] = [
    ("p", "Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo ngày 27 tháng 6 năm 2025;"),
    ("p", "Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày 12 tháng 6 năm 2017;"),
    (
        "p",
        "Thực hiện Kế hoạch số 342/KH-UBND ngày 19/12/2025 của Ủy ban nhân dân thành phố về phát triển hệ "
        "sinh thái khởi nghiệp đổi mới sáng tạo thành phố Hải Phòng năm 2026;",
    ),
    (
        "p",
        "Sở Khoa học và Công nghệ ban hành Kế hoạch hỗ trợ khởi nghiệp đổi mới sáng tạo và thương mại hóa kết "
        "quả nghiên cứu khoa học năm 2026 như sau:",
    ),
    ("b", "I. KẾT QUẢ THỰC HIỆN NĂM 2025"),
    (
        "p",
        "- Hỗ trợ ươm tạo 46 dự án khởi nghiệp đổi mới sáng tạo; 17 dự án đã thành lập doanh nghiệp, trong đó "
        "5 doanh nghiệp gọi vốn thành công với tổng số vốn 38 tỷ đồng.",
    ),
    (
        "p",
        "- Cấp mới 9 Giấy chứng nhận doanh nghiệp khoa học và công nghệ, nâng tổng số doanh nghiệp khoa học và "
        "công nghệ trên địa bàn thành phố lên 64 doanh nghiệp.",
    ),
    (
        "p",
        "- Hướng dẫn tổ chức, cá nhân nộp 1.284 đơn đăng ký sở hữu công nghiệp, trong đó 1.102 đơn đăng ký nhãn "
        "hiệu và 57 đơn đăng ký sáng chế, giải pháp hữu ích.",
    ),
    (
        "p",
        "- Thẩm định, cho ý kiến 23 hợp đồng chuyển giao công nghệ với tổng giá trị 156 tỷ đồng; thời gian "
        "giải quyết bình quân 9 ngày làm việc.",
    ),
    (
        "p",
        "- Không gian làm việc chung tại Trung tâm Ứng dụng tiến bộ khoa học và công nghệ (diện tích 850 m2) "
        "đón 2.730 lượt người sử dụng; tổ chức 14 khóa đào tạo khởi nghiệp cho 1.060 học viên.",
    ),
    (
        "p",
        "- Tồn tại, hạn chế: số dự án khởi nghiệp của sinh viên, giảng viên còn ít (8 trong số 46 dự án); nguồn "
        "vốn đầu tư mạo hiểm còn hạn chế; thời gian thanh toán kinh phí hỗ trợ cho dự án còn kéo dài, bình quân "
        "47 ngày.",
    ),
    ("b", "II. MỤC TIÊU NĂM 2026"),
    (
        "p",
        "- Hỗ trợ ươm tạo ít nhất 60 dự án khởi nghiệp đổi mới sáng tạo, trong đó tối thiểu 15 dự án của sinh "
        "viên, giảng viên các trường đại học, cao đẳng trên địa bàn;",
    ),
    (
        "p",
        "- Ít nhất 20 dự án được thành lập doanh nghiệp; 12 doanh nghiệp được cấp mới Giấy chứng nhận doanh "
        "nghiệp khoa học và công nghệ;",
    ),
    ("p", "- Cấp 120 Phiếu hỗ trợ đổi mới sáng tạo cho doanh nghiệp nhỏ và vừa;"),
    (
        "p",
        "- Thời gian thanh toán kinh phí hỗ trợ cho dự án không quá 20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ;",
    ),
    (
        "p",
        "- 100% thủ tục hành chính thuộc thẩm quyền giải quyết của Sở được cung cấp dịch vụ công trực tuyến "
        "toàn trình.",
    ),
    ("b", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("b", "1. Ươm tạo và cố vấn khởi nghiệp"),
    (
        "p",
        "- Triển khai “Chương trình Ươm tạo Biển Xanh 2026” gồm 02 khóa: khóa 1 từ tháng 3 đến tháng 6/2026, "
        "khóa 2 từ tháng 8 đến tháng 11/2026; mỗi khóa tiếp nhận tối đa 30 dự án.",
    ),
    (
        "p",
        "- Kiện toàn “Mạng lưới cố vấn khởi nghiệp Hải Phòng” gồm 45 chuyên gia, doanh nhân trước ngày 31/3/2026; "
        "mỗi dự án được cố vấn miễn phí tối đa 40 giờ.",
    ),
    ("b", "2. Phiếu hỗ trợ đổi mới sáng tạo"),
    (
        "p",
        "- Doanh nghiệp nhỏ và vừa được hỗ trợ tối đa 100 triệu đồng/phiếu và không quá 50% chi phí thuê tư vấn, "
        "thử nghiệm, đo lường, đăng ký bảo hộ quyền sở hữu trí tuệ.",
    ),
    (
        "p",
        "- Hồ sơ đề nghị cấp Phiếu hỗ trợ đổi mới sáng tạo được tiếp nhận trực tuyến từ ngày 02/3/2026 đến hết "
        "ngày 30/9/2026.",
    ),
    ("p", "- Ban hành Quy chế quản lý Phiếu hỗ trợ đổi mới sáng tạo trước ngày 27/02/2026."),
    ("b", "3. Sự kiện kết nối và gọi vốn"),
    (
        "p",
        "- Tổ chức “Ngày hội Khởi nghiệp đổi mới sáng tạo Đất Cảng 2026” tại Trường Đại học Hàng hải Việt Nam "
        "trong 02 ngày 24 và 25/10/2026.",
    ),
    (
        "p",
        "- Tổ chức 02 phiên gọi vốn (Demo Day) cho các dự án sau ươm tạo vào tháng 6/2026 và tháng 12/2026.",
    ),
    ("b", "4. Thương mại hóa kết quả nghiên cứu"),
    (
        "p",
        "- Công bố danh mục 30 kết quả nghiên cứu sẵn sàng chuyển giao trên Sàn giao dịch công nghệ thành phố "
        "trong quý II/2026.",
    ),
    (
        "p",
        "- Hỗ trợ đăng ký bảo hộ quyền sở hữu trí tuệ cho ít nhất 25 kết quả nghiên cứu của các trường đại học, "
        "viện nghiên cứu trên địa bàn.",
    ),
    ("b", "5. Kinh phí thực hiện"),
    (
        "p",
        "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 5.420 triệu đồng từ nguồn sự nghiệp khoa học và công nghệ "
        "của thành phố giao cho Sở, gồm: Chương trình Ươm tạo Biển Xanh 2026 là 1.800 triệu đồng; Phiếu hỗ trợ "
        "đổi mới sáng tạo là 2.250 triệu đồng; Ngày hội khởi nghiệp và phiên gọi vốn là 870 triệu đồng; đào tạo, "
        "cố vấn khởi nghiệp là 500 triệu đồng.",
    ),
    ("b", "IV. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Phòng Quản lý công nghệ và Đổi mới sáng tạo"),
    (
        "p",
        "- Là đơn vị đầu mối, tham mưu Giám đốc Sở tổ chức thực hiện Kế hoạch; chủ trì Chương trình Ươm tạo "
        "Biển Xanh 2026, kiện toàn Mạng lưới cố vấn khởi nghiệp Hải Phòng và xây dựng Quy chế quản lý Phiếu hỗ "
        "trợ đổi mới sáng tạo.",
    ),
    (
        "p",
        "- Tổng hợp tiến độ các dự án được ươm tạo, báo cáo Giám đốc Sở trước ngày 15 của tháng cuối quý.",
    ),
    ("b", "2. Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"),
    (
        "p",
        "Vận hành không gian làm việc chung và Sàn giao dịch công nghệ thành phố; chủ trì tổ chức Ngày hội Khởi "
        "nghiệp đổi mới sáng tạo Đất Cảng 2026 và các phiên gọi vốn; gửi số liệu hoạt động của tháng trước về "
        "Phòng Quản lý công nghệ và Đổi mới sáng tạo trước ngày 03 hằng tháng.",
    ),
    ("b", "3. Phòng Kế hoạch - Tài chính"),
    (
        "p",
        "Thẩm định dự toán, hướng dẫn thanh toán, quyết toán kinh phí năm 2026; tổng hợp đề xuất kinh phí năm "
        "2027 gửi Sở Tài chính trước ngày 15/7/2026.",
    ),
    ("b", "4. Văn phòng Sở"),
    (
        "p",
        "Theo dõi, đôn đốc các đơn vị; tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân thành phố "
        "và Bộ Khoa học và Công nghệ: báo cáo 6 tháng trước ngày 19 tháng 6, báo cáo năm trước ngày 11 tháng 12.",
    ),
    ("b", "5. Đề nghị Sở Tài chính"),
    (
        "p",
        "Thẩm định, bố trí kinh phí thực hiện Kế hoạch; hướng dẫn đăng ký thành lập doanh nghiệp cho các dự án "
        "khởi nghiệp sau ươm tạo.",
    ),
    ("b", "6. Đề nghị Thuế thành phố Hải Phòng"),
    (
        "p",
        "Hướng dẫn doanh nghiệp khởi nghiệp về kê khai thuế ban đầu và sử dụng hóa đơn điện tử; phối hợp tổ chức "
        "02 buổi tập huấn về thuế cho doanh nghiệp khởi nghiệp trong quý III/2026.",
    ),
    ("b", "7. Đề nghị Thành đoàn Hải Phòng"),
    (
        "p",
        "Vận động đoàn viên, thanh niên tham gia Chương trình Ươm tạo Biển Xanh 2026; giới thiệu dự án khởi "
        "nghiệp của thanh niên gửi Sở Khoa học và Công nghệ trước ngày 20/4/2026.",
    ),
    ("b", "8. Đề nghị các trường đại học, cao đẳng trên địa bàn thành phố"),
    (
        "p",
        "Giới thiệu dự án khởi nghiệp của sinh viên, giảng viên; gửi danh mục kết quả nghiên cứu sẵn sàng "
        "chuyển giao về Sở Khoa học và Công nghệ trước ngày 30/4/2026.",
    ),
    ("b", "9. Đề nghị Hiệp hội Doanh nghiệp thành phố Hải Phòng"),
    (
        "p",
        "Giới thiệu doanh nhân tham gia Mạng lưới cố vấn khởi nghiệp Hải Phòng; kết nối nhà đầu tư, quỹ đầu tư "
        "tham gia các phiên gọi vốn.",
    ),
    (
        "p",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Khoa học và Công nghệ "
        "(qua Phòng Quản lý công nghệ và Đổi mới sáng tạo) để tổng hợp, xử lý./.",
    ),
]

CLOSING = [
    [
        [
            "Nơi nhận:",
            "- Bộ Khoa học và Công nghệ (để b/c);",
            "- UBND thành phố (để b/c);",
            "- Sở Tài chính;",
            "- Thuế thành phố Hải Phòng;",
            "- Thành đoàn Hải Phòng;",
            "- Hiệp hội Doanh nghiệp thành phố;",
            "- Các trường ĐH, CĐ trên địa bàn;",
            "- Các phòng, đơn vị thuộc Sở;",
            "- Lưu: VT, QLCN&ĐMST.",
        ],
        ["GIÁM ĐỐC", "", "", "", "", "Lục Văn Tường"],
    ],
]

APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ HỖ TRỢ KHỞI NGHIỆP ĐỔI MỚI SÁNG TẠO NĂM 2026",
    "(Kèm theo Kế hoạch số 19/KH-SKHCN ngày 05/02/2026 của Sở Khoa học và Công nghệ thành phố Hải Phòng)",
]

TASKS = [
    [
        "1",
        "Ban hành Quy chế quản lý Phiếu hỗ trợ đổi mới sáng tạo",
        "Phòng Quản lý công nghệ và Đổi mới sáng tạo",
        "Phòng Kế hoạch - Tài chính",
        "Trước ngày 27/02/2026",
    ],
    [
        "2",
        "Kiện toàn Mạng lưới cố vấn khởi nghiệp Hải Phòng",
        "Phòng Quản lý công nghệ và Đổi mới sáng tạo",
        "Hiệp hội Doanh nghiệp thành phố Hải Phòng",
        "Trước ngày 31/3/2026",
    ],
    [
        "3",
        "Chương trình Ươm tạo Biển Xanh 2026, khóa 1",
        "Phòng Quản lý công nghệ và Đổi mới sáng tạo",
        "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ; Thành đoàn Hải Phòng",
        "Tháng 3 - tháng 6/2026",
    ],
    [
        "4",
        "Giới thiệu dự án khởi nghiệp của thanh niên",
        "Thành đoàn Hải Phòng",
        "Phòng Quản lý công nghệ và Đổi mới sáng tạo",
        "Trước ngày 20/4/2026",
    ],
    [
        "5",
        "Danh mục kết quả nghiên cứu sẵn sàng chuyển giao của các trường",
        "Các trường đại học, cao đẳng trên địa bàn thành phố",
        "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
        "Trước ngày 30/4/2026",
    ],
    [
        "6",
        "Công bố danh mục 30 kết quả nghiên cứu sẵn sàng chuyển giao trên Sàn giao dịch công nghệ thành phố",
        "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
        "Các trường đại học, cao đẳng trên địa bàn thành phố",
        "Quý II/2026",
    ],
    [
        "7",
        "Phiên gọi vốn (Demo Day) lần 1",
        "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
        "Hiệp hội Doanh nghiệp thành phố Hải Phòng",
        "Tháng 6/2026",
    ],
    [
        "8",
        "Tổng hợp đề xuất kinh phí năm 2027",
        "Phòng Kế hoạch - Tài chính",
        "Các phòng, đơn vị thuộc Sở",
        "Trước ngày 15/7/2026",
    ],
    [
        "9",
        "Tập huấn về thuế cho doanh nghiệp khởi nghiệp (02 buổi)",
        "Thuế thành phố Hải Phòng",
        "Phòng Quản lý công nghệ và Đổi mới sáng tạo",
        "Quý III/2026",
    ],
    [
        "10",
        "Tiếp nhận hồ sơ đề nghị cấp Phiếu hỗ trợ đổi mới sáng tạo",
        "Phòng Quản lý công nghệ và Đổi mới sáng tạo",
        "Phòng Kế hoạch - Tài chính",
        "Từ ngày 02/3/2026 đến hết ngày 30/9/2026",
    ],
    [
        "11",
        "Ngày hội Khởi nghiệp đổi mới sáng tạo Đất Cảng 2026",
        "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
        "Trường Đại học Hàng hải Việt Nam; Thành đoàn Hải Phòng; Hiệp hội Doanh nghiệp thành phố Hải Phòng",
        "Ngày 24 và 25/10/2026",
    ],
    [
        "12",
        "Báo cáo kết quả thực hiện Kế hoạch năm 2026",
        "Văn phòng Sở",
        "Các phòng, đơn vị thuộc Sở",
        "Trước ngày 11/12/2026",
    ],
]

FIXED_TIME = dt.datetime(2026, 2, 5, 8, 0, 0)


SPEC = spec_from(
    globals(),
    author="Sở Khoa học và Công nghệ Hải Phòng (tài liệu tổng hợp để đánh giá)",
    label="Kế hoạch 19/KH-SKHCN (tài liệu đánh giá tổng hợp)",
    comments="Synthetic evaluation document - not a real plan.",
    made_by="eval/newdoc/make_docx_g.py",
)


build, main = entry_points(SPEC)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
# ruff: noqa: E501  (the document text is data: long Vietnamese lines are kept whole)
"""Write the fourth synthetic evaluation document kh_27_sct_xttm_2026.docx (python-docx, deterministic).

SYNTHETIC EVALUATION DOCUMENT — NOT A REAL PLAN. Sở Công Thương thành phố Hải Phòng, Bộ Công Thương,
Sở Tài chính, Chi cục Hải quan khu vực III, the Luật Thương mại and Nghị định 81/2018/NĐ-CP exist, but the
plan itself, its number (27/KH-SCT), the city plan it implements (318/KH-UBND), the "Hội chợ Xuất khẩu
Cảng biển Hải Phòng 2026", the programme "Hàng Hải Phòng lên sàn quốc tế", the "Bản tin Thị trường xuất
khẩu", every figure, target, deadline, assignment, the budget and the signer's name are invented, so that
the assistant can be measured on a fourth document it has never seen, ingested as .docx. This set is
reserved for the final measurement.

It is a city department's "Kế hoạch" (Sở Công Thương) on trade promotion and export support, with the
2025 results and the targets for 2026 and 2027; the other sets are a ward's plan on household businesses
(make_docx.py), a commune's report on administrative procedures and land (make_docx_b.py) and a ward
decision approving a digital-transformation plan (make_docx_c.py). The layout is the same as theirs: the
header ("UBND THÀNH PHỐ HẢI PHÒNG / SỞ CÔNG THƯƠNG", "Số: …/KH-SCT", place and date) and the closing
("Nơi nhận:" beside the signature block) are two-column borderless Word tables, the body is plain
paragraphs with bold section lines (no Heading styles), and the appendix of tasks is a real Word table on
a landscape page.

    python3 eval/newdoc/make_docx_d.py [OUT_PATH] [--plain-layout]
        # default OUT_PATH: <tmp>/trolyao-newdoc/kh_27_sct_xttm_2026.docx
        # --plain-layout: ablation, header and closing as plain paragraphs instead of tables

Same input, byte-identical output (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_layout import NATIONAL_MOTTO, entry_points, spec_from

DOC_NAME = "kh_27_sct_xttm_2026.docx"

# --- the document, as data -------------------------------------------------------------------------
# Header and closing are tables of cells; each cell is a list of lines (one Word paragraph each).
HEADER = [
    [
        ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ CÔNG THƯƠNG"],
        NATIONAL_MOTTO,
    ],
    [["Số: 27/KH-SCT"], ["Hải Phòng, ngày 14 tháng 01 năm 2026"]],
]

TITLE = [
    "KẾ HOẠCH",
    "Xúc tiến thương mại, hỗ trợ doanh nghiệp mở rộng thị trường xuất khẩu",
    "giai đoạn 2026 - 2027",
]

# ("b", text) bold section line; ("p", text) body paragraph
BODY: list[tuple[str, str]] = [
    ("p", "Căn cứ Luật Thương mại ngày 14 tháng 6 năm 2005;"),
    (
        "p",
        "Căn cứ Nghị định số 81/2018/NĐ-CP ngày 22 tháng 5 năm 2018 của Chính phủ quy định chi tiết Luật "
        "Thương mại về hoạt động xúc tiến thương mại;",
    ),
    (
        "p",
        "Thực hiện Kế hoạch số 318/KH-UBND ngày 30/12/2025 của Ủy ban nhân dân thành phố về Chương trình xúc "
        "tiến thương mại thành phố Hải Phòng năm 2026;",
    ),
    (
        "p",
        "Sở Công Thương ban hành Kế hoạch xúc tiến thương mại, hỗ trợ doanh nghiệp mở rộng thị trường xuất khẩu "
        "giai đoạn 2026 - 2027 với các nội dung sau:",
    ),
    ("b", "I. KẾT QUẢ THỰC HIỆN NĂM 2025"),
    (
        "p",
        "Năm 2025, Sở Công Thương đã chủ trì, phối hợp tổ chức 14 hoạt động xúc tiến thương mại, tập trung vào "
        "các thị trường châu Á và Trung Đông. Kết quả cụ thể:",
    ),
    (
        "p",
        "- Hỗ trợ 186 lượt doanh nghiệp tham gia 09 hội chợ, triển lãm trong nước và 47 lượt doanh nghiệp tham "
        "gia 05 hội chợ, triển lãm tại Nhật Bản, Hàn Quốc, Ấn Độ và Các Tiểu vương quốc Ả Rập Thống nhất;",
    ),
    (
        "p",
        "- Tổ chức 03 hội nghị kết nối giao thương với 212 doanh nghiệp trong và ngoài nước tham dự; 96 biên bản "
        "ghi nhớ hợp tác được ký kết tại các hội nghị;",
    ),
    (
        "p",
        "- Hỗ trợ 58 doanh nghiệp đưa sản phẩm lên sàn thương mại điện tử xuyên biên giới, trong đó 21 doanh "
        "nghiệp đã có đơn hàng xuất khẩu đầu tiên qua sàn;",
    ),
    (
        "p",
        "- Tổ chức 05 lớp tập huấn về quy tắc xuất xứ hàng hóa và phòng vệ thương mại cho 415 lượt học viên;",
    ),
    (
        "p",
        "- Phát hành 12 số Bản tin Thị trường xuất khẩu, gửi qua thư điện tử tới 1.350 doanh nghiệp;",
    ),
    (
        "p",
        "- 87% doanh nghiệp được khảo sát đánh giá hài lòng với các hoạt động xúc tiến thương mại do Sở tổ "
        "chức.",
    ),
    (
        "p",
        "Hạn chế: số doanh nghiệp nhỏ và vừa tham gia hội chợ ở nước ngoài còn ít; thông tin thị trường chưa "
        "được cập nhật kịp thời; nhiều doanh nghiệp chưa đáp ứng tiêu chuẩn kỹ thuật của thị trường nhập khẩu.",
    ),
    ("b", "II. MỤC ĐÍCH, YÊU CẦU"),
    (
        "p",
        "Hỗ trợ doanh nghiệp trên địa bàn thành phố tìm kiếm đối tác, mở rộng thị trường xuất khẩu, đặc biệt "
        "là thị trường mới; nâng cao năng lực đáp ứng quy tắc xuất xứ và ứng phó với các vụ việc phòng vệ "
        "thương mại.",
    ),
    (
        "p",
        "Các hoạt động phải thiết thực, đúng đối tượng, ưu tiên doanh nghiệp nhỏ và vừa; sử dụng kinh phí "
        "tiết kiệm, hiệu quả, công khai.",
    ),
    ("b", "III. MỤC TIÊU"),
    ("b", "1. Năm 2026"),
    ("p", "- Tổ chức, phối hợp tổ chức ít nhất 16 hoạt động xúc tiến thương mại;"),
    (
        "p",
        "- Hỗ trợ ít nhất 220 lượt doanh nghiệp tham gia hội chợ, triển lãm trong nước và 60 lượt doanh nghiệp "
        "tham gia hội chợ, triển lãm ở nước ngoài;",
    ),
    ("p", "- 80 doanh nghiệp có sản phẩm trên sàn thương mại điện tử xuyên biên giới;"),
    ("p", "- Tập huấn cho ít nhất 500 lượt học viên;"),
    ("p", "- Tỷ lệ doanh nghiệp hài lòng đạt từ 90% trở lên."),
    ("b", "2. Năm 2027"),
    ("p", "- Tổ chức, phối hợp tổ chức ít nhất 18 hoạt động xúc tiến thương mại;"),
    (
        "p",
        "- 100 doanh nghiệp có sản phẩm trên sàn thương mại điện tử xuyên biên giới, trong đó ít nhất 50 doanh "
        "nghiệp có đơn hàng xuất khẩu qua sàn;",
    ),
    (
        "p",
        "- Tổ chức đoàn doanh nghiệp xúc tiến thương mại tới ít nhất 02 thị trường mới tại khu vực Trung Đông "
        "và Mỹ La-tinh;",
    ),
    ("p", "- Tập huấn cho ít nhất 600 lượt học viên."),
    ("b", "IV. NHIỆM VỤ, GIẢI PHÁP"),
    ("b", "1. Tổ chức hội chợ, triển lãm"),
    (
        "p",
        "- Tổ chức Hội chợ Xuất khẩu Cảng biển Hải Phòng 2026 từ ngày 22 đến ngày 26/10/2026 với quy mô 300 "
        "gian hàng, dành ít nhất 30% số gian hàng cho doanh nghiệp nhỏ và vừa của thành phố.",
    ),
    (
        "p",
        "- Hỗ trợ 100% chi phí thuê gian hàng tiêu chuẩn cho doanh nghiệp nhỏ và vừa tham gia hội chợ, triển "
        "lãm trong nước và 50% chi phí thuê gian hàng tại hội chợ, triển lãm ở nước ngoài do Sở tổ chức.",
    ),
    ("b", "2. Kết nối giao thương, đoàn xúc tiến ở nước ngoài"),
    (
        "p",
        "- Tổ chức 02 hội nghị kết nối giao thương: Hội nghị kết nối giao thương Hải Phòng - Nhật Bản trong quý "
        "II/2026 và Hội nghị kết nối giao thương Hải Phòng - Hàn Quốc trong quý III/2026.",
    ),
    (
        "p",
        "- Tổ chức đoàn doanh nghiệp khảo sát, xúc tiến thương mại tại Ấn Độ trong tháng 5/2026; mỗi đoàn "
        "không quá 15 doanh nghiệp.",
    ),
    ("b", "3. Thương mại điện tử xuyên biên giới"),
    (
        "p",
        "- Triển khai Chương trình “Hàng Hải Phòng lên sàn quốc tế”: hỗ trợ 50% phí tham gia sàn thương mại "
        "điện tử xuyên biên giới trong năm đầu tiên, tối đa 30 triệu đồng/doanh nghiệp; doanh nghiệp đăng ký "
        "tại Trung tâm Khuyến công và Xúc tiến thương mại trước ngày 31/3/2026.",
    ),
    ("b", "4. Thông tin thị trường, cảnh báo phòng vệ thương mại"),
    (
        "p",
        "- Phòng Quản lý Thương mại phát hành Bản tin Thị trường xuất khẩu hằng tháng, đăng trên Cổng thông tin "
        "điện tử của Sở trước ngày 05 của tháng kế tiếp.",
    ),
    (
        "p",
        "- Xây dựng chuyên trang cảnh báo sớm phòng vệ thương mại trên Cổng thông tin điện tử của Sở, hoàn "
        "thành trước ngày 30/6/2026.",
    ),
    ("b", "5. Đào tạo, tập huấn"),
    (
        "p",
        "- Tổ chức 06 lớp tập huấn trong năm 2026 về quy tắc xuất xứ, phòng vệ thương mại và kỹ năng bán hàng "
        "trên sàn thương mại điện tử xuyên biên giới; lớp đầu tiên tổ chức trong tháng 3/2026.",
    ),
    ("b", "6. Diễn đàn doanh nghiệp xuất khẩu"),
    (
        "p",
        "- Mỗi quý tổ chức 01 Diễn đàn doanh nghiệp xuất khẩu để nắm bắt và kịp thời tháo gỡ khó khăn, vướng "
        "mắc về thị trường, đơn hàng, thủ tục xuất khẩu.",
    ),
    ("b", "V. KINH PHÍ THỰC HIỆN"),
    (
        "p",
        "Tổng kinh phí thực hiện năm 2026 là 4.860 triệu đồng từ nguồn ngân sách thành phố giao cho Sở Công "
        "Thương, gồm: tổ chức hội chợ, triển lãm 2.100 triệu đồng; đoàn xúc tiến thương mại ở nước ngoài và "
        "hội nghị kết nối giao thương 1.450 triệu đồng; Chương trình “Hàng Hải Phòng lên sàn quốc tế” 780 triệu "
        "đồng; tập huấn, thông tin thị trường 530 triệu đồng.",
    ),
    (
        "p",
        "Kinh phí năm 2027 được xây dựng căn cứ kết quả thực hiện năm 2026, trình cấp có thẩm quyền phê duyệt "
        "cùng dự toán ngân sách năm 2027. Huy động thêm đóng góp của doanh nghiệp tham gia và các nguồn tài trợ "
        "hợp pháp khác.",
    ),
    ("b", "VI. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Phòng Quản lý Thương mại"),
    (
        "p",
        "- Là đầu mối, tham mưu Giám đốc Sở tổ chức triển khai Kế hoạch; chủ trì tổ chức đoàn xúc tiến thương "
        "mại tại Ấn Độ, phát hành Bản tin Thị trường xuất khẩu và tổ chức Diễn đàn doanh nghiệp xuất khẩu.",
    ),
    (
        "p",
        "- Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân thành phố và Bộ Công Thương: báo cáo 6 tháng "
        "trước ngày 18 tháng 6, báo cáo năm trước ngày 15 tháng 12.",
    ),
    ("b", "2. Trung tâm Khuyến công và Xúc tiến thương mại"),
    (
        "p",
        "- Chủ trì tổ chức Hội chợ Xuất khẩu Cảng biển Hải Phòng 2026, các hội nghị kết nối giao thương và các "
        "lớp tập huấn; tiếp nhận hồ sơ đăng ký tham gia Chương trình “Hàng Hải Phòng lên sàn quốc tế”.",
    ),
    (
        "p",
        "- Báo cáo kết quả từng hoạt động gửi Phòng Quản lý Thương mại trong vòng 10 ngày làm việc sau khi kết "
        "thúc hoạt động.",
    ),
    ("b", "3. Phòng Kế hoạch - Tài chính"),
    (
        "p",
        "Thẩm định dự toán, hướng dẫn thanh toán, quyết toán kinh phí theo quy định; tổng hợp nhu cầu kinh phí "
        "năm 2027 gửi Sở Tài chính trước ngày 15/7/2026.",
    ),
    ("b", "4. Đề nghị Chi cục Hải quan khu vực III"),
    (
        "p",
        "Hướng dẫn doanh nghiệp thủ tục hải quan đối với hàng mẫu, hàng trưng bày tại hội chợ ở nước ngoài; "
        "cung cấp số liệu kim ngạch xuất khẩu của doanh nghiệp trên địa bàn thành phố cho Sở Công Thương trước "
        "ngày 10 của tháng đầu quý sau.",
    ),
    ("b", "5. Đề nghị Hiệp hội Doanh nghiệp thành phố Hải Phòng"),
    (
        "p",
        "Vận động hội viên tham gia hội chợ, đoàn xúc tiến thương mại; giới thiệu ít nhất 40 doanh nghiệp hội "
        "viên tham gia Chương trình “Hàng Hải Phòng lên sàn quốc tế” trong năm 2026.",
    ),
    ("b", "6. Đề nghị Ủy ban nhân dân các xã, phường, đặc khu"),
    (
        "p",
        "Giới thiệu sản phẩm OCOP, sản phẩm tiêu biểu của địa phương tham gia Hội chợ Xuất khẩu Cảng biển Hải "
        "Phòng 2026; gửi danh sách doanh nghiệp đăng ký về Trung tâm Khuyến công và Xúc tiến thương mại trước "
        "ngày 31/8/2026.",
    ),
    (
        "p",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Công Thương (qua "
        "Phòng Quản lý Thương mại) để xem xét, giải quyết./.",
    ),
]

CLOSING = [
    [
        [
            "Nơi nhận:",
            "- Bộ Công Thương (để b/c);",
            "- UBND thành phố (để b/c);",
            "- Sở Tài chính;",
            "- Chi cục Hải quan khu vực III;",
            "- Hiệp hội Doanh nghiệp TP Hải Phòng;",
            "- UBND các xã, phường, đặc khu;",
            "- Giám đốc, các PGĐ Sở;",
            "- Các phòng, đơn vị thuộc Sở;",
            "- Lưu: VT, QLTM.",
        ],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Mạc Thị Thanh Huyền"],
    ],
]

APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC HOẠT ĐỘNG XÚC TIẾN THƯƠNG MẠI NĂM 2026",
    "(Kèm theo Kế hoạch số 27/KH-SCT ngày 14/01/2026 của Sở Công Thương thành phố Hải Phòng)",
]

TASKS = [
    [
        "1",
        "Tiếp nhận đăng ký tham gia Chương trình “Hàng Hải Phòng lên sàn quốc tế”",
        "Trung tâm Khuyến công và Xúc tiến thương mại",
        "Phòng Quản lý Thương mại; Hiệp hội Doanh nghiệp thành phố Hải Phòng",
        "Trước ngày 31/3/2026",
    ],
    [
        "2",
        "Lớp tập huấn đầu tiên về quy tắc xuất xứ, phòng vệ thương mại",
        "Trung tâm Khuyến công và Xúc tiến thương mại",
        "Chi cục Hải quan khu vực III",
        "Tháng 3/2026",
    ],
    [
        "3",
        "Đoàn doanh nghiệp khảo sát, xúc tiến thương mại tại Ấn Độ",
        "Phòng Quản lý Thương mại",
        "Hiệp hội Doanh nghiệp thành phố Hải Phòng",
        "Tháng 5/2026",
    ],
    [
        "4",
        "Hội nghị kết nối giao thương Hải Phòng - Nhật Bản",
        "Trung tâm Khuyến công và Xúc tiến thương mại",
        "Phòng Quản lý Thương mại",
        "Quý II/2026",
    ],
    [
        "5",
        "Chuyên trang cảnh báo sớm phòng vệ thương mại",
        "Phòng Quản lý Thương mại",
        "Văn phòng Sở",
        "Trước ngày 30/6/2026",
    ],
    [
        "6",
        "Tổng hợp nhu cầu kinh phí năm 2027",
        "Phòng Kế hoạch - Tài chính",
        "Phòng Quản lý Thương mại; Trung tâm Khuyến công và Xúc tiến thương mại",
        "Trước ngày 15/7/2026",
    ],
    [
        "7",
        "Hội nghị kết nối giao thương Hải Phòng - Hàn Quốc",
        "Trung tâm Khuyến công và Xúc tiến thương mại",
        "Phòng Quản lý Thương mại",
        "Quý III/2026",
    ],
    [
        "8",
        "Tổng hợp danh sách doanh nghiệp, sản phẩm OCOP của các xã, phường, đặc khu tham gia Hội chợ",
        "Trung tâm Khuyến công và Xúc tiến thương mại",
        "Ủy ban nhân dân các xã, phường, đặc khu",
        "Trước ngày 31/8/2026",
    ],
    [
        "9",
        "Hội chợ Xuất khẩu Cảng biển Hải Phòng 2026",
        "Trung tâm Khuyến công và Xúc tiến thương mại",
        "Phòng Quản lý Thương mại; Chi cục Hải quan khu vực III; Hiệp hội Doanh nghiệp thành phố Hải Phòng",
        "Từ ngày 22 đến ngày 26/10/2026",
    ],
    [
        "10",
        "Phát hành Bản tin Thị trường xuất khẩu",
        "Phòng Quản lý Thương mại",
        "Trung tâm Khuyến công và Xúc tiến thương mại",
        "Hằng tháng",
    ],
    [
        "11",
        "Diễn đàn doanh nghiệp xuất khẩu",
        "Phòng Quản lý Thương mại",
        "Hiệp hội Doanh nghiệp thành phố Hải Phòng",
        "01 lần/quý",
    ],
    [
        "12",
        "Báo cáo kết quả thực hiện Kế hoạch năm 2026",
        "Phòng Quản lý Thương mại",
        "Các phòng, đơn vị thuộc Sở",
        "Trước ngày 15/12/2026",
    ],
]

FIXED_TIME = dt.datetime(2026, 1, 14, 8, 0, 0)


SPEC = spec_from(
    globals(),
    author="Sở Công Thương Hải Phòng (tài liệu tổng hợp để đánh giá)",
    label="Kế hoạch 27/KH-SCT (tài liệu đánh giá tổng hợp)",
    comments="Synthetic evaluation document - not a real plan.",
    made_by="eval/newdoc/make_docx_d.py",
)


build, main = entry_points(SPEC)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

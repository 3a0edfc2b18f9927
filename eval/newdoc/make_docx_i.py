#!/usr/bin/env python3
# ruff: noqa: E501  (the document text is data: long Vietnamese lines are kept whole)
"""Write the synthetic evaluation document kh_36_snnmt_moi_truong_ccn_2026.docx (python-docx, deterministic).

SYNTHETIC EVALUATION DOCUMENT — NOT A REAL PLAN. Sở Nông nghiệp và Môi trường thành phố Hải Phòng, Bộ
Nông nghiệp và Môi trường, Sở Công Thương, Sở Tài chính, Công an thành phố, Liên đoàn Thương mại và Công
nghiệp Việt Nam chi nhánh Hải Phòng, Cung Văn hóa Lao động hữu nghị Việt - Nhật and the law it cites
exist, but the plan itself, its number (36/KH-SNNMT), the city plan it implements (427/KH-UBND ngày
26/12/2025), the "Chương trình Tuân thủ Xanh cụm công nghiệp 2026", the "Sổ tay hướng dẫn tuân thủ pháp
luật bảo vệ môi trường trong cụm công nghiệp", the "Hệ thống tiếp nhận dữ liệu quan trắc môi trường tự
động thành phố", the "Ngày hội Doanh nghiệp xanh cụm công nghiệp 2026", every figure, target, deadline,
assignment, the budget and the signer's name are invented, so that the assistant can be measured on a
document it has never seen, ingested as .docx. This set ("i") is reserved for measurement.

It is a city department's "Kế hoạch" (Sở Nông nghiệp và Môi trường) on the environmental compliance of
enterprises in industrial clusters in 2026: 2025 results, 2026 targets, tasks, the budget and assignments
per unit and agency with report deadlines. The other sets are ward and commune plans, reports and
decisions (make_docx.py, make_docx_b.py, make_docx_c.py, make_docx_f.py) and the plans or reports of Sở
Công Thương, Sở Xây dựng, Sở Khoa học và Công nghệ and Bảo hiểm xã hội (make_docx_d.py, make_docx_e.py,
make_docx_g.py, make_docx_h.py). The layout is the one shared by the other sets (docx_layout.py): the
header ("UBND THÀNH PHỐ HẢI PHÒNG / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: …/KH-SNNMT", place and date) and
the closing ("Nơi nhận:" beside the signature block) are two-column borderless Word tables, the body is
plain paragraphs with bold section lines (no Heading styles), and the appendix of tasks is a real Word
table on a landscape page.

    python3 eval/newdoc/make_docx_i.py [OUT_PATH] [--plain-layout]
        # default OUT_PATH: <tmp>/trolyao-newdoc/kh_36_snnmt_moi_truong_ccn_2026.docx
        # --plain-layout: ablation, header and closing as plain paragraphs instead of tables

Same input, byte-identical output (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_layout import NATIONAL_MOTTO, entry_points, spec_from

DOC_NAME = "kh_36_snnmt_moi_truong_ccn_2026.docx"

# --- the document, as data -------------------------------------------------------------------------
# Header and closing are tables of cells; each cell is a list of lines (one Word paragraph each).
HEADER = [
    [
        ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"],
        NATIONAL_MOTTO,
    ],
    [["Số: 36/KH-SNNMT"], ["Hải Phòng, ngày 11 tháng 02 năm 2026"]],
]

TITLE = [
    "KẾ HOẠCH",
    "Kiểm tra, nâng cao mức độ tuân thủ pháp luật về bảo vệ môi trường của các cơ sở sản xuất, kinh doanh trong các cụm công nghiệp năm 2026",
]

# ("b", text) bold section line; ("p", text) body paragraph
BODY: list[tuple[str, str]] = [
    ("p", "Căn cứ Luật Bảo vệ môi trường ngày 17 tháng 11 năm 2020;"),
    (
        "p",
        "Thực hiện Kế hoạch số 427/KH-UBND ngày 26/12/2025 của Ủy ban nhân dân thành phố về tăng cường quản lý "
        "môi trường tại các khu công nghiệp, cụm công nghiệp trên địa bàn thành phố Hải Phòng năm 2026;",
    ),
    (
        "p",
        "Sở Nông nghiệp và Môi trường ban hành Kế hoạch kiểm tra, nâng cao mức độ tuân thủ pháp luật về bảo vệ "
        "môi trường của các cơ sở sản xuất, kinh doanh trong các cụm công nghiệp năm 2026 như sau:",
    ),
    ("b", "I. KẾT QUẢ THỰC HIỆN NĂM 2025"),
    (
        "p",
        "- Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường tại 214 cơ sở thuộc 38 cụm công nghiệp đang "
        "hoạt động; phát hiện 47 cơ sở vi phạm, trong đó 31 cơ sở bị xử phạt vi phạm hành chính với tổng số "
        "tiền 4,62 tỷ đồng.",
    ),
    (
        "p",
        "- Có 29/38 cụm công nghiệp đang hoạt động đã xây dựng và vận hành hệ thống xử lý nước thải tập trung; "
        "22 hệ thống đã lắp đặt thiết bị quan trắc nước thải tự động, truyền dữ liệu liên tục về Sở.",
    ),
    (
        "p",
        "- Cấp 63 giấy phép môi trường thuộc thẩm quyền cho các cơ sở trong cụm công nghiệp; thời gian giải "
        "quyết bình quân 24 ngày làm việc.",
    ),
    (
        "p",
        "- Tiếp nhận 58 phản ánh, kiến nghị của người dân về ô nhiễm môi trường tại các cụm công nghiệp, đã "
        "giải quyết xong 52 phản ánh, kiến nghị.",
    ),
    (
        "p",
        "- Tồn tại, hạn chế: còn 9 cụm công nghiệp chưa có hệ thống xử lý nước thải tập trung; 14 cơ sở chậm "
        "khắc phục vi phạm quá 6 tháng; tỷ lệ chất thải nguy hại được chuyển giao cho đơn vị có chức năng xử lý "
        "mới đạt 81%.",
    ),
    ("b", "II. MỤC TIÊU NĂM 2026"),
    (
        "p",
        "- 100% cụm công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt quy chuẩn kỹ thuật "
        "trước ngày 31/12/2026;",
    ),
    (
        "p",
        "- Kiểm tra ít nhất 260 cơ sở trong các cụm công nghiệp; tỷ lệ cơ sở tái phạm sau kiểm tra dưới 5%;",
    ),
    (
        "p",
        "- 35 hệ thống xử lý nước thải tập trung truyền dữ liệu quan trắc tự động liên tục về Sở; 95% chất "
        "thải nguy hại phát sinh được chuyển giao, xử lý theo quy định;",
    ),
    (
        "p",
        "- Thời gian giải quyết thủ tục cấp giấy phép môi trường thuộc thẩm quyền không quá 18 ngày làm việc kể "
        "từ ngày nhận đủ hồ sơ hợp lệ;",
    ),
    ("p", "- 100% phản ánh, kiến nghị về ô nhiễm môi trường được tiếp nhận, xử lý trong thời hạn quy định."),
    ("b", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("b", "1. Kiểm tra việc chấp hành pháp luật về bảo vệ môi trường"),
    (
        "p",
        "- Triển khai “Chương trình Tuân thủ Xanh cụm công nghiệp 2026” gồm 02 đợt kiểm tra: đợt 1 từ tháng 4 "
        "đến tháng 6/2026 tại 120 cơ sở, đợt 2 từ tháng 9 đến tháng 11/2026 tại 140 cơ sở.",
    ),
    (
        "p",
        "- Kiểm tra đột xuất trong vòng 48 giờ kể từ khi nhận được phản ánh về sự cố môi trường, xả thải gây "
        "ô nhiễm.",
    ),
    (
        "p",
        "- Công khai danh sách cơ sở vi phạm và kết quả khắc phục trên Cổng thông tin điện tử của Sở hằng quý; "
        "đôn đốc 14 cơ sở chậm khắc phục hoàn thành trước ngày 30/6/2026.",
    ),
    ("b", "2. Quan trắc môi trường tự động"),
    (
        "p",
        "- Nâng cấp “Hệ thống tiếp nhận dữ liệu quan trắc môi trường tự động thành phố” trước ngày 31/5/2026; "
        "lắp đặt bổ sung 13 trạm quan trắc nước thải tự động tại các cụm công nghiệp trước ngày 30/9/2026.",
    ),
    (
        "p",
        "- Khi dữ liệu quan trắc vượt quy chuẩn, thông báo cho chủ đầu tư hạ tầng và cơ sở xả thải trong vòng "
        "24 giờ.",
    ),
    ("b", "3. Hỗ trợ doanh nghiệp tuân thủ"),
    (
        "p",
        "- Phát hành “Sổ tay hướng dẫn tuân thủ pháp luật bảo vệ môi trường trong cụm công nghiệp” trước ngày "
        "31/3/2026, đăng tải miễn phí trên Cổng thông tin điện tử của Sở.",
    ),
    (
        "p",
        "- Tổ chức 06 hội nghị tập huấn về giấy phép môi trường, quản lý chất thải nguy hại cho doanh nghiệp "
        "trong quý II/2026.",
    ),
    (
        "p",
        "- Tổ chức “Ngày hội Doanh nghiệp xanh cụm công nghiệp 2026” tại Cung Văn hóa Lao động hữu nghị Việt - "
        "Nhật vào ngày 05/6/2026, tôn vinh 20 doanh nghiệp tuân thủ tốt pháp luật về bảo vệ môi trường.",
    ),
    ("b", "4. Kinh phí thực hiện"),
    (
        "p",
        "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 3.960 triệu đồng từ nguồn chi sự nghiệp bảo vệ môi trường "
        "của thành phố giao cho Sở, gồm: kiểm tra, lấy mẫu, phân tích là 1.450 triệu đồng; quan trắc, nâng cấp "
        "hệ thống tiếp nhận dữ liệu là 1.280 triệu đồng; tập huấn, sổ tay và ngày hội là 730 triệu đồng; thông "
        "tin, tuyên truyền là 500 triệu đồng.",
    ),
    ("b", "IV. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Chi cục Bảo vệ môi trường"),
    (
        "p",
        "- Là đơn vị đầu mối, tham mưu Giám đốc Sở tổ chức thực hiện Kế hoạch; chủ trì Chương trình Tuân thủ "
        "Xanh cụm công nghiệp 2026, biên soạn Sổ tay hướng dẫn tuân thủ pháp luật bảo vệ môi trường trong cụm "
        "công nghiệp và tổ chức các hội nghị tập huấn.",
    ),
    (
        "p",
        "- Tổng hợp kết quả kiểm tra, xử lý vi phạm, báo cáo Giám đốc Sở trước ngày 22 của tháng cuối quý.",
    ),
    ("b", "2. Trung tâm Quan trắc tài nguyên và môi trường"),
    (
        "p",
        "Vận hành Hệ thống tiếp nhận dữ liệu quan trắc môi trường tự động thành phố; chủ trì lấy mẫu, phân tích "
        "phục vụ các đợt kiểm tra; gửi báo cáo dữ liệu quan trắc của tháng trước về Chi cục Bảo vệ môi trường "
        "trước ngày 07 hằng tháng.",
    ),
    ("b", "3. Phòng Kế hoạch - Tài chính"),
    (
        "p",
        "Thẩm định dự toán, hướng dẫn thanh toán, quyết toán kinh phí năm 2026; tổng hợp đề xuất kinh phí năm "
        "2027 gửi Sở Tài chính trước ngày 20/7/2026.",
    ),
    ("b", "4. Văn phòng Sở"),
    (
        "p",
        "Theo dõi, đôn đốc các đơn vị; tổng hợp kết quả thực hiện Kế hoạch, báo cáo Ủy ban nhân dân thành phố "
        "và Bộ Nông nghiệp và Môi trường: báo cáo 6 tháng trước ngày 16 tháng 6, báo cáo năm trước ngày 08 tháng 12.",
    ),
    ("b", "5. Đề nghị Sở Công Thương"),
    (
        "p",
        "Cung cấp danh sách cụm công nghiệp, chủ đầu tư xây dựng và kinh doanh hạ tầng cụm công nghiệp trước "
        "ngày 28/02/2026; đôn đốc chủ đầu tư hạ tầng của 9 cụm công nghiệp chưa có hệ thống xử lý nước thải "
        "tập trung hoàn thành xây dựng trước ngày 30/11/2026.",
    ),
    ("b", "6. Đề nghị Công an thành phố"),
    (
        "p",
        "Chỉ đạo Phòng Cảnh sát phòng, chống tội phạm về môi trường phối hợp kiểm tra đột xuất các cơ sở có dấu "
        "hiệu xả thải trái phép; trao đổi thông tin vi phạm với Chi cục Bảo vệ môi trường.",
    ),
    ("b", "7. Đề nghị Ủy ban nhân dân các xã, phường có cụm công nghiệp"),
    (
        "p",
        "Tiếp nhận, chuyển phản ánh của người dân về ô nhiễm môi trường; báo cáo tình hình môi trường tại cụm "
        "công nghiệp trên địa bàn gửi Sở trước ngày 10 của tháng cuối quý.",
    ),
    ("b", "8. Đề nghị Liên đoàn Thương mại và Công nghiệp Việt Nam chi nhánh Hải Phòng"),
    (
        "p",
        "Phổ biến Sổ tay hướng dẫn tuân thủ pháp luật bảo vệ môi trường trong cụm công nghiệp tới hội viên; "
        "giới thiệu doanh nghiệp tiêu biểu để tôn vinh tại Ngày hội Doanh nghiệp xanh cụm công nghiệp 2026 "
        "trước ngày 15/5/2026.",
    ),
    (
        "p",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Nông nghiệp và Môi "
        "trường (qua Chi cục Bảo vệ môi trường) để tổng hợp, xử lý./.",
    ),
]

CLOSING = [
    [
        [
            "Nơi nhận:",
            "- Bộ Nông nghiệp và Môi trường (để b/c);",
            "- UBND thành phố (để b/c);",
            "- Sở Công Thương; Sở Tài chính;",
            "- Công an thành phố;",
            "- VCCI Hải Phòng;",
            "- UBND các xã, phường có cụm công nghiệp;",
            "- Các phòng, đơn vị thuộc Sở;",
            "- Lưu: VT, CCBVMT.",
        ],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Đỗ Khắc Thiều"],
    ],
]

APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ NÂNG CAO MỨC ĐỘ TUÂN THỦ PHÁP LUẬT VỀ BẢO VỆ MÔI TRƯỜNG TRONG CÁC CỤM CÔNG NGHIỆP NĂM 2026",
    "(Kèm theo Kế hoạch số 36/KH-SNNMT ngày 11/02/2026 của Sở Nông nghiệp và Môi trường thành phố Hải Phòng)",
]

TASKS = [
    [
        "1",
        "Cung cấp danh sách cụm công nghiệp và chủ đầu tư hạ tầng",
        "Sở Công Thương",
        "Chi cục Bảo vệ môi trường",
        "Trước ngày 28/02/2026",
    ],
    [
        "2",
        "Phát hành Sổ tay hướng dẫn tuân thủ pháp luật bảo vệ môi trường trong cụm công nghiệp",
        "Chi cục Bảo vệ môi trường",
        "Liên đoàn Thương mại và Công nghiệp Việt Nam chi nhánh Hải Phòng",
        "Trước ngày 31/3/2026",
    ],
    [
        "3",
        "Kiểm tra đợt 1 (120 cơ sở)",
        "Chi cục Bảo vệ môi trường",
        "Trung tâm Quan trắc tài nguyên và môi trường; Công an thành phố",
        "Tháng 4 - tháng 6/2026",
    ],
    [
        "4",
        "Giới thiệu doanh nghiệp tiêu biểu để tôn vinh",
        "Liên đoàn Thương mại và Công nghiệp Việt Nam chi nhánh Hải Phòng",
        "Chi cục Bảo vệ môi trường",
        "Trước ngày 15/5/2026",
    ],
    [
        "5",
        "Nâng cấp Hệ thống tiếp nhận dữ liệu quan trắc môi trường tự động thành phố",
        "Trung tâm Quan trắc tài nguyên và môi trường",
        "Phòng Kế hoạch - Tài chính",
        "Trước ngày 31/5/2026",
    ],
    [
        "6",
        "Ngày hội Doanh nghiệp xanh cụm công nghiệp 2026",
        "Chi cục Bảo vệ môi trường",
        "Liên đoàn Thương mại và Công nghiệp Việt Nam chi nhánh Hải Phòng; UBND các xã, phường có cụm công nghiệp",
        "Ngày 05/6/2026",
    ],
    [
        "7",
        "Đôn đốc 14 cơ sở chậm khắc phục vi phạm hoàn thành khắc phục",
        "Chi cục Bảo vệ môi trường",
        "UBND các xã, phường có cụm công nghiệp",
        "Trước ngày 30/6/2026",
    ],
    [
        "8",
        "Tổng hợp đề xuất kinh phí năm 2027",
        "Phòng Kế hoạch - Tài chính",
        "Các phòng, đơn vị thuộc Sở",
        "Trước ngày 20/7/2026",
    ],
    [
        "9",
        "Lắp đặt bổ sung 13 trạm quan trắc nước thải tự động",
        "Trung tâm Quan trắc tài nguyên và môi trường",
        "Chủ đầu tư hạ tầng các cụm công nghiệp",
        "Trước ngày 30/9/2026",
    ],
    [
        "10",
        "Kiểm tra đợt 2 (140 cơ sở)",
        "Chi cục Bảo vệ môi trường",
        "Trung tâm Quan trắc tài nguyên và môi trường; Công an thành phố",
        "Tháng 9 - tháng 11/2026",
    ],
    [
        "11",
        "Hoàn thành hệ thống xử lý nước thải tập trung tại 9 cụm công nghiệp còn thiếu",
        "Sở Công Thương",
        "Chi cục Bảo vệ môi trường; UBND các xã, phường có cụm công nghiệp",
        "Trước ngày 30/11/2026",
    ],
    [
        "12",
        "Báo cáo kết quả thực hiện Kế hoạch năm 2026",
        "Văn phòng Sở",
        "Các phòng, đơn vị thuộc Sở",
        "Trước ngày 08/12/2026",
    ],
]

FIXED_TIME = dt.datetime(2026, 2, 11, 8, 0, 0)


SPEC = spec_from(
    globals(),
    author="Sở Nông nghiệp và Môi trường Hải Phòng (tài liệu tổng hợp để đánh giá)",
    label="Kế hoạch 36/KH-SNNMT (tài liệu đánh giá tổng hợp)",
    comments="Synthetic evaluation document - not a real plan.",
    made_by="eval/newdoc/make_docx_i.py",
)


build, main = entry_points(SPEC)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

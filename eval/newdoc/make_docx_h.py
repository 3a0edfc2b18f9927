#!/usr/bin/env python3
# ruff: noqa: E501  (the document text is data: long Vietnamese lines are kept whole)
"""Write the synthetic evaluation document bc_86_bhxh_no_dong_2026.docx (python-docx, deterministic).

SYNTHETIC EVALUATION DOCUMENT — NOT A REAL REPORT. Bảo hiểm xã hội thành phố Hải Phòng, Bảo hiểm xã
hội Việt Nam, the city agencies (Sở Nội vụ, Công an thành phố, Thuế thành phố Hải Phòng, Liên đoàn Lao
động thành phố, Ban Quản lý Khu kinh tế Hải Phòng), Báo Hải Phòng, the industrial zones, the two laws
and Điều 216 Bộ luật Hình sự exist, but the report itself, its number (86/BC-BHXH), the city plan it
implements (297/KH-UBND ngày 19/12/2025), the letter of Bảo hiểm xã hội Việt Nam (4127/BHXH-QLT), the
"Tổ đôn đốc thu nợ liên ngành", the "Điểm tư vấn bảo hiểm lưu động", every figure, target, deadline,
assignment, the budget and the signer's name are invented, so that the assistant can be measured on a
document it has never seen, ingested as .docx. This set ("h") is reserved for the final measurement.

It is a city-level agency's "Báo cáo" on social insurance arrears of enterprises: 2025 results, 2026
targets, tasks, the 2026 budget, assignments per unit and agency with report deadlines, and proposals.
The layout is the one shared by the other sets (docx_layout.py): the header ("BẢO HIỂM XÃ HỘI VIỆT NAM
/ BẢO HIỂM XÃ HỘI THÀNH PHỐ HẢI PHÒNG", "Số: …/BC-BHXH", place and date) and the closing ("Nơi nhận:"
beside the signature block) are two-column borderless Word tables, the body is plain paragraphs with
bold section lines (no Heading styles), and the appendix of tasks is a real Word table on a landscape
page.

    python3 eval/newdoc/make_docx_h.py [OUT_PATH] [--plain-layout]
        # default OUT_PATH: <tmp>/trolyao-newdoc/bc_86_bhxh_no_dong_2026.docx
        # --plain-layout: ablation, header and closing as plain paragraphs instead of tables

Same input, byte-identical output (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_layout import NATIONAL_MOTTO, entry_points, spec_from

DOC_NAME = "bc_86_bhxh_no_dong_2026.docx"

# --- the document, as data -------------------------------------------------------------------------
# Header and closing are tables of cells; each cell is a list of lines (one Word paragraph each).
HEADER = [
    [
        ["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI THÀNH PHỐ HẢI PHÒNG"],
        NATIONAL_MOTTO,
    ],
    [["Số: 86/BC-BHXH"], ["Hải Phòng, ngày 22 tháng 01 năm 2026"]],
]

TITLE = [
    "BÁO CÁO",
    "Kết quả thu, giảm nợ đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp",
    "của doanh nghiệp năm 2025 và nhiệm vụ, giải pháp năm 2026",
]

# ("b", text) bold section line; ("p", text) body paragraph
BODY: list[tuple[str, str]] = [
    ("p", "Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024;"),
    (
        "p",
        "Căn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008, được sửa đổi, bổ sung năm 2014 và năm 2024;",
    ),
    (
        "p",
        "Thực hiện Kế hoạch số 297/KH-UBND ngày 19/12/2025 của Ủy ban nhân dân thành phố Hải Phòng về tăng "
        "cường công tác thu, giảm nợ đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp năm 2026;",
    ),
    (
        "p",
        "Thực hiện Công văn số 4127/BHXH-QLT ngày 15/12/2025 của Bảo hiểm xã hội Việt Nam về việc đánh giá "
        "kết quả thu, giảm nợ năm 2025;",
    ),
    (
        "p",
        "Bảo hiểm xã hội thành phố Hải Phòng báo cáo kết quả thu, giảm nợ đóng bảo hiểm xã hội, bảo hiểm y "
        "tế, bảo hiểm thất nghiệp (sau đây gọi chung là bảo hiểm) của các doanh nghiệp trên địa bàn thành "
        "phố năm 2025 và nhiệm vụ, giải pháp năm 2026 như sau:",
    ),
    ("b", "I. KẾT QUẢ THỰC HIỆN NĂM 2025"),
    ("b", "1. Tình hình tham gia và kết quả thu"),
    (
        "p",
        "Tính đến ngày 31/12/2025, toàn thành phố có 21.486 doanh nghiệp, đơn vị tham gia bảo hiểm xã hội "
        "bắt buộc với 712.340 người lao động; trong năm có 2.318 doanh nghiệp thành lập mới đăng ký tham gia "
        "cho 27.905 người lao động.",
    ),
    (
        "p",
        "Tổng số thu bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp năm 2025 đạt 14.862 tỷ đồng, bằng "
        "101,3% kế hoạch Bảo hiểm xã hội Việt Nam giao.",
    ),
    ("b", "2. Tình hình nợ đóng"),
    (
        "p",
        "Đến ngày 31/12/2025, số tiền chậm đóng là 486,7 tỷ đồng, chiếm 3,27% số phải thu; trong đó nợ từ 03 "
        "tháng trở lên là 213,5 tỷ đồng của 1.164 đơn vị.",
    ),
    (
        "p",
        "- 37 doanh nghiệp đã ngừng hoạt động, chủ doanh nghiệp không còn ở địa chỉ đăng ký, còn nợ 58,2 tỷ "
        "đồng, ảnh hưởng đến quyền lợi của 3.905 người lao động;",
    ),
    ("p", "- 286 đơn vị nợ từ 12 tháng trở lên với số tiền 97,6 tỷ đồng;"),
    (
        "p",
        "- Số nợ tập trung ở các ngành dệt may, da giày, xây dựng và vận tải, chiếm 64% tổng số nợ từ 03 "
        "tháng trở lên.",
    ),
    ("b", "3. Công tác đôn đốc, kiểm tra"),
    (
        "p",
        "- Gửi 9.870 lượt thông báo nhắc nợ qua ứng dụng VssID, thư điện tử và tin nhắn; tổ chức 46 hội nghị "
        "đối thoại với 2.130 doanh nghiệp;",
    ),
    (
        "p",
        "- Kiểm tra trực tiếp tại 428 đơn vị, thu hồi về quỹ 67,4 tỷ đồng; lập hồ sơ đề nghị cơ quan có thẩm "
        "quyền xử phạt vi phạm hành chính đối với 96 đơn vị;",
    ),
    (
        "p",
        "- Chuyển 15 hồ sơ đến Cơ quan Cảnh sát điều tra Công an thành phố đề nghị xem xét xử lý theo Điều "
        "216 Bộ luật Hình sự; Liên đoàn Lao động thành phố khởi kiện 04 đơn vị ra Tòa án.",
    ),
    ("b", "4. Hạn chế, nguyên nhân"),
    (
        "p",
        "Một số doanh nghiệp cố tình chiếm dụng tiền đóng bảo hiểm của người lao động để quay vòng vốn; việc "
        "xác minh doanh nghiệp không còn ở địa chỉ đăng ký mất nhiều thời gian; dữ liệu giữa cơ quan bảo "
        "hiểm xã hội và cơ quan thuế chưa được đối soát thường xuyên.",
    ),
    ("b", "II. MỤC TIÊU NĂM 2026"),
    ("p", "- Số người tham gia bảo hiểm xã hội bắt buộc đạt 745.000 người;"),
    (
        "p",
        "- Tổng số thu bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp đạt 16.250 tỷ đồng;",
    ),
    (
        "p",
        "- Tỷ lệ nợ đóng dưới 2,5% số phải thu; số nợ từ 03 tháng trở lên giảm ít nhất 30% so với ngày "
        "31/12/2025;",
    ),
    (
        "p",
        "- Kiểm tra tối thiểu 600 đơn vị, trong đó ít nhất 70% là đơn vị nợ từ 03 tháng trở lên;",
    ),
    (
        "p",
        "- 100% doanh nghiệp thành lập mới được gửi hướng dẫn tham gia bảo hiểm xã hội trong 10 ngày làm "
        "việc kể từ khi nhận được thông tin đăng ký doanh nghiệp.",
    ),
    ("b", "III. NHIỆM VỤ, GIẢI PHÁP NĂM 2026"),
    ("b", "1. Rà soát, phân loại đơn vị nợ"),
    (
        "p",
        "- Phòng Quản lý thu và Phát triển người tham gia chủ trì rà soát, phân loại đơn vị nợ theo 04 nhóm: "
        "nợ dưới 03 tháng; nợ từ 03 tháng đến dưới 12 tháng; nợ từ 12 tháng trở lên; đơn vị ngừng hoạt động, "
        "không còn ở địa chỉ đăng ký; hoàn thành trước ngày 31/3/2026.",
    ),
    ("b", "2. Đôn đốc thu nợ"),
    (
        "p",
        "- Bảo hiểm xã hội cơ sở gửi thông báo kết quả đóng và số tiền nợ cho đơn vị trước ngày 10 hằng "
        "tháng; đơn vị nợ từ 02 tháng trở lên được mời làm việc trực tiếp và lập biên bản cam kết thời hạn "
        "trả nợ.",
    ),
    (
        "p",
        "- Thành lập Tổ đôn đốc thu nợ liên ngành do 01 Phó Giám đốc Bảo hiểm xã hội thành phố làm tổ trưởng, "
        "thành viên là đại diện Sở Nội vụ, Liên đoàn Lao động thành phố, Thuế thành phố Hải Phòng và Công an "
        "thành phố; hoàn thành việc thành lập trước ngày 28/02/2026.",
    ),
    ("b", "3. Kiểm tra, xử lý vi phạm"),
    (
        "p",
        "- Phòng Kiểm tra xây dựng Kế hoạch kiểm tra năm 2026, trình Giám đốc phê duyệt trước ngày "
        "15/02/2026; ưu tiên kiểm tra đột xuất đơn vị nợ từ 06 tháng trở lên.",
    ),
    (
        "p",
        "- Chuyển hồ sơ đơn vị có dấu hiệu tội trốn đóng bảo hiểm sang Cơ quan Cảnh sát điều tra Công an "
        "thành phố; đợt 1 hoàn thành trước ngày 30/6/2026, đợt 2 hoàn thành trước ngày 30/11/2026.",
    ),
    ("b", "4. Công khai thông tin"),
    (
        "p",
        "- Công khai danh sách đơn vị nợ từ 03 tháng trở lên trên Cổng thông tin điện tử của Bảo hiểm xã hội "
        "thành phố và trên Báo Hải Phòng theo quý, chậm nhất ngày 20 của tháng đầu quý sau.",
    ),
    ("b", "5. Tư vấn, đối thoại với doanh nghiệp"),
    (
        "p",
        "- Duy trì Điểm tư vấn bảo hiểm lưu động tại các khu công nghiệp Đình Vũ, Nam Cầu Kiền và VSIP Hải "
        "Phòng vào ngày thứ Tư của tuần thứ hai hằng tháng.",
    ),
    (
        "p",
        "- Tổ chức ít nhất 40 hội nghị đối thoại, tập huấn cho doanh nghiệp; ưu tiên doanh nghiệp nhỏ và vừa "
        "ngành dệt may, da giày, xây dựng, vận tải.",
    ),
    ("b", "6. Kết nối, đối soát dữ liệu"),
    (
        "p",
        "- Phối hợp với Thuế thành phố Hải Phòng đối soát dữ liệu doanh nghiệp có quyết toán thuế thu nhập "
        "cá nhân từ tiền lương nhưng chưa tham gia bảo hiểm xã hội hoặc đóng cho ít người hơn số lao động "
        "thực tế; hoàn thành đối soát lần đầu trước ngày 30/4/2026, sau đó thực hiện hằng quý.",
    ),
    (
        "p",
        "- Nâng cấp phần mềm quản lý nợ để tự động gửi cảnh báo qua ứng dụng VssID khi đơn vị chậm đóng từ "
        "01 tháng; đưa vào sử dụng từ ngày 01/7/2026.",
    ),
    ("b", "IV. KINH PHÍ THỰC HIỆN"),
    (
        "p",
        "Kinh phí thực hiện các nhiệm vụ năm 2026 là 2.450 triệu đồng, bố trí từ nguồn kinh phí chi tổ chức "
        "và hoạt động của Bảo hiểm xã hội thành phố, gồm: tuyên truyền, đối thoại, tư vấn 980 triệu đồng; "
        "kiểm tra 620 triệu đồng; gửi thông báo, nhắc nợ 350 triệu đồng; nâng cấp phần mềm quản lý nợ 500 "
        "triệu đồng.",
    ),
    ("b", "V. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Phòng Quản lý thu và Phát triển người tham gia"),
    (
        "p",
        "- Là đơn vị thường trực, giúp Giám đốc theo dõi, đôn đốc việc thực hiện; tổng hợp tình hình nợ, báo "
        "cáo Giám đốc trước ngày 05 hằng tháng.",
    ),
    (
        "p",
        "- Tổng hợp kết quả thực hiện 6 tháng và năm, báo cáo Bảo hiểm xã hội Việt Nam và Ủy ban nhân dân "
        "thành phố trước ngày 16 tháng 6 và ngày 16 tháng 12.",
    ),
    ("b", "2. Phòng Kiểm tra"),
    (
        "p",
        "Chủ trì kiểm tra, lập hồ sơ đề nghị xử lý vi phạm và hồ sơ chuyển cơ quan điều tra; báo cáo kết quả "
        "kiểm tra hằng quý gửi Giám đốc trước ngày 25 của tháng cuối quý.",
    ),
    ("b", "3. Bảo hiểm xã hội cơ sở"),
    (
        "p",
        "Đôn đốc thu nợ các đơn vị được giao quản lý; vận hành Điểm tư vấn bảo hiểm lưu động tại khu công "
        "nghiệp; báo cáo danh sách, số tiền nợ gửi Phòng Quản lý thu và Phát triển người tham gia trước ngày "
        "03 hằng tháng.",
    ),
    ("b", "4. Văn phòng và Phòng Kế hoạch - Tài chính"),
    (
        "p",
        "Văn phòng chủ trì đăng tải danh sách đơn vị nợ trên Cổng thông tin điện tử và phối hợp với Báo Hải "
        "Phòng; Phòng Kế hoạch - Tài chính bảo đảm kinh phí theo mục IV.",
    ),
    ("b", "5. Đề nghị Sở Nội vụ"),
    (
        "p",
        "Cung cấp danh sách doanh nghiệp đã báo cáo tình hình sử dụng lao động 6 tháng và năm; phối hợp kiểm "
        "tra liên ngành việc chấp hành pháp luật lao động tại doanh nghiệp nợ kéo dài.",
    ),
    ("b", "6. Đề nghị Công an thành phố"),
    (
        "p",
        "Tiếp nhận, xem xét hồ sơ doanh nghiệp có dấu hiệu tội trốn đóng bảo hiểm; hỗ trợ xác minh nơi cư trú "
        "của chủ doanh nghiệp không còn ở địa chỉ đăng ký.",
    ),
    ("b", "7. Đề nghị Thuế thành phố Hải Phòng"),
    (
        "p",
        "Cung cấp dữ liệu quyết toán thuế thu nhập cá nhân từ tiền lương, tiền công của doanh nghiệp; thông "
        "báo hằng tháng danh sách doanh nghiệp tạm ngừng kinh doanh, giải thể.",
    ),
    ("b", "8. Đề nghị Liên đoàn Lao động thành phố"),
    (
        "p",
        "Chỉ đạo công đoàn cơ sở giám sát việc đóng bảo hiểm; khởi kiện ra Tòa án đối với đơn vị nợ từ 06 "
        "tháng trở lên đã được đôn đốc nhưng không khắc phục, phấn đấu năm 2026 khởi kiện ít nhất 10 đơn vị.",
    ),
    ("b", "VI. KIẾN NGHỊ"),
    (
        "p",
        "1. Đề nghị Ủy ban nhân dân thành phố chỉ đạo không xét tặng danh hiệu thi đua, khen thưởng đối với "
        "doanh nghiệp và chủ doanh nghiệp nợ bảo hiểm từ 03 tháng trở lên.",
    ),
    (
        "p",
        "2. Đề nghị Bảo hiểm xã hội Việt Nam hướng dẫn việc xử lý số nợ của doanh nghiệp đã ngừng hoạt động, "
        "chủ doanh nghiệp không còn ở địa chỉ đăng ký để bảo đảm quyền lợi của người lao động.",
    ),
    (
        "p",
        "Trên đây là báo cáo kết quả thu, giảm nợ đóng bảo hiểm năm 2025 và nhiệm vụ, giải pháp năm 2026 của "
        "Bảo hiểm xã hội thành phố Hải Phòng./.",
    ),
]

CLOSING = [
    [
        [
            "Nơi nhận:",
            "- Bảo hiểm xã hội Việt Nam (để b/c);",
            "- UBND thành phố (để b/c);",
            "- Sở Nội vụ;",
            "- Công an thành phố;",
            "- Thuế thành phố Hải Phòng;",
            "- Liên đoàn Lao động thành phố;",
            "- Giám đốc, các Phó Giám đốc;",
            "- Các phòng nghiệp vụ, BHXH cơ sở;",
            "- Lưu: VT, QLT.",
        ],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Khúc Thị Thu Hường"],
    ],
]

APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ THU, GIẢM NỢ ĐÓNG BẢO HIỂM XÃ HỘI, BẢO HIỂM Y TẾ, BẢO HIỂM THẤT NGHIỆP NĂM 2026",
    "(Kèm theo Báo cáo số 86/BC-BHXH ngày 22/01/2026 của Bảo hiểm xã hội thành phố Hải Phòng)",
]

TASKS = [
    [
        "1",
        "Rà soát, phân loại đơn vị nợ theo 04 nhóm",
        "Phòng Quản lý thu và Phát triển người tham gia",
        "Bảo hiểm xã hội cơ sở",
        "Trước ngày 31/3/2026",
    ],
    [
        "2",
        "Thành lập Tổ đôn đốc thu nợ liên ngành",
        "Phòng Quản lý thu và Phát triển người tham gia",
        "Sở Nội vụ; Liên đoàn Lao động thành phố; Thuế thành phố Hải Phòng; Công an thành phố",
        "Trước ngày 28/02/2026",
    ],
    [
        "3",
        "Xây dựng Kế hoạch kiểm tra năm 2026",
        "Phòng Kiểm tra",
        "Phòng Quản lý thu và Phát triển người tham gia",
        "Trước ngày 15/02/2026",
    ],
    [
        "4",
        "Kiểm tra tối thiểu 600 đơn vị",
        "Phòng Kiểm tra",
        "Sở Nội vụ; Bảo hiểm xã hội cơ sở",
        "Năm 2026",
    ],
    [
        "5",
        "Chuyển hồ sơ có dấu hiệu tội trốn đóng bảo hiểm sang cơ quan điều tra (đợt 1)",
        "Phòng Kiểm tra",
        "Công an thành phố",
        "Trước ngày 30/6/2026",
    ],
    [
        "6",
        "Chuyển hồ sơ có dấu hiệu tội trốn đóng bảo hiểm sang cơ quan điều tra (đợt 2)",
        "Phòng Kiểm tra",
        "Công an thành phố",
        "Trước ngày 30/11/2026",
    ],
    [
        "7",
        "Công khai danh sách đơn vị nợ từ 03 tháng trở lên",
        "Văn phòng",
        "Phòng Quản lý thu và Phát triển người tham gia; Báo Hải Phòng",
        "Hằng quý, chậm nhất ngày 20 của tháng đầu quý sau",
    ],
    [
        "8",
        "Điểm tư vấn bảo hiểm lưu động tại các khu công nghiệp",
        "Bảo hiểm xã hội cơ sở",
        "Ban Quản lý Khu kinh tế Hải Phòng; Liên đoàn Lao động thành phố",
        "Thứ Tư tuần thứ hai hằng tháng",
    ],
    [
        "9",
        "Đối soát dữ liệu doanh nghiệp với cơ quan thuế (lần đầu)",
        "Phòng Quản lý thu và Phát triển người tham gia",
        "Thuế thành phố Hải Phòng",
        "Trước ngày 30/4/2026",
    ],
    [
        "10",
        "Nâng cấp phần mềm quản lý nợ, cảnh báo chậm đóng qua ứng dụng VssID",
        "Phòng Quản lý thu và Phát triển người tham gia",
        "Trung tâm Công nghệ thông tin (Bảo hiểm xã hội Việt Nam)",
        "Từ ngày 01/7/2026",
    ],
    [
        "11",
        "Khởi kiện đơn vị nợ từ 06 tháng trở lên không khắc phục",
        "Liên đoàn Lao động thành phố",
        "Bảo hiểm xã hội thành phố Hải Phòng",
        "Ít nhất 10 đơn vị trong năm 2026",
    ],
    [
        "12",
        "Sơ kết 6 tháng, tổng kết năm công tác thu, giảm nợ",
        "Phòng Quản lý thu và Phát triển người tham gia",
        "Các phòng nghiệp vụ; Bảo hiểm xã hội cơ sở",
        "Tháng 6/2026 và tháng 12/2026",
    ],
]

FIXED_TIME = dt.datetime(2026, 1, 22, 8, 0, 0)


SPEC = spec_from(
    globals(),
    author="Bảo hiểm xã hội thành phố Hải Phòng (tài liệu tổng hợp để đánh giá)",
    label="Báo cáo 86/BC-BHXH (tài liệu đánh giá tổng hợp)",
    comments="Synthetic evaluation document - not a real report.",
    made_by="eval/newdoc/make_docx_h.py",
)


build, main = entry_points(SPEC)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

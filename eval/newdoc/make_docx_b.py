#!/usr/bin/env python3
# ruff: noqa: E501  (the document text is data: long Vietnamese lines are kept whole)
"""Write the second synthetic evaluation document bc_38_kien_hai_2026.docx (python-docx, deterministic).

SYNTHETIC EVALUATION DOCUMENT — NOT A REAL REPORT. The commune (xã Kiến Hải, Hải Phòng) and the city
agencies exist, but the report itself, its number (38/BC-UBND), the documents it cites (Nghị quyết
12/NQ-HĐND, Kế hoạch 241/KH-UBND, Công văn 1875/SNV-CCHC), the industrial cluster's figures, every
result, target, deadline, assignment, the budget and the signer's name are invented, so that the
assistant can be measured on a second document it has never seen, ingested as .docx.

It is a "Báo cáo" (results of 2025, targets and tasks for 2026 - 2027) of a commune, on administrative
procedure reform and helping businesses reach land; the first set (make_docx.py) is a ward's "Kế hoạch"
on household businesses. The layout follows real Vietnamese administrative documents: the header
("ỦY BAN NHÂN DÂN XÃ …", "Số: …/BC-UBND", place and date) and the closing ("Nơi nhận:" beside the
signature block) are two-column borderless Word tables, the body is plain paragraphs with bold section
lines (no Heading styles), and the appendix of tasks is a real Word table on a landscape page.

    python3 eval/newdoc/make_docx_b.py [OUT_PATH] [--plain-layout]
        # default OUT_PATH: <tmp>/trolyao-newdoc/bc_38_kien_hai_2026.docx
        # --plain-layout: ablation, header and closing as plain paragraphs instead of tables

Same input, byte-identical output (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_layout import NATIONAL_MOTTO, entry_points, spec_from

DOC_NAME = "bc_38_kien_hai_2026.docx"

# --- the document, as data -------------------------------------------------------------------------
# Header and closing are tables of cells; each cell is a list of lines (one Word paragraph each).
HEADER = [
    [
        ["ỦY BAN NHÂN DÂN", "XÃ KIẾN HẢI"],
        NATIONAL_MOTTO,
    ],
    [["Số: 38/BC-UBND"], ["Kiến Hải, ngày 16 tháng 01 năm 2026"]],
]

TITLE = [
    "BÁO CÁO",
    "Kết quả cải cách thủ tục hành chính, hỗ trợ doanh nghiệp tiếp cận đất đai năm 2025",
    "và nhiệm vụ, giải pháp năm 2026 - 2027 trên địa bàn xã Kiến Hải",
]

# ("b", text) bold section line; ("p", text) body paragraph
BODY: list[tuple[str, str]] = [
    (
        "p",
        "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 18/12/2025 của Hội đồng nhân dân xã Kiến Hải về nhiệm vụ phát "
        "triển kinh tế - xã hội năm 2026;",
    ),
    (
        "p",
        "Thực hiện Kế hoạch số 241/KH-UBND ngày 05/12/2025 của Ủy ban nhân dân thành phố Hải Phòng về cải cách "
        "thủ tục hành chính và cải thiện môi trường đầu tư, kinh doanh năm 2026;",
    ),
    (
        "p",
        "Thực hiện Công văn số 1875/SNV-CCHC ngày 22/12/2025 của Sở Nội vụ về việc báo cáo kết quả cải cách "
        "hành chính năm 2025;",
    ),
    (
        "p",
        "Ủy ban nhân dân xã Kiến Hải báo cáo kết quả cải cách thủ tục hành chính, hỗ trợ doanh nghiệp tiếp cận "
        "đất đai năm 2025 và nhiệm vụ, giải pháp năm 2026 - 2027 như sau:",
    ),
    ("b", "I. KẾT QUẢ THỰC HIỆN NĂM 2025"),
    ("b", "1. Tình hình chung"),
    (
        "p",
        "Xã Kiến Hải được thành lập và đi vào hoạt động từ ngày 01/7/2025; số liệu năm 2025 bao gồm số liệu của "
        "các xã trước sắp xếp. Tính đến ngày 31/12/2025, trên địa bàn xã có 212 doanh nghiệp và 1.437 hộ kinh "
        "doanh đang hoạt động; Cụm công nghiệp Kiến Hải có 14 dự án đi vào sản xuất, tỷ lệ lấp đầy đạt 62%.",
    ),
    ("b", "2. Cải cách thủ tục hành chính"),
    (
        "p",
        "- Trung tâm Phục vụ hành chính công xã tiếp nhận 9.864 hồ sơ thủ tục hành chính, trong đó 7.302 hồ sơ "
        "được nộp trực tuyến, đạt 74,03%.",
    ),
    (
        "p",
        "- Đã giải quyết 9.791 hồ sơ; trong đó giải quyết đúng hạn và trước hạn 9.708 hồ sơ, đạt 99,15%; quá hạn "
        "83 hồ sơ, chủ yếu là hồ sơ đất đai phải xác minh nguồn gốc sử dụng đất. Ủy ban nhân dân xã đã gửi văn "
        "bản xin lỗi đối với 100% hồ sơ quá hạn.",
    ),
    ("p", "- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 88,6%."),
    (
        "p",
        "- Mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt 96,4%.",
    ),
    ("b", "3. Hỗ trợ doanh nghiệp tiếp cận đất đai, mặt bằng sản xuất"),
    (
        "p",
        "- Cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho 07 tổ chức, doanh nghiệp với tổng diện tích 18,4 ha.",
    ),
    (
        "p",
        "- Hoàn thành giải phóng mặt bằng 23,5 ha phục vụ mở rộng Cụm công nghiệp Kiến Hải; bàn giao mặt bằng "
        "sạch cho 02 dự án.",
    ),
    (
        "p",
        "- Thời gian giải quyết thủ tục đăng ký biến động đất đai của doanh nghiệp bình quân 08 ngày làm việc.",
    ),
    (
        "p",
        "- Tiếp nhận 41 kiến nghị của doanh nghiệp, trong đó 26 kiến nghị liên quan đến đất đai, giải phóng mặt "
        "bằng; đã giải quyết xong 37 kiến nghị, còn 04 kiến nghị đang xử lý.",
    ),
    ("b", "4. Thu hút đầu tư, phát triển doanh nghiệp"),
    ("p", "- Năm 2025 có 19 doanh nghiệp thành lập mới với tổng vốn đăng ký 412 tỷ đồng."),
    (
        "p",
        "- Thu hút 02 dự án đầu tư mới vào Cụm công nghiệp Kiến Hải với tổng vốn đầu tư 27 triệu USD; tổ chức 03 "
        "buổi gặp mặt doanh nghiệp, nhà đầu tư.",
    ),
    ("b", "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
    (
        "p",
        "- Tỷ lệ hồ sơ nộp trực tuyến còn thấp so với mục tiêu của thành phố; nhiều doanh nghiệp nhỏ chưa sử dụng "
        "tài khoản định danh điện tử của tổ chức.",
    ),
    (
        "p",
        "- Hạ tầng ngoài hàng rào Cụm công nghiệp Kiến Hải (đường gom phía Đông, hệ thống thoát nước) chưa hoàn "
        "thiện, ảnh hưởng đến việc vận chuyển hàng hóa.",
    ),
    (
        "p",
        "- Xã mới có 03 công chức địa chính trong khi khối lượng hồ sơ đất đai lớn; việc bàn giao hồ sơ địa chính "
        "từ các xã trước sắp xếp còn chậm.",
    ),
    ("b", "III. MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP NĂM 2026 - 2027"),
    ("b", "1. Mục tiêu"),
    ("p", "a) Năm 2026:"),
    ("p", "- 82% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến;"),
    ("p", "- 99,5% hồ sơ thủ tục hành chính được giải quyết đúng hạn và trước hạn;"),
    ("p", "- 100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa;"),
    (
        "p",
        "- Thời gian giải quyết thủ tục đăng ký biến động đất đai cho doanh nghiệp không quá 06 ngày làm việc;",
    ),
    (
        "p",
        "- Thu hút ít nhất 04 dự án đầu tư mới vào Cụm công nghiệp Kiến Hải, nâng tỷ lệ lấp đầy lên 75%;",
    ),
    ("p", "- Thành lập mới ít nhất 24 doanh nghiệp."),
    ("p", "b) Năm 2027:"),
    ("p", "- 88% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến;"),
    ("p", "- Tỷ lệ lấp đầy Cụm công nghiệp Kiến Hải đạt 90%;"),
    ("p", "- Thành lập mới ít nhất 30 doanh nghiệp;"),
    ("p", "- Mức độ hài lòng của người dân, doanh nghiệp đạt từ 98% trở lên."),
    ("b", "2. Nhiệm vụ, giải pháp"),
    ("p", "a) Cải cách thủ tục hành chính"),
    (
        "p",
        "- Văn phòng HĐND và UBND xã chủ trì rà soát, đề xuất đơn giản hóa ít nhất 05 thủ tục hành chính trong "
        "lĩnh vực đất đai, môi trường; hoàn thành trước ngày 30/6/2026.",
    ),
    (
        "p",
        "- Trung tâm Phục vụ hành chính công xã bố trí 01 quầy ưu tiên tiếp nhận hồ sơ của doanh nghiệp vào sáng "
        "thứ Ba và thứ Năm hằng tuần; thực hiện nguyên tắc “Doanh nghiệp không phải đi lại quá một lần” đối với "
        "hồ sơ đầy đủ, hợp lệ.",
    ),
    ("p", "b) Hỗ trợ tiếp cận đất đai, mặt bằng sản xuất"),
    (
        "p",
        "- Công khai quỹ đất sạch và danh mục các lô đất còn trống trong Cụm công nghiệp Kiến Hải trên Cổng thông "
        "tin điện tử xã; hoàn thành trước ngày 31/3/2026.",
    ),
    (
        "p",
        "- Phòng Kinh tế chủ trì, phối hợp với Chi nhánh Văn phòng Đăng ký đất đai khu vực 6 giải quyết dứt điểm "
        "04 kiến nghị về đất đai còn tồn đọng của doanh nghiệp trước ngày 30/4/2026.",
    ),
    (
        "p",
        "- Phối hợp với chủ đầu tư hạ tầng hoàn thành đường gom phía Đông Cụm công nghiệp Kiến Hải trong quý "
        "IV/2026.",
    ),
    ("p", "c) Xúc tiến đầu tư, đồng hành cùng doanh nghiệp"),
    (
        "p",
        "- Thành lập Tổ công tác đồng hành cùng dự án đầu tư do Chủ tịch Ủy ban nhân dân xã làm Tổ trưởng, theo "
        "dõi từng dự án từ khi nhận hồ sơ đến khi đi vào hoạt động.",
    ),
    (
        "p",
        "- Duy trì mô hình “Thứ Năm lắng nghe doanh nghiệp” vào ngày thứ Năm tuần cuối cùng của tháng; lãnh đạo "
        "Ủy ban nhân dân xã trực tiếp tiếp và đối thoại với doanh nghiệp.",
    ),
    ("p", "- Tổ chức Hội nghị gặp mặt doanh nghiệp, nhà đầu tư năm 2026 trong tháng 3/2026."),
    ("p", "d) Chuyển đổi số"),
    (
        "p",
        "- Công an xã hướng dẫn người đại diện theo pháp luật của doanh nghiệp kích hoạt tài khoản định danh điện "
        "tử của tổ chức để nộp hồ sơ trực tuyến.",
    ),
    (
        "p",
        "- Phòng Văn hóa - Xã hội tổ chức tập huấn kỹ năng sử dụng dịch vụ công trực tuyến cho doanh nghiệp, hộ "
        "kinh doanh ít nhất 02 lớp/năm.",
    ),
    ("b", "IV. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Phòng Kinh tế"),
    (
        "p",
        "- Là cơ quan đầu mối, giúp Ủy ban nhân dân xã theo dõi, đôn đốc việc thực hiện các nhiệm vụ hỗ trợ doanh "
        "nghiệp tiếp cận đất đai và thu hút đầu tư.",
    ),
    (
        "p",
        "- Tổng hợp, báo cáo kết quả 6 tháng, năm gửi Ủy ban nhân dân xã và Sở Nông nghiệp và Môi trường trước "
        "ngày 18 tháng 6 và ngày 18 tháng 12 hằng năm.",
    ),
    ("b", "2. Văn phòng HĐND và UBND xã"),
    (
        "p",
        "Chủ trì công tác kiểm soát thủ tục hành chính; tổng hợp, báo cáo kết quả cải cách hành chính hằng quý "
        "gửi Sở Nội vụ trước ngày 10 của tháng cuối quý.",
    ),
    ("b", "3. Trung tâm Phục vụ hành chính công xã"),
    (
        "p",
        "Báo cáo số liệu tiếp nhận, giải quyết hồ sơ thủ tục hành chính gửi Văn phòng HĐND và UBND xã trước ngày "
        "05 hằng tháng.",
    ),
    ("b", "4. Phòng Văn hóa - Xã hội"),
    (
        "p",
        "Tuyên truyền trên hệ thống truyền thanh xã về dịch vụ công trực tuyến và các chính sách hỗ trợ doanh "
        "nghiệp; chủ trì tập huấn dịch vụ công trực tuyến.",
    ),
    ("b", "5. Công an xã"),
    (
        "p",
        "Chủ trì hướng dẫn kích hoạt tài khoản định danh điện tử của tổ chức; phối hợp bảo đảm an ninh, trật tự "
        "tại Cụm công nghiệp Kiến Hải.",
    ),
    ("b", "6. Đề nghị Thuế cơ sở 11 thành phố Hải Phòng"),
    (
        "p",
        "Cung cấp danh sách doanh nghiệp mới đăng ký thuế trên địa bàn xã cho Phòng Kinh tế trước ngày 15 hằng "
        "tháng; phối hợp hướng dẫn doanh nghiệp về thuế, hóa đơn điện tử.",
    ),
    ("b", "7. Đề nghị Chi nhánh Văn phòng Đăng ký đất đai khu vực 6"),
    (
        "p",
        "Phối hợp giải quyết hồ sơ đăng ký đất đai của doanh nghiệp; cử cán bộ tiếp nhận hồ sơ tại Trung tâm "
        "Phục vụ hành chính công xã vào ngày thứ Ba hằng tuần.",
    ),
    ("b", "8. Kinh phí thực hiện"),
    (
        "p",
        "Kinh phí thực hiện các nhiệm vụ năm 2026 là 475 triệu đồng từ ngân sách xã, trong đó 180 triệu đồng cho "
        "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và 95 triệu đồng cho hoạt động xúc tiến đầu tư. Năm "
        "2027 dự kiến 520 triệu đồng.",
    ),
    ("b", "V. ĐỀ XUẤT, KIẾN NGHỊ"),
    (
        "p",
        "1. Đề nghị Sở Công Thương sớm thẩm định, trình phê duyệt điều chỉnh quy hoạch chi tiết mở rộng Cụm công "
        "nghiệp Kiến Hải thêm 25 ha.",
    ),
    (
        "p",
        "2. Đề nghị Sở Nội vụ xem xét bổ sung 02 biên chế công chức địa chính cho xã để đáp ứng khối lượng hồ sơ "
        "đất đai.",
    ),
    (
        "p",
        "3. Đề nghị Sở Nông nghiệp và Môi trường đẩy nhanh việc bàn giao cơ sở dữ liệu đất đai của các xã trước "
        "sắp xếp.",
    ),
    (
        "p",
        "Trên đây là báo cáo kết quả cải cách thủ tục hành chính, hỗ trợ doanh nghiệp tiếp cận đất đai năm 2025 "
        "và nhiệm vụ, giải pháp năm 2026 - 2027 của Ủy ban nhân dân xã Kiến Hải./.",
    ),
]

CLOSING = [
    [
        [
            "Nơi nhận:",
            "- UBND thành phố (để b/c);",
            "- Sở Nội vụ;",
            "- Sở Nông nghiệp và Môi trường;",
            "- Sở Công Thương;",
            "- Thuế cơ sở 11 thành phố Hải Phòng;",
            "- TT Đảng ủy, TT HĐND xã;",
            "- CT, các PCT UBND xã;",
            "- Các phòng, đơn vị thuộc xã;",
            "- Lưu: VT, KT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Lã Văn Thịnh"],
    ],
]

APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026",
    "(Kèm theo Báo cáo số 38/BC-UBND ngày 16/01/2026 của UBND xã Kiến Hải)",
]

TASKS = [
    [
        "1",
        "Rà soát, đề xuất đơn giản hóa thủ tục hành chính lĩnh vực đất đai, môi trường",
        "Văn phòng HĐND và UBND xã",
        "Phòng Kinh tế; Trung tâm Phục vụ hành chính công xã",
        "Trước ngày 30/6/2026",
    ],
    [
        "2",
        "Bố trí quầy ưu tiên tiếp nhận hồ sơ của doanh nghiệp",
        "Trung tâm Phục vụ hành chính công xã",
        "Văn phòng HĐND và UBND xã",
        "Quý I/2026",
    ],
    [
        "3",
        "Công khai quỹ đất sạch, danh mục lô đất còn trống trong Cụm công nghiệp Kiến Hải",
        "Phòng Kinh tế",
        "Văn phòng HĐND và UBND xã",
        "Trước ngày 31/3/2026",
    ],
    [
        "4",
        "Giải quyết dứt điểm kiến nghị về đất đai còn tồn đọng của doanh nghiệp",
        "Phòng Kinh tế",
        "Chi nhánh Văn phòng Đăng ký đất đai khu vực 6",
        "Trước ngày 30/4/2026",
    ],
    [
        "5",
        "Hoàn thành đường gom phía Đông Cụm công nghiệp Kiến Hải",
        "Phòng Kinh tế",
        "Chủ đầu tư hạ tầng Cụm công nghiệp Kiến Hải",
        "Quý IV/2026",
    ],
    [
        "6",
        "Thành lập Tổ công tác đồng hành cùng dự án đầu tư",
        "Văn phòng HĐND và UBND xã",
        "Phòng Kinh tế",
        "Tháng 02/2026",
    ],
    [
        "7",
        "Tổ chức mô hình “Thứ Năm lắng nghe doanh nghiệp”",
        "Văn phòng HĐND và UBND xã",
        "Phòng Kinh tế; Thuế cơ sở 11 thành phố Hải Phòng",
        "Thứ Năm tuần cuối cùng hằng tháng",
    ],
    [
        "8",
        "Tổ chức Hội nghị gặp mặt doanh nghiệp, nhà đầu tư năm 2026",
        "Phòng Kinh tế",
        "Văn phòng HĐND và UBND xã; Ủy ban Mặt trận Tổ quốc Việt Nam xã",
        "Tháng 3/2026",
    ],
    [
        "9",
        "Hướng dẫn kích hoạt tài khoản định danh điện tử của tổ chức",
        "Công an xã",
        "Trung tâm Phục vụ hành chính công xã",
        "Thường xuyên",
    ],
    [
        "10",
        "Tập huấn sử dụng dịch vụ công trực tuyến cho doanh nghiệp, hộ kinh doanh",
        "Phòng Văn hóa - Xã hội",
        "Trung tâm Phục vụ hành chính công xã; Công an xã",
        "Ít nhất 02 lớp/năm",
    ],
    [
        "11",
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        "Trung tâm Phục vụ hành chính công xã",
        "Văn phòng HĐND và UBND xã",
        "Tháng 12/2026",
    ],
    [
        "12",
        "Tổng hợp, báo cáo kết quả cải cách hành chính gửi Sở Nội vụ",
        "Văn phòng HĐND và UBND xã",
        "Các phòng, đơn vị thuộc xã",
        "Trước ngày 10 của tháng cuối quý",
    ],
]

FIXED_TIME = dt.datetime(2026, 1, 16, 8, 0, 0)


SPEC = spec_from(
    globals(),
    author="UBND xã Kiến Hải (tài liệu tổng hợp để đánh giá)",
    label="Báo cáo 38/BC-UBND (tài liệu đánh giá tổng hợp)",
    comments="Synthetic evaluation document - not a real report.",
    made_by="eval/newdoc/make_docx_b.py",
)


build, main = entry_points(SPEC)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

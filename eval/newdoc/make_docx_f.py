#!/usr/bin/env python3
# ruff: noqa: E501  (the document text is data: long Vietnamese lines are kept whole)
"""Write the synthetic evaluation document kh_63_ninh_giang_ocop_2026.docx (python-docx, deterministic).

SYNTHETIC EVALUATION DOCUMENT — NOT A REAL PLAN. The commune (xã Ninh Giang, Hải Phòng, in the former
Hải Dương part of the city), the city agencies, Liên minh Hợp tác xã thành phố Hải Phòng, Bưu điện
thành phố Hải Phòng and the two laws it cites exist, but the plan itself, its number (63/KH-UBND), the
city plan it implements (11/KH-UBND ngày 06/01/2026), the Party resolution (04-NQ/ĐU), "Hợp tác xã Bánh
gai Hồng Phúc", the "Điểm giới thiệu và bán sản phẩm OCOP", the "Phiên chợ OCOP và bánh gai Ninh
Giang", every figure, target, deadline, assignment, the budget and the signer's name are invented, so
that the assistant can be measured on a document it has never seen, ingested as .docx. This set ("f")
is reserved for the final measurement.

It is a commune's "Kế hoạch" on cooperatives and OCOP products for 2026 - 2027: 2025 results, targets for
2026 and for 2027, tasks, the budget per year and assignments per agency with report deadlines. The
layout is the one shared by the other sets (docx_layout.py): the header ("ỦY BAN NHÂN DÂN / XÃ …", "Số:
…/KH-UBND", place and date) and the closing ("Nơi nhận:" beside the signature block) are two-column
borderless Word tables, the body is plain paragraphs with bold section lines (no Heading styles), and
the appendix of tasks is a real Word table on a landscape page.

    python3 eval/newdoc/make_docx_f.py [OUT_PATH] [--plain-layout]
        # default OUT_PATH: <tmp>/trolyao-newdoc/kh_63_ninh_giang_ocop_2026.docx
        # --plain-layout: ablation, header and closing as plain paragraphs instead of tables

Same input, byte-identical output (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_layout import NATIONAL_MOTTO, entry_points, spec_from

DOC_NAME = "kh_63_ninh_giang_ocop_2026.docx"

# --- the document, as data -------------------------------------------------------------------------
# Header and closing are tables of cells; each cell is a list of lines (one Word paragraph each).
HEADER = [
    [
        ["ỦY BAN NHÂN DÂN", "XÃ NINH GIANG"],
        NATIONAL_MOTTO,
    ],
    [["Số: 63/KH-UBND"], ["Ninh Giang, ngày 21 tháng 01 năm 2026"]],
]

TITLE = [
    "KẾ HOẠCH",
    "Phát triển hợp tác xã và sản phẩm OCOP",
    "trên địa bàn xã Ninh Giang giai đoạn 2026 - 2027",
]

# ("b", text) bold section line; ("p", text) body paragraph
BODY: list[tuple[str, str]] = [
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("p", "Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;"),
    (
        "p",
        "Thực hiện Kế hoạch số 11/KH-UBND ngày 06/01/2026 của Ủy ban nhân dân thành phố Hải Phòng về phát triển "
        "kinh tế tập thể, hợp tác xã và Chương trình mỗi xã một sản phẩm (OCOP) năm 2026;",
    ),
    (
        "p",
        "Thực hiện Nghị quyết số 04-NQ/ĐU ngày 29/12/2025 của Ban Chấp hành Đảng bộ xã Ninh Giang về phương "
        "hướng, nhiệm vụ năm 2026;",
    ),
    (
        "p",
        "Ủy ban nhân dân xã Ninh Giang ban hành Kế hoạch phát triển hợp tác xã và sản phẩm OCOP trên địa bàn xã "
        "giai đoạn 2026 - 2027 như sau:",
    ),
    ("b", "I. KẾT QUẢ THỰC HIỆN NĂM 2025"),
    (
        "p",
        "Tính đến ngày 31/12/2025, toàn xã có 17 hợp tác xã và 41 tổ hợp tác đang hoạt động với 1.326 thành "
        "viên; trong năm thành lập mới 03 hợp tác xã. Doanh thu bình quân của một hợp tác xã đạt 2,8 tỷ "
        "đồng/năm.",
    ),
    (
        "p",
        "Toàn xã có 12 sản phẩm được công nhận đạt chuẩn OCOP còn hiệu lực, gồm 03 sản phẩm 4 sao và 09 sản "
        "phẩm 3 sao; sản phẩm chủ lực là bánh gai, gạo nếp cái hoa vàng, mật ong và rau an toàn.",
    ),
    ("p", "- Doanh thu từ các sản phẩm OCOP năm 2025 ước đạt 46,3 tỷ đồng;"),
    (
        "p",
        "- 08 hợp tác xã có gian hàng trên sàn thương mại điện tử; 05 hợp tác xã gắn tem truy xuất nguồn gốc "
        "bằng mã QR trên sản phẩm;",
    ),
    (
        "p",
        "- 04 hợp tác xã được Liên minh Hợp tác xã thành phố cho vay từ Quỹ hỗ trợ phát triển hợp tác xã với "
        "tổng số tiền 1,65 tỷ đồng;",
    ),
    ("p", "- Tổ chức 02 lớp bồi dưỡng cho 87 lượt cán bộ quản lý, thành viên hợp tác xã."),
    (
        "p",
        "Tuy nhiên, quy mô hợp tác xã còn nhỏ; 06 hợp tác xã chỉ hoạt động cầm chừng; đội ngũ quản lý phần lớn "
        "trên 50 tuổi, ít người qua đào tạo; bao bì, nhãn mác sản phẩm chưa đồng bộ; liên kết tiêu thụ với "
        "doanh nghiệp còn ít.",
    ),
    ("b", "II. MỤC ĐÍCH, YÊU CẦU"),
    (
        "p",
        "Phát triển hợp tác xã theo hướng thực chất, hiệu quả, gắn với chuỗi giá trị sản phẩm chủ lực của xã; "
        "nâng hạng và mở rộng thị trường cho sản phẩm OCOP; phân công rõ cơ quan chủ trì, thời hạn hoàn thành "
        "và chế độ báo cáo.",
    ),
    ("b", "III. MỤC TIÊU"),
    ("b", "1. Mục tiêu năm 2026"),
    (
        "p",
        "- Thành lập mới ít nhất 04 hợp tác xã, trong đó có 01 hợp tác xã do thanh niên làm giám đốc;",
    ),
    ("p", "- 70% hợp tác xã được đánh giá, xếp loại hoạt động tốt và khá;"),
    ("p", "- Có thêm ít nhất 05 sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên;"),
    ("p", "- 12 hợp tác xã có gian hàng trên sàn thương mại điện tử."),
    ("b", "2. Mục tiêu năm 2027"),
    ("p", "- Toàn xã có 25 hợp tác xã đang hoạt động;"),
    (
        "p",
        "- 80% hợp tác xã được xếp loại tốt và khá; không còn hợp tác xã ngừng hoạt động quá 12 tháng;",
    ),
    (
        "p",
        "- Tổng số sản phẩm OCOP còn hiệu lực đạt 22 sản phẩm; doanh thu từ sản phẩm OCOP đạt 60 tỷ đồng;",
    ),
    (
        "p",
        "- 100% sản phẩm OCOP có tem truy xuất nguồn gốc; hoàn thiện hồ sơ đề nghị đánh giá sản phẩm bánh gai "
        "Hồng Phúc đạt 5 sao cấp quốc gia.",
    ),
    ("b", "IV. NHIỆM VỤ, GIẢI PHÁP"),
    ("b", "1. Rà soát, củng cố hợp tác xã"),
    (
        "p",
        "- Phòng Kinh tế rà soát toàn bộ hợp tác xã, tổ hợp tác trên địa bàn; hướng dẫn 06 hợp tác xã hoạt "
        "động cầm chừng xây dựng phương án sản xuất, kinh doanh hoặc làm thủ tục giải thể theo quy định; hoàn "
        "thành trước ngày 30/6/2026.",
    ),
    ("b", "2. Thành lập mới hợp tác xã, tổ hợp tác"),
    (
        "p",
        "- Hội Nông dân xã và Đoàn Thanh niên xã vận động nông dân, thanh niên liên kết thành lập tổ hợp tác, "
        "hợp tác xã; Trung tâm Phục vụ hành chính công xã tiếp nhận hồ sơ đăng ký và hướng dẫn miễn phí việc "
        "xây dựng điều lệ hợp tác xã.",
    ),
    ("b", "3. Phát triển sản phẩm OCOP"),
    (
        "p",
        "- Hướng dẫn các chủ thể hoàn thiện hồ sơ đề nghị đánh giá, phân hạng sản phẩm OCOP; gửi hồ sơ về Sở "
        "Nông nghiệp và Môi trường theo 02 đợt: đợt 1 trước ngày 15/5/2026, đợt 2 trước ngày 15/9/2026.",
    ),
    (
        "p",
        "- Mỗi sản phẩm được công nhận mới đạt 3 sao được thưởng 10 triệu đồng, đạt 4 sao được thưởng 20 triệu "
        "đồng từ ngân sách xã.",
    ),
    ("b", "4. Điểm giới thiệu và bán sản phẩm OCOP"),
    (
        "p",
        "- Xây dựng Điểm giới thiệu và bán sản phẩm OCOP xã Ninh Giang tại Nhà văn hóa trung tâm xã, đưa vào "
        "hoạt động trước ngày 30/4/2026; Điểm mở cửa từ 7 giờ 30 đến 17 giờ các ngày trong tuần, trừ thứ Hai.",
    ),
    (
        "p",
        "- Hợp tác xã Bánh gai Hồng Phúc được giao quản lý, vận hành Điểm giới thiệu theo hợp đồng với Ủy ban "
        "nhân dân xã.",
    ),
    ("b", "5. Xúc tiến thương mại, thương mại điện tử"),
    (
        "p",
        "- Tổ chức “Phiên chợ OCOP và bánh gai Ninh Giang” lần thứ nhất trong tháng 01/2027, trước Tết Nguyên "
        "đán; hỗ trợ 100% chi phí gian hàng cho hợp tác xã, chủ thể OCOP của xã tham gia.",
    ),
    (
        "p",
        "- Phối hợp với Bưu điện thành phố Hải Phòng đưa sản phẩm OCOP của xã lên sàn Postmart và các sàn "
        "thương mại điện tử khác.",
    ),
    ("b", "6. Đào tạo, bồi dưỡng"),
    (
        "p",
        "- Mở ít nhất 03 lớp bồi dưỡng mỗi năm về quản trị hợp tác xã, kế toán, xây dựng thương hiệu và bán "
        "hàng trực tuyến; ưu tiên giám đốc, kế toán hợp tác xã dưới 40 tuổi.",
    ),
    ("b", "7. Tiếp cận vốn"),
    (
        "p",
        "- Đề nghị Liên minh Hợp tác xã thành phố hướng dẫn hợp tác xã lập dự án vay vốn từ Quỹ hỗ trợ phát "
        "triển hợp tác xã; phấn đấu mỗi năm có ít nhất 03 hợp tác xã được vay vốn.",
    ),
    ("b", "V. KINH PHÍ THỰC HIỆN"),
    (
        "p",
        "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách xã: năm 2026 là 540 triệu đồng; năm 2027 là 610 "
        "triệu đồng.",
    ),
    (
        "p",
        "Trong đó, năm 2026: thưởng sản phẩm OCOP 150 triệu đồng; bồi dưỡng, tập huấn 75 triệu đồng; xúc tiến "
        "thương mại và Phiên chợ 195 triệu đồng; xây dựng Điểm giới thiệu và bán sản phẩm OCOP 120 triệu đồng.",
    ),
    (
        "p",
        "Ngoài ra, huy động vốn góp của thành viên hợp tác xã, nguồn tín dụng và các nguồn xã hội hóa hợp pháp "
        "khác.",
    ),
    ("b", "VI. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Phòng Kinh tế"),
    (
        "p",
        "- Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; theo dõi, đôn đốc "
        "các cơ quan, đơn vị thực hiện; tham mưu bố trí kinh phí hằng năm.",
    ),
    (
        "p",
        "- Tổng hợp kết quả thực hiện 6 tháng và năm, báo cáo Ủy ban nhân dân xã và Sở Nông nghiệp và Môi "
        "trường trước ngày 14 tháng 6 và ngày 14 tháng 12 hằng năm.",
    ),
    (
        "p",
        "- Báo cáo tình hình hoạt động của hợp tác xã trên địa bàn gửi Liên minh Hợp tác xã thành phố trước "
        "ngày 22 của tháng cuối quý.",
    ),
    ("p", "- Tổ chức sơ kết 01 năm vào tháng 12/2026 và tổng kết Kế hoạch vào tháng 11/2027."),
    ("b", "2. Phòng Văn hóa - Xã hội"),
    (
        "p",
        "Chủ trì tuyên truyền về kinh tế tập thể và Chương trình OCOP trên hệ thống truyền thanh và trang thông "
        "tin điện tử của xã; phối hợp quảng bá sản phẩm OCOP gắn với các di tích, lễ hội trên địa bàn.",
    ),
    ("b", "3. Trung tâm Phục vụ hành chính công xã"),
    (
        "p",
        "Tiếp nhận hồ sơ đăng ký thành lập hợp tác xã, tổ hợp tác; báo cáo số hồ sơ đã tiếp nhận, giải quyết "
        "gửi Phòng Kinh tế trước ngày 20 hằng tháng.",
    ),
    ("b", "4. Văn phòng HĐND và UBND xã"),
    (
        "p",
        "Chủ trì tổ chức “Phiên chợ OCOP và bánh gai Ninh Giang”; bố trí Nhà văn hóa trung tâm xã làm Điểm giới "
        "thiệu và bán sản phẩm OCOP.",
    ),
    ("b", "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và Hội Nông dân xã"),
    (
        "p",
        "Vận động hội viên tham gia thành lập tổ hợp tác, hợp tác xã; Hội Nông dân xã chủ trì nhân rộng mô hình "
        "“Tổ hợp tác trồng lúa nếp cái hoa vàng liên kết bao tiêu” ra ít nhất 04 thôn trong năm 2026.",
    ),
    ("b", "6. Đề nghị Liên minh Hợp tác xã thành phố Hải Phòng"),
    (
        "p",
        "Tư vấn thành lập, tổ chức lại hợp tác xã; xem xét cho vay từ Quỹ hỗ trợ phát triển hợp tác xã; cử giảng "
        "viên tham gia các lớp bồi dưỡng cán bộ quản lý hợp tác xã.",
    ),
    ("b", "7. Các hợp tác xã, chủ thể sản phẩm OCOP"),
    (
        "p",
        "Duy trì chất lượng sản phẩm đã được công nhận; báo cáo kết quả sản xuất, kinh doanh 6 tháng và năm gửi "
        "Phòng Kinh tế trước ngày 05 tháng 6 và ngày 05 tháng 12.",
    ),
    (
        "p",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Kinh tế để "
        "tổng hợp, báo cáo Ủy ban nhân dân xã xem xét, điều chỉnh cho phù hợp./.",
    ),
]

CLOSING = [
    [
        [
            "Nơi nhận:",
            "- UBND thành phố (để b/c);",
            "- Sở Nông nghiệp và Môi trường;",
            "- Liên minh HTX thành phố Hải Phòng;",
            "- TT Đảng ủy, TT HĐND xã;",
            "- CT, các PCT UBND xã;",
            "- Các cơ quan, đơn vị tại mục VI;",
            "- Lưu: VT, KT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Nhữ Văn Khải"],
    ],
]

APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ PHÁT TRIỂN HỢP TÁC XÃ VÀ SẢN PHẨM OCOP GIAI ĐOẠN 2026 - 2027",
    "(Kèm theo Kế hoạch số 63/KH-UBND ngày 21/01/2026 của UBND xã Ninh Giang)",
]

TASKS = [
    [
        "1",
        "Rà soát, củng cố hợp tác xã hoạt động cầm chừng",
        "Phòng Kinh tế",
        "Liên minh Hợp tác xã thành phố Hải Phòng",
        "Trước ngày 30/6/2026",
    ],
    [
        "2",
        "Vận động thành lập mới hợp tác xã, tổ hợp tác",
        "Hội Nông dân xã",
        "Đoàn Thanh niên xã; Phòng Kinh tế",
        "Hằng năm",
    ],
    [
        "3",
        "Tiếp nhận hồ sơ đăng ký thành lập hợp tác xã, tổ hợp tác",
        "Trung tâm Phục vụ hành chính công xã",
        "Phòng Kinh tế",
        "Thường xuyên",
    ],
    [
        "4",
        "Hoàn thiện, gửi hồ sơ đánh giá, phân hạng sản phẩm OCOP đợt 1",
        "Phòng Kinh tế",
        "Các chủ thể sản phẩm OCOP",
        "Trước ngày 15/5/2026",
    ],
    [
        "5",
        "Hoàn thiện, gửi hồ sơ đánh giá, phân hạng sản phẩm OCOP đợt 2",
        "Phòng Kinh tế",
        "Các chủ thể sản phẩm OCOP",
        "Trước ngày 15/9/2026",
    ],
    [
        "6",
        "Xây dựng Điểm giới thiệu và bán sản phẩm OCOP xã Ninh Giang",
        "Văn phòng HĐND và UBND xã",
        "Phòng Kinh tế; Hợp tác xã Bánh gai Hồng Phúc",
        "Trước ngày 30/4/2026",
    ],
    [
        "7",
        "Tổ chức “Phiên chợ OCOP và bánh gai Ninh Giang” lần thứ nhất",
        "Văn phòng HĐND và UBND xã",
        "Phòng Kinh tế; Phòng Văn hóa - Xã hội",
        "Tháng 01/2027",
    ],
    [
        "8",
        "Đưa sản phẩm OCOP của xã lên sàn thương mại điện tử",
        "Phòng Kinh tế",
        "Bưu điện thành phố Hải Phòng",
        "Hằng năm",
    ],
    [
        "9",
        "Bồi dưỡng cán bộ quản lý, thành viên hợp tác xã",
        "Phòng Kinh tế",
        "Liên minh Hợp tác xã thành phố Hải Phòng",
        "Ít nhất 03 lớp/năm",
    ],
    [
        "10",
        "Nhân rộng mô hình “Tổ hợp tác trồng lúa nếp cái hoa vàng liên kết bao tiêu”",
        "Hội Nông dân xã",
        "Phòng Kinh tế",
        "Năm 2026",
    ],
    [
        "11",
        "Gắn tem truy xuất nguồn gốc cho 100% sản phẩm OCOP",
        "Phòng Kinh tế",
        "Các hợp tác xã, chủ thể sản phẩm OCOP",
        "Năm 2027",
    ],
    [
        "12",
        "Tổng kết Kế hoạch giai đoạn 2026 - 2027",
        "Phòng Kinh tế",
        "Các cơ quan, đơn vị thuộc xã",
        "Tháng 11/2027",
    ],
]

FIXED_TIME = dt.datetime(2026, 1, 21, 8, 0, 0)


SPEC = spec_from(
    globals(),
    author="UBND xã Ninh Giang (tài liệu tổng hợp để đánh giá)",
    label="Kế hoạch 63/KH-UBND (tài liệu đánh giá tổng hợp)",
    comments="Synthetic evaluation document - not a real plan.",
    made_by="eval/newdoc/make_docx_f.py",
)


build, main = entry_points(SPEC)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

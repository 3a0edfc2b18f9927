#!/usr/bin/env python3
# ruff: noqa: E501  (the document text is data: long Vietnamese lines are kept whole)
"""Write the third synthetic evaluation document qd_214_chi_linh_2026.docx (python-docx, deterministic).

SYNTHETIC EVALUATION DOCUMENT — NOT A REAL DECISION. The ward (phường Chí Linh, Hải Phòng), the city
agencies, the two telecom companies and Nghị quyết 57-NQ/TW exist, but the decision itself, its number
(214/QĐ-UBND), the city plan it implements (309/KH-UBND), the proposal it answers (Tờ trình
19/TTr-KTHTĐT), the "Tổ tư vấn số đồng hành doanh nghiệp", every figure, target, deadline, assignment,
the budget and the signer's name are invented, so that the assistant can be measured on a third
document it has never seen, ingested as .docx.

It is a "Quyết định" of the ward chairman approving a three-year "Kế hoạch" (the plan's content is set
out inside Điều 1, then Điều 2 and Điều 3), on helping small businesses and cooperatives go digital;
the first set (make_docx.py) is a ward's plan on household businesses, the second (make_docx_b.py) a
commune's report on administrative procedures and land. The layout is the same as theirs: the header
("ỦY BAN NHÂN DÂN / PHƯỜNG …", "Số: …/QĐ-UBND", place and date) and the closing ("Nơi nhận:" beside the
signature block) are two-column borderless Word tables, the body is plain paragraphs with bold section
lines (no Heading styles), and the appendix of tasks is a real Word table on a landscape page.

    python3 eval/newdoc/make_docx_c.py [OUT_PATH] [--plain-layout]
        # default OUT_PATH: <tmp>/trolyao-newdoc/qd_214_chi_linh_2026.docx
        # --plain-layout: ablation, header and closing as plain paragraphs instead of tables

Same input, byte-identical output (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_layout import NATIONAL_MOTTO, entry_points, spec_from

DOC_NAME = "qd_214_chi_linh_2026.docx"

# --- the document, as data -------------------------------------------------------------------------
# Header and closing are tables of cells; each cell is a list of lines (one Word paragraph each).
HEADER = [
    [
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG CHÍ LINH"],
        NATIONAL_MOTTO,
    ],
    [["Số: 214/QĐ-UBND"], ["Chí Linh, ngày 23 tháng 02 năm 2026"]],
]

TITLE = [
    "QUYẾT ĐỊNH",
    "Về việc phê duyệt Kế hoạch hỗ trợ doanh nghiệp nhỏ và vừa, hợp tác xã",
    "chuyển đổi số trên địa bàn phường Chí Linh giai đoạn 2026 - 2028",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG CHÍ LINH",
]

# ("b", text) bold section line; ("p", text) body paragraph
BODY: list[tuple[str, str]] = [
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("p", "Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày 12 tháng 6 năm 2017;"),
    (
        "p",
        "Thực hiện Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa "
        "học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
    ),
    (
        "p",
        "Thực hiện Kế hoạch số 309/KH-UBND ngày 26/12/2025 của Ủy ban nhân dân thành phố Hải Phòng về thúc đẩy "
        "chuyển đổi số trong doanh nghiệp năm 2026;",
    ),
    (
        "p",
        "Theo đề nghị của Trưởng phòng Kinh tế, Hạ tầng và Đô thị tại Tờ trình số 19/TTr-KTHTĐT ngày 12/02/2026.",
    ),
    ("b", "QUYẾT ĐỊNH:"),
    (
        "p",
        "Điều 1. Phê duyệt Kế hoạch hỗ trợ doanh nghiệp nhỏ và vừa, hợp tác xã chuyển đổi số trên địa bàn phường "
        "Chí Linh giai đoạn 2026 - 2028 (sau đây gọi là Kế hoạch) với các nội dung chủ yếu sau:",
    ),
    ("b", "I. THỰC TRẠNG CHUYỂN ĐỔI SỐ CỦA DOANH NGHIỆP, HỢP TÁC XÃ TRÊN ĐỊA BÀN PHƯỜNG"),
    (
        "p",
        "Tính đến ngày 31/12/2025, trên địa bàn phường có 486 doanh nghiệp, 23 hợp tác xã và 2.954 hộ kinh doanh "
        "đang hoạt động; 94% doanh nghiệp là doanh nghiệp nhỏ và siêu nhỏ.",
    ),
    ("p", "Kết quả năm 2025:"),
    (
        "p",
        "- 318 doanh nghiệp sử dụng hợp đồng điện tử, chữ ký số trong giao dịch, chiếm 65,4% số doanh nghiệp "
        "đang hoạt động;",
    ),
    (
        "p",
        "- 142 doanh nghiệp và 09 hợp tác xã sử dụng nền tảng số trong quản trị (kế toán, nhân sự, bán hàng);",
    ),
    (
        "p",
        "- 57 doanh nghiệp, hợp tác xã có gian hàng trên sàn thương mại điện tử; doanh thu bán hàng trực tuyến "
        "ước đạt 38,6 tỷ đồng;",
    ),
    (
        "p",
        "- Tổ chức 04 lớp tập huấn kỹ năng số cho 236 lượt chủ doanh nghiệp, xã viên hợp tác xã và người lao "
        "động;",
    ),
    ("p", "- 1.128 hộ kinh doanh chấp nhận thanh toán không dùng tiền mặt bằng mã QR."),
    (
        "p",
        "Tuy nhiên, phần lớn doanh nghiệp nhỏ chưa có người phụ trách công nghệ thông tin; chi phí thuê phần "
        "mềm còn là rào cản; nhiều hợp tác xã vẫn ghi chép sổ sách thủ công; việc bảo đảm an toàn thông tin "
        "chưa được chú trọng.",
    ),
    ("b", "II. MỤC TIÊU"),
    ("b", "1. Mục tiêu chung"),
    (
        "p",
        "Nâng cao nhận thức và năng lực số của doanh nghiệp nhỏ và vừa, hợp tác xã; thúc đẩy ứng dụng nền tảng "
        "số trong quản trị, sản xuất, kinh doanh, góp phần tăng năng suất và sức cạnh tranh của doanh nghiệp "
        "trên địa bàn phường.",
    ),
    ("b", "2. Mục tiêu cụ thể"),
    ("p", "a) Năm 2026:"),
    ("p", "- 75% doanh nghiệp sử dụng hợp đồng điện tử, chữ ký số;"),
    ("p", "- Thêm ít nhất 60 doanh nghiệp, hợp tác xã sử dụng nền tảng số trong quản trị;"),
    ("p", "- 80 doanh nghiệp, hợp tác xã có gian hàng trên sàn thương mại điện tử;"),
    ("p", "- 1.500 hộ kinh doanh chấp nhận thanh toán không dùng tiền mặt."),
    ("p", "b) Năm 2027:"),
    ("p", "- 85% doanh nghiệp sử dụng hợp đồng điện tử, chữ ký số;"),
    ("p", "- 110 doanh nghiệp, hợp tác xã có gian hàng trên sàn thương mại điện tử;"),
    ("p", "- 100% hợp tác xã sử dụng phần mềm kế toán điện tử."),
    ("p", "c) Năm 2028:"),
    ("p", "- 95% doanh nghiệp sử dụng hợp đồng điện tử, chữ ký số;"),
    (
        "p",
        "- Doanh thu bán hàng trực tuyến của doanh nghiệp, hợp tác xã trên địa bàn phường đạt 120 tỷ đồng;",
    ),
    (
        "p",
        "- Lũy kế ít nhất 30 doanh nghiệp được hỗ trợ đánh giá mức độ chuyển đổi số và xây dựng lộ trình chuyển "
        "đổi số.",
    ),
    ("b", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("b", "1. Tuyên truyền, nâng cao nhận thức"),
    (
        "p",
        "- Phòng Văn hóa - Xã hội xây dựng chuyên mục “Doanh nghiệp số Chí Linh” trên Cổng thông tin điện tử "
        "phường và trang mạng xã hội của phường, đăng tải ít nhất 02 tin, bài mỗi tháng; hoàn thành việc lập "
        "chuyên mục trước ngày 31/3/2026.",
    ),
    ("b", "2. Đào tạo kỹ năng số"),
    (
        "p",
        "- Tổ chức ít nhất 06 lớp tập huấn mỗi năm về hóa đơn điện tử, chữ ký số, bán hàng trên sàn thương mại "
        "điện tử và an toàn thông tin cho chủ doanh nghiệp, xã viên hợp tác xã và người lao động; lớp đầu "
        "tiên tổ chức trong tháng 4/2026.",
    ),
    ("b", "3. Tư vấn, đánh giá mức độ chuyển đổi số"),
    (
        "p",
        "- Phòng Kinh tế, Hạ tầng và Đô thị phối hợp với Sở Khoa học và Công nghệ lựa chọn 10 doanh nghiệp tiêu "
        "biểu để hỗ trợ đánh giá mức độ chuyển đổi số và xây dựng lộ trình chuyển đổi số trong năm 2026; mỗi "
        "doanh nghiệp được hỗ trợ tối đa 15 triệu đồng chi phí thuê tư vấn.",
    ),
    ("b", "4. Tổ tư vấn số đồng hành doanh nghiệp"),
    (
        "p",
        "- Thành lập Tổ tư vấn số đồng hành doanh nghiệp phường Chí Linh do Phó Chủ tịch Ủy ban nhân dân phường "
        "phụ trách kinh tế làm Tổ trưởng, gồm công chức Phòng Kinh tế, Hạ tầng và Đô thị, đoàn viên Đoàn Thanh "
        "niên phường và chuyên gia của các doanh nghiệp viễn thông; hoàn thành trước ngày 15/3/2026.",
    ),
    (
        "p",
        "- Tổ trực tiếp nhận và giải đáp vướng mắc của doanh nghiệp, hợp tác xã vào sáng thứ Tư hằng tuần tại "
        "Trung tâm Phục vụ hành chính công phường.",
    ),
    ("b", "5. Thương mại điện tử và thanh toán số"),
    (
        "p",
        "- Phối hợp với VNPT Hải Phòng và Viettel Hải Phòng hỗ trợ doanh nghiệp, hợp tác xã mở gian hàng trên "
        "sàn thương mại điện tử, ưu tiên sản phẩm OCOP của phường; vận động hộ kinh doanh chấp nhận thanh toán "
        "bằng mã QR.",
    ),
    (
        "p",
        "- Triển khai phần mềm kế toán điện tử cho các hợp tác xã trên địa bàn, hoàn thành trong năm 2027.",
    ),
    ("b", "6. An toàn thông tin"),
    (
        "p",
        "- Công an phường hướng dẫn doanh nghiệp phòng, chống lừa đảo trực tuyến và bảo đảm an toàn thông tin; "
        "tổ chức ít nhất 01 buổi tuyên truyền mỗi quý tại các cụm công nghiệp trên địa bàn phường.",
    ),
    ("b", "7. Đối thoại với doanh nghiệp"),
    (
        "p",
        "- Tổ chức Hội nghị đối thoại “Doanh nghiệp với chuyển đổi số” năm 2026 trong tháng 9/2026 để nghe "
        "doanh nghiệp, hợp tác xã phản ánh khó khăn, vướng mắc.",
    ),
    ("b", "IV. KINH PHÍ THỰC HIỆN"),
    (
        "p",
        "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2028 là 1.260 triệu đồng từ ngân sách phường, trong "
        "đó: năm 2026 là 390 triệu đồng; năm 2027 là 420 triệu đồng; năm 2028 là 450 triệu đồng.",
    ),
    (
        "p",
        "Ngoài ra, huy động nguồn xã hội hóa từ các doanh nghiệp viễn thông, ngân hàng thương mại và các nguồn "
        "hợp pháp khác theo quy định.",
    ),
    ("b", "V. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Phòng Kinh tế, Hạ tầng và Đô thị"),
    (
        "p",
        "- Chủ trì, tham mưu Ủy ban nhân dân phường tổ chức triển khai Kế hoạch; hướng dẫn, theo dõi, đôn đốc "
        "các cơ quan, đơn vị thực hiện; tham mưu bố trí kinh phí trong dự toán ngân sách phường hằng năm.",
    ),
    (
        "p",
        "- Tổng hợp kết quả thực hiện 6 tháng và năm, báo cáo Chủ tịch Ủy ban nhân dân phường và Sở Khoa học và "
        "Công nghệ trước ngày 12 tháng 6 và ngày 12 tháng 12 hằng năm.",
    ),
    ("p", "- Tổ chức sơ kết 02 năm thực hiện Kế hoạch trong quý IV/2027 và tổng kết vào tháng 12/2028."),
    ("b", "2. Phòng Văn hóa - Xã hội"),
    (
        "p",
        "Chủ trì công tác tuyên truyền; chủ trì, phối hợp với Đoàn Thanh niên phường tổ chức các lớp tập huấn kỹ "
        "năng số; báo cáo kết quả tập huấn gửi Phòng Kinh tế, Hạ tầng và Đô thị trước ngày 05 của tháng cuối "
        "quý.",
    ),
    ("b", "3. Văn phòng HĐND và UBND phường"),
    (
        "p",
        "Là đơn vị chủ trì Hội nghị đối thoại “Doanh nghiệp với chuyển đổi số”; theo dõi việc thực hiện các "
        "nhiệm vụ do Chủ tịch Ủy ban nhân dân phường giao.",
    ),
    ("b", "4. Trung tâm Phục vụ hành chính công phường"),
    (
        "p",
        "Bố trí vị trí làm việc cho Tổ tư vấn số đồng hành doanh nghiệp; hướng dẫn doanh nghiệp nộp hồ sơ trực "
        "tuyến toàn trình; báo cáo số hồ sơ trực tuyến của doanh nghiệp gửi Phòng Kinh tế, Hạ tầng và Đô thị "
        "trước ngày 25 hằng tháng.",
    ),
    ("b", "5. Công an phường"),
    (
        "p",
        "Chủ trì tuyên truyền phòng, chống lừa đảo trực tuyến, bảo đảm an toàn thông tin cho doanh nghiệp; phối "
        "hợp hướng dẫn doanh nghiệp nộp hồ sơ trực tuyến.",
    ),
    ("b", "6. Đề nghị Thuế cơ sở 7 thành phố Hải Phòng"),
    (
        "p",
        "Hướng dẫn doanh nghiệp, hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền; cung cấp danh "
        "sách doanh nghiệp chưa sử dụng hóa đơn điện tử cho Phòng Kinh tế, Hạ tầng và Đô thị trước ngày "
        "20/4/2026.",
    ),
    ("b", "7. Đề nghị VNPT Hải Phòng, Viettel Hải Phòng"),
    (
        "p",
        "Cử chuyên gia tham gia Tổ tư vấn số đồng hành doanh nghiệp; miễn phí chứng thư chữ ký số trong 12 "
        "tháng đầu cho doanh nghiệp thành lập mới trên địa bàn phường.",
    ),
    ("b", "8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường"),
    (
        "p",
        "Vận động đoàn viên, hội viên tham gia Tổ tư vấn số đồng hành doanh nghiệp; giám sát việc thực hiện Kế "
        "hoạch.",
    ),
    ("p", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
    (
        "p",
        "Điều 3. Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Kinh tế, Hạ tầng và Đô thị, Trưởng phòng Văn "
        "hóa - Xã hội, Giám đốc Trung tâm Phục vụ hành chính công phường, Trưởng Công an phường và các cơ quan, "
        "đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
    ),
]

CLOSING = [
    [
        [
            "Nơi nhận:",
            "- Như Điều 3;",
            "- UBND thành phố (để b/c);",
            "- Sở Khoa học và Công nghệ;",
            "- Thuế cơ sở 7 thành phố Hải Phòng;",
            "- VNPT Hải Phòng, Viettel Hải Phòng;",
            "- TT Đảng ủy, TT HĐND phường;",
            "- CT, các PCT UBND phường;",
            "- Lưu: VT, KTHTĐT.",
        ],
        ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Bùi Đức Lâm"],
    ],
]

APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ HỖ TRỢ DOANH NGHIỆP, HỢP TÁC XÃ CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026 - 2028",
    "(Kèm theo Quyết định số 214/QĐ-UBND ngày 23/02/2026 của Chủ tịch UBND phường Chí Linh)",
]

TASKS = [
    [
        "1",
        "Xây dựng chuyên mục “Doanh nghiệp số Chí Linh” trên Cổng thông tin điện tử phường",
        "Phòng Văn hóa - Xã hội",
        "Văn phòng HĐND và UBND phường",
        "Trước ngày 31/3/2026",
    ],
    [
        "2",
        "Thành lập Tổ tư vấn số đồng hành doanh nghiệp",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Đoàn Thanh niên phường; VNPT Hải Phòng; Viettel Hải Phòng",
        "Trước ngày 15/3/2026",
    ],
    [
        "3",
        "Tập huấn kỹ năng số cho doanh nghiệp, hợp tác xã và người lao động",
        "Phòng Văn hóa - Xã hội",
        "Đoàn Thanh niên phường; Phòng Kinh tế, Hạ tầng và Đô thị",
        "Ít nhất 06 lớp/năm",
    ],
    [
        "4",
        "Hỗ trợ đánh giá mức độ chuyển đổi số, xây dựng lộ trình chuyển đổi số cho doanh nghiệp",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Sở Khoa học và Công nghệ",
        "Tháng 11/2026",
    ],
    [
        "5",
        "Hỗ trợ mở gian hàng trên sàn thương mại điện tử",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "VNPT Hải Phòng; Viettel Hải Phòng",
        "Hằng năm",
    ],
    [
        "6",
        "Cung cấp danh sách doanh nghiệp chưa sử dụng hóa đơn điện tử",
        "Thuế cơ sở 7 thành phố Hải Phòng",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Trước ngày 20/4/2026",
    ],
    [
        "7",
        "Hướng dẫn doanh nghiệp nộp hồ sơ trực tuyến toàn trình",
        "Trung tâm Phục vụ hành chính công phường",
        "Công an phường",
        "Thường xuyên",
    ],
    [
        "8",
        "Tuyên truyền phòng, chống lừa đảo trực tuyến, bảo đảm an toàn thông tin",
        "Công an phường",
        "Phòng Văn hóa - Xã hội",
        "Ít nhất 01 buổi/quý",
    ],
    [
        "9",
        "Triển khai phần mềm kế toán điện tử cho hợp tác xã",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "VNPT Hải Phòng",
        "Năm 2027",
    ],
    [
        "10",
        "Tổ chức Hội nghị đối thoại “Doanh nghiệp với chuyển đổi số” năm 2026",
        "Văn phòng HĐND và UBND phường",
        "Phòng Kinh tế, Hạ tầng và Đô thị; Ủy ban Mặt trận Tổ quốc Việt Nam phường",
        "Tháng 9/2026",
    ],
    [
        "11",
        "Sơ kết 02 năm thực hiện Kế hoạch",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Các cơ quan, đơn vị thuộc phường",
        "Quý IV/2027",
    ],
    [
        "12",
        "Tổng kết Kế hoạch giai đoạn 2026 - 2028",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Các cơ quan, đơn vị thuộc phường",
        "Tháng 12/2028",
    ],
]

FIXED_TIME = dt.datetime(2026, 2, 23, 8, 0, 0)


SPEC = spec_from(
    globals(),
    author="UBND phường Chí Linh (tài liệu tổng hợp để đánh giá)",
    label="Quyết định 214/QĐ-UBND (tài liệu đánh giá tổng hợp)",
    comments="Synthetic evaluation document - not a real decision.",
    made_by="eval/newdoc/make_docx_c.py",
)


build, main = entry_points(SPEC)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

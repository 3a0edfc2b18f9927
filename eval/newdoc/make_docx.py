#!/usr/bin/env python3
# ruff: noqa: E501  (the document text is data: long Vietnamese lines are kept whole)
"""Write the synthetic evaluation document kh_57_gia_vien_2026.docx (python-docx, deterministic).

SYNTHETIC EVALUATION DOCUMENT — NOT A REAL PLAN. The ward (phường Gia Viên), the city agencies and the
resolution 68-NQ/TW exist, but the plan itself, its number (57/KH-UBND), the city plan it implements
(186/KH-UBND ngày 12/11/2025), every figure, deadline, assignment and the signer's name are invented so
that the assistant can be measured on a plan document it has never seen, ingested as .docx.

The layout follows real Vietnamese administrative documents: the header ("ỦY BAN NHÂN DÂN PHƯỜNG …",
"Số: …/KH-UBND", place and date) and the closing ("Nơi nhận:" beside the signature block) are two-column
borderless Word tables, the body is plain paragraphs with bold section lines (no Heading styles), and the
appendix of tasks is a real Word table.

    python3 eval/newdoc/make_docx.py [OUT_PATH] [--plain-layout]
        # default OUT_PATH: <tmp>/trolyao-newdoc/kh_57_gia_vien_2026.docx
        # --plain-layout: ablation, header and closing as plain paragraphs instead of tables

Same input, byte-identical output (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_layout import NATIONAL_MOTTO, entry_points, spec_from

DOC_NAME = "kh_57_gia_vien_2026.docx"

# --- the document, as data -------------------------------------------------------------------------
# Header and closing are tables of cells; each cell is a list of lines (one Word paragraph each).
HEADER = [
    [
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG GIA VIÊN"],
        NATIONAL_MOTTO,
    ],
    [["Số: 57/KH-UBND"], ["Gia Viên, ngày 09 tháng 01 năm 2026"]],
]

TITLE = [
    "KẾ HOẠCH",
    "Hỗ trợ hộ kinh doanh chuyển đổi thành doanh nghiệp và phát triển kinh tế tư nhân",
    "trên địa bàn phường Gia Viên giai đoạn 2026 - 2027",
]

# ("b", text) bold section line; ("p", text) body paragraph
BODY: list[tuple[str, str]] = [
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("p", "Thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân;"),
    (
        "p",
        "Thực hiện Kế hoạch số 186/KH-UBND ngày 12/11/2025 của Ủy ban nhân dân thành phố Hải Phòng về hỗ trợ "
        "hộ kinh doanh chuyển đổi thành doanh nghiệp giai đoạn 2026 - 2030;",
    ),
    (
        "p",
        "Ủy ban nhân dân phường Gia Viên ban hành Kế hoạch hỗ trợ hộ kinh doanh chuyển đổi thành doanh nghiệp "
        "và phát triển kinh tế tư nhân trên địa bàn phường giai đoạn 2026 - 2027 như sau:",
    ),
    ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("b", "1. Mục đích"),
    (
        "p",
        "- Tạo chuyển biến rõ nét trong việc hỗ trợ hộ kinh doanh trên địa bàn phường chuyển đổi thành doanh "
        "nghiệp, mở rộng quy mô sản xuất, kinh doanh, nâng cao năng lực cạnh tranh; góp phần cải thiện chỉ số "
        "năng lực cạnh tranh cấp tỉnh (PCI) của thành phố Hải Phòng.",
    ),
    (
        "p",
        "- Cụ thể hóa các nhiệm vụ, giải pháp của thành phố về phát triển kinh tế tư nhân phù hợp với thực tế "
        "của phường. Tính đến ngày 31/12/2025, trên địa bàn phường có 2.860 hộ kinh doanh và 415 doanh nghiệp "
        "đang hoạt động.",
    ),
    ("b", "2. Yêu cầu"),
    (
        "p",
        "- Cán bộ, công chức phường hỗ trợ hộ kinh doanh, doanh nghiệp theo tinh thần “Chính quyền đồng hành - "
        "Hộ kinh doanh lớn mạnh”; hướng dẫn tận tình, trả lời đúng hạn, không gây phiền hà.",
    ),
    (
        "p",
        "- Việc hỗ trợ chuyển đổi được thực hiện trên nguyên tắc tự nguyện, công khai, minh bạch, không làm phát "
        "sinh thủ tục hành chính mới và không phát sinh chi phí cho hộ kinh doanh.",
    ),
    (
        "p",
        "- Các nhiệm vụ được giao phải có sản phẩm cụ thể, thời hạn hoàn thành rõ ràng; kết quả thực hiện là "
        "tiêu chí đánh giá mức độ hoàn thành nhiệm vụ của cơ quan, đơn vị và người đứng đầu.",
    ),
    ("b", "II. MỤC TIÊU"),
    ("b", "1. Mục tiêu chung"),
    (
        "p",
        "Khuyến khích, tạo điều kiện thuận lợi để hộ kinh doanh có đủ điều kiện tự nguyện chuyển đổi thành "
        "doanh nghiệp; phát triển kinh tế tư nhân trở thành động lực quan trọng trong phát triển kinh tế - xã "
        "hội của phường.",
    ),
    ("b", "2. Mục tiêu cụ thể"),
    ("p", "a) Năm 2026:"),
    ("p", "- Hỗ trợ ít nhất 25 hộ kinh doanh chuyển đổi thành doanh nghiệp;"),
    ("p", "- Thành lập mới ít nhất 120 doanh nghiệp trên địa bàn phường;"),
    (
        "p",
        "- 85% hồ sơ thủ tục hành chính liên quan đến hộ kinh doanh, doanh nghiệp được tiếp nhận và giải quyết "
        "trực tuyến toàn trình;",
    ),
    (
        "p",
        "- 70% hộ kinh doanh nộp thuế theo phương pháp kê khai sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.",
    ),
    ("p", "b) Năm 2027:"),
    ("p", "- Hỗ trợ ít nhất 40 hộ kinh doanh chuyển đổi thành doanh nghiệp;"),
    ("p", "- Thành lập mới ít nhất 150 doanh nghiệp trên địa bàn phường;"),
    (
        "p",
        "- 90% hồ sơ thủ tục hành chính liên quan đến hộ kinh doanh, doanh nghiệp được tiếp nhận và giải quyết "
        "trực tuyến toàn trình;",
    ),
    (
        "p",
        "- 100% hộ kinh doanh nộp thuế theo phương pháp kê khai sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền;",
    ),
    ("p", "- 80% hộ kinh doanh trên địa bàn phường chấp nhận thanh toán không dùng tiền mặt."),
    ("p", "c) Trong cả giai đoạn 2026 - 2027:"),
    (
        "p",
        "- 100% phản ánh, kiến nghị của hộ kinh doanh, doanh nghiệp được tiếp nhận và trả lời trong thời hạn "
        "không quá 07 ngày làm việc;",
    ),
    (
        "p",
        "- Mỗi năm tổ chức tập huấn cho ít nhất 300 lượt chủ hộ kinh doanh về quản trị, kế toán, thuế và "
        "chuyển đổi số;",
    ),
    ("p", "- Mỗi năm tổ chức ít nhất 02 hội nghị đối thoại với doanh nghiệp, hộ kinh doanh."),
    ("b", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("b", "1. Rà soát, lập danh sách hộ kinh doanh có tiềm năng chuyển đổi"),
    (
        "p",
        "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Thuế cơ sở 4 thành phố Hải Phòng và Công an "
        "phường rà soát các hộ kinh doanh có doanh thu từ 01 tỷ đồng/năm trở lên, có nhu cầu mở rộng quy mô, "
        "lập danh sách hộ kinh doanh có tiềm năng chuyển đổi thành doanh nghiệp; hoàn thành trước ngày 31/3/2026.",
    ),
    ("b", "2. Hỗ trợ thủ tục thành lập doanh nghiệp"),
    (
        "p",
        "- Thành lập Tổ hỗ trợ hộ kinh doanh chuyển đổi do Phó Chủ tịch Ủy ban nhân dân phường phụ trách kinh tế "
        "làm Tổ trưởng, có nhiệm vụ hướng dẫn, hỗ trợ miễn phí hồ sơ đăng ký doanh nghiệp, đăng ký thuế, mở tài "
        "khoản ngân hàng cho hộ kinh doanh chuyển đổi.",
    ),
    (
        "p",
        "- Trung tâm Phục vụ hành chính công phường bố trí quầy hướng dẫn riêng cho hộ kinh doanh chuyển đổi, "
        "hướng dẫn nộp hồ sơ đăng ký doanh nghiệp qua mạng điện tử.",
    ),
    (
        "p",
        "- Hộ kinh doanh chuyển đổi thành doanh nghiệp được hỗ trợ chi phí chữ ký số và hóa đơn điện tử trong "
        "12 tháng đầu hoạt động.",
    ),
    ("b", "3. Chuyển đổi số và thanh toán không dùng tiền mặt"),
    (
        "p",
        "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Đoàn Thanh niên phường và Thuế cơ sở 4 thành phố Hải "
        "Phòng hướng dẫn hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, thanh toán bằng mã "
        "QR và bán hàng trên sàn thương mại điện tử.",
    ),
    ("b", "4. Tiếp cận vốn và mặt bằng sản xuất, kinh doanh"),
    (
        "p",
        "- Duy trì mô hình “Cà phê cùng hộ kinh doanh” hằng quý để kết nối hộ kinh doanh, doanh nghiệp với ngân "
        "hàng, cơ quan thuế và các phòng chuyên môn của phường.",
    ),
    (
        "p",
        "- Phối hợp với Ngân hàng Chính sách xã hội chi nhánh thành phố Hải Phòng giới thiệu hộ kinh doanh, "
        "doanh nghiệp nhỏ tiếp cận các chương trình tín dụng ưu đãi.",
    ),
    (
        "p",
        "- Rà soát, công khai danh mục mặt bằng, ki-ốt thuộc tài sản công còn trống để hộ kinh doanh, doanh "
        "nghiệp thuê; hoàn thành trong quý II/2026.",
    ),
    ("b", "5. Đối thoại, tiếp nhận và xử lý phản ánh, kiến nghị"),
    (
        "p",
        "- Tiếp nhận phản ánh, kiến nghị của hộ kinh doanh, doanh nghiệp qua Trung tâm Phục vụ hành chính công "
        "phường, Cổng thông tin điện tử phường và mô hình “CÙNG THÀNH CÔNG” của thành phố.",
    ),
    ("p", "- Tổ chức hội nghị đối thoại với doanh nghiệp, hộ kinh doanh vào quý II và quý IV hằng năm."),
    ("b", "6. Thanh tra, kiểm tra"),
    (
        "p",
        "Không thanh tra, kiểm tra quá 01 lần/năm đối với một hộ kinh doanh, doanh nghiệp, trừ trường hợp có dấu "
        "hiệu vi phạm pháp luật rõ ràng; Công an phường chủ trì hướng dẫn thủ tục cấp Giấy chứng nhận đủ điều "
        "kiện về an ninh, trật tự đối với ngành, nghề kinh doanh có điều kiện.",
    ),
    ("b", "IV. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Phòng Kinh tế, Hạ tầng và Đô thị"),
    (
        "p",
        "- Là cơ quan thường trực, giúp Ủy ban nhân dân phường theo dõi, đôn đốc các cơ quan, đơn vị thực hiện "
        "Kế hoạch này.",
    ),
    (
        "p",
        "- Tổng hợp, báo cáo kết quả thực hiện Kế hoạch gửi Ủy ban nhân dân phường và Sở Tài chính trước ngày "
        "20 tháng 6 và tháng 12 hằng năm; tham mưu sơ kết vào tháng 12/2026 và tổng kết vào tháng 12/2027.",
    ),
    ("b", "2. Văn phòng HĐND và UBND phường"),
    (
        "p",
        "Đăng tải Kế hoạch trên Cổng thông tin điện tử phường; chủ trì thành lập Tổ hỗ trợ hộ kinh doanh chuyển "
        "đổi; tham mưu tổ chức các hội nghị đối thoại và theo dõi việc trả lời phản ánh, kiến nghị.",
    ),
    ("b", "3. Trung tâm Phục vụ hành chính công phường"),
    (
        "p",
        "Thống kê số hồ sơ được giải quyết trực tuyến toàn trình, gửi Phòng Kinh tế, Hạ tầng và Đô thị trước "
        "ngày 25 hằng tháng.",
    ),
    ("b", "4. Phòng Văn hóa - Xã hội"),
    (
        "p",
        "Tuyên truyền Kế hoạch trên hệ thống loa truyền thanh và trang mạng xã hội của phường; chủ trì hướng dẫn "
        "chuyển đổi số cho hộ kinh doanh.",
    ),
    ("b", "5. Đề nghị Thuế cơ sở 4 thành phố Hải Phòng"),
    (
        "p",
        "Cung cấp danh sách hộ kinh doanh có doanh thu từ 01 tỷ đồng/năm trở lên cho Ủy ban nhân dân phường "
        "trước ngày 15/02/2026; phối hợp tập huấn về thuế, hóa đơn điện tử.",
    ),
    ("b", "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường"),
    (
        "p",
        "Phối hợp tuyên truyền, vận động hộ kinh doanh chuyển đổi thành doanh nghiệp và giám sát việc thực hiện "
        "Kế hoạch.",
    ),
    ("b", "7. Kinh phí thực hiện"),
    (
        "p",
        "Kinh phí thực hiện Kế hoạch năm 2026 dự kiến 320 triệu đồng từ nguồn ngân sách phường; từ năm 2027 được "
        "bố trí trong dự toán ngân sách hằng năm của phường.",
    ),
    ("b", "8. Chế độ báo cáo"),
    (
        "p",
        "Các cơ quan, đơn vị được giao nhiệm vụ báo cáo kết quả thực hiện gửi Phòng Kinh tế, Hạ tầng và Đô thị "
        "trước ngày 15 tháng 6 và tháng 12 hằng năm để tổng hợp.",
    ),
    (
        "p",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Phòng "
        "Kinh tế, Hạ tầng và Đô thị để tổng hợp, báo cáo Ủy ban nhân dân phường xem xét, chỉ đạo./.",
    ),
]

CLOSING = [
    [
        [
            "Nơi nhận:",
            "- UBND thành phố (để b/c);",
            "- Sở Tài chính;",
            "- Thuế cơ sở 4 thành phố Hải Phòng;",
            "- TT Đảng ủy, TT HĐND phường;",
            "- CT, các PCT UBND phường;",
            "- UBMTTQ Việt Nam phường;",
            "- Các phòng, đơn vị thuộc phường;",
            "- Lưu: VT, KT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đoàn Minh Khôi"],
    ],
]

APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ THỰC HIỆN KẾ HOẠCH",
    "(Kèm theo Kế hoạch số 57/KH-UBND ngày 09/01/2026 của UBND phường Gia Viên)",
]

TASKS = [
    [
        "1",
        "Rà soát, lập danh sách hộ kinh doanh có tiềm năng chuyển đổi thành doanh nghiệp",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Thuế cơ sở 4 thành phố Hải Phòng; Công an phường",
        "Trước ngày 31/3/2026",
    ],
    [
        "2",
        "Thành lập Tổ hỗ trợ hộ kinh doanh chuyển đổi",
        "Văn phòng HĐND và UBND phường",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Tháng 02/2026",
    ],
    [
        "3",
        "Bố trí quầy hướng dẫn đăng ký doanh nghiệp cho hộ kinh doanh chuyển đổi",
        "Trung tâm Phục vụ hành chính công phường",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Quý I/2026",
    ],
    [
        "4",
        "Tập huấn quản trị, kế toán, thuế cho chủ hộ kinh doanh",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Thuế cơ sở 4 thành phố Hải Phòng; Hiệp hội Doanh nghiệp thành phố Hải Phòng",
        "Hằng năm",
    ],
    [
        "5",
        "Hướng dẫn hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền, thanh toán không dùng tiền mặt",
        "Phòng Văn hóa - Xã hội",
        "Đoàn Thanh niên phường; Thuế cơ sở 4 thành phố Hải Phòng",
        "Thường xuyên",
    ],
    [
        "6",
        "Tổ chức mô hình “Cà phê cùng hộ kinh doanh”",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Văn phòng HĐND và UBND phường",
        "Hằng quý",
    ],
    [
        "7",
        "Giới thiệu hộ kinh doanh, doanh nghiệp nhỏ tiếp cận tín dụng ưu đãi",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Ngân hàng Chính sách xã hội chi nhánh thành phố Hải Phòng",
        "Thường xuyên",
    ],
    [
        "8",
        "Rà soát, công khai danh mục mặt bằng, ki-ốt thuộc tài sản công còn trống",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Văn phòng HĐND và UBND phường",
        "Quý II/2026",
    ],
    [
        "9",
        "Hướng dẫn thủ tục cấp Giấy chứng nhận đủ điều kiện về an ninh, trật tự cho hộ kinh doanh chuyển đổi",
        "Công an phường",
        "Trung tâm Phục vụ hành chính công phường",
        "Thường xuyên",
    ],
    [
        "10",
        "Tiếp nhận, trả lời phản ánh, kiến nghị của hộ kinh doanh, doanh nghiệp",
        "Văn phòng HĐND và UBND phường",
        "Các phòng, đơn vị thuộc phường",
        "Không quá 07 ngày làm việc",
    ],
    [
        "11",
        "Tổ chức hội nghị đối thoại với doanh nghiệp, hộ kinh doanh",
        "Văn phòng HĐND và UBND phường",
        "Phòng Kinh tế, Hạ tầng và Đô thị; Ủy ban Mặt trận Tổ quốc Việt Nam phường",
        "Quý II và quý IV hằng năm",
    ],
    [
        "12",
        "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Các cơ quan, đơn vị liên quan",
        "Trước ngày 20 tháng 6 và tháng 12 hằng năm",
    ],
]

FIXED_TIME = dt.datetime(2026, 1, 9, 8, 0, 0)


SPEC = spec_from(
    globals(),
    author="UBND phường Gia Viên (tài liệu tổng hợp để đánh giá)",
    label="Kế hoạch 57/KH-UBND (tài liệu đánh giá tổng hợp)",
    comments="Synthetic evaluation document - not a real plan.",
    made_by="eval/newdoc/make_docx.py",
)


build, main = entry_points(SPEC)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
# ruff: noqa: E501  (the document text is data: long Vietnamese lines are kept whole)
"""Write the synthetic evaluation document bc_45_hong_bang_dkkd_2026.docx (python-docx, deterministic).

SYNTHETIC EVALUATION DOCUMENT — NOT A REAL REPORT. Phường Hồng Bàng, the city agencies (Sở Tài chính,
Sở Y tế, Thuế thành phố Hải Phòng, Hiệp hội Doanh nghiệp thành phố Hải Phòng) and the streets named exist,
but the report itself, its number (45/BC-UBND), the city plan it implements (287/KH-UBND ngày
21/11/2025), the letter of Sở Tài chính (96/STC-ĐKKD), the ward's own plan (12/KH-UBND), the "Tổ công tác
hỗ trợ hộ kinh doanh", the "Tiếp sức hộ kinh doanh" model, the tax office named "Thuế cơ sở 1 thành phố
Hải Phòng" as used here, every figure for 2024 and 2025, every target, deadline and assignment, and the
signer's name are invented, so that the assistant can be measured on a document it has never seen,
ingested as .docx. This set ("r") is reserved for the final measurement.

It is a ward People's Committee "Báo cáo" on business registration and household-business support:
2025 results against 2024 (new household businesses, conversions into enterprises, food-safety
certificates, post-registration inspections, business complaints, processing time at the ward's public
administration service centre), difficulties, proposals to city agencies, 2026 targets and tasks, the
assignments per unit with report deadlines. The layout is the one shared by the other sets
(docx_layout.py): the header ("ỦY BAN NHÂN DÂN / PHƯỜNG HỒNG BÀNG", "Số: …/BC-UBND", place and date) and
the closing ("Nơi nhận:" beside the signature block) are two-column borderless Word tables, the body is
plain paragraphs with bold section lines (no Heading styles), and the appendix of tasks is a real Word
table on a landscape page.

    python3 eval/newdoc/make_docx_r.py [OUT_PATH] [--plain-layout]
        # default OUT_PATH: <tmp>/trolyao-newdoc/bc_45_hong_bang_dkkd_2026.docx
        # --plain-layout: ablation, header and closing as plain paragraphs instead of tables

Same input, byte-identical output (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_layout import NATIONAL_MOTTO, entry_points, spec_from

DOC_NAME = "bc_45_hong_bang_dkkd_2026.docx"

# --- the document, as data -------------------------------------------------------------------------
# Header and closing are tables of cells; each cell is a list of lines (one Word paragraph each).
HEADER = [
    [
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG HỒNG BÀNG"],
        NATIONAL_MOTTO,
    ],
    [["Số: 45/BC-UBND"], ["Hồng Bàng, ngày 09 tháng 02 năm 2026"]],
]

TITLE = [
    "BÁO CÁO",
    "Kết quả công tác đăng ký kinh doanh, hỗ trợ hộ kinh doanh năm 2025",
    "và nhiệm vụ, giải pháp năm 2026",
]

# ("b", text) bold section line; ("p", text) body paragraph
BODY: list[tuple[str, str]] = [
    (
        "p",
        "Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày 12 tháng 6 năm 2017;",
    ),
    (
        "p",
        "Thực hiện Kế hoạch số 287/KH-UBND ngày 21/11/2025 của Ủy ban nhân dân thành phố Hải Phòng về hỗ "
        "trợ hộ kinh doanh chuyển đổi thành doanh nghiệp, phát triển kinh tế tư nhân giai đoạn 2025 - 2026;",
    ),
    (
        "p",
        "Thực hiện Công văn số 96/STC-ĐKKD ngày 08/01/2026 của Sở Tài chính về việc báo cáo kết quả công "
        "tác đăng ký kinh doanh năm 2025;",
    ),
    (
        "p",
        "Ủy ban nhân dân phường Hồng Bàng báo cáo kết quả công tác đăng ký kinh doanh, hỗ trợ hộ kinh doanh "
        "năm 2025 và nhiệm vụ, giải pháp năm 2026 như sau:",
    ),
    ("b", "I. KẾT QUẢ THỰC HIỆN NĂM 2025"),
    ("b", "1. Công tác chỉ đạo, điều hành"),
    (
        "p",
        "Ủy ban nhân dân phường ban hành Kế hoạch số 12/KH-UBND ngày 15/7/2025 về hỗ trợ hộ kinh doanh trên "
        "địa bàn phường; thành lập Tổ công tác hỗ trợ hộ kinh doanh gồm 09 thành viên do 01 Phó Chủ tịch Ủy "
        "ban nhân dân phường làm tổ trưởng, Phòng Kinh tế, Hạ tầng và Đô thị là cơ quan thường trực. Số liệu "
        "năm 2024 trong báo cáo được tổng hợp theo địa giới hành chính của phường hiện nay.",
    ),
    ("b", "2. Đăng ký hộ kinh doanh"),
    (
        "p",
        "- Năm 2025, phường cấp mới giấy chứng nhận đăng ký hộ kinh doanh cho 1.126 hộ, tăng 18,3% so với "
        "năm 2024 (952 hộ); đăng ký thay đổi nội dung 487 lượt (năm 2024: 405 lượt); chấm dứt hoạt động 214 "
        "hộ (năm 2024: 236 hộ).",
    ),
    (
        "p",
        "- Tính đến ngày 31/12/2025, trên địa bàn phường có 6.842 hộ kinh doanh đang hoạt động, sử dụng "
        "khoảng 11.900 lao động; nhóm ngành bán lẻ, dịch vụ ăn uống chiếm 71,4%, tập trung trên các tuyến "
        "phố Tam Bạc, Hoàng Văn Thụ, Điện Biên Phủ và khu vực chợ Sắt.",
    ),
    ("b", "3. Hỗ trợ hộ kinh doanh chuyển đổi lên doanh nghiệp"),
    (
        "p",
        "- Năm 2025 có 37 hộ kinh doanh chuyển đổi thành doanh nghiệp (năm 2024: 19 hộ), gồm 29 công ty "
        "trách nhiệm hữu hạn và 08 doanh nghiệp tư nhân; tổng vốn đăng ký của các doanh nghiệp chuyển đổi là "
        "86,4 tỷ đồng.",
    ),
    (
        "p",
        "- Trên địa bàn có 318 doanh nghiệp thành lập mới (năm 2024: 274 doanh nghiệp) với tổng vốn đăng ký "
        "2.415 tỷ đồng; 41 doanh nghiệp giải thể, 96 doanh nghiệp tạm ngừng kinh doanh có thời hạn.",
    ),
    (
        "p",
        "- Triển khai mô hình “Tiếp sức hộ kinh doanh” từ tháng 8/2025: mỗi hộ kinh doanh có nhu cầu chuyển "
        "đổi được phân công 01 cán bộ đồng hành, hướng dẫn miễn phí hồ sơ thành lập doanh nghiệp, kê khai "
        "thuế, sử dụng hóa đơn điện tử trong 06 tháng đầu hoạt động; đã có 52 hộ đăng ký tham gia, 31 hộ "
        "hoàn thành chuyển đổi.",
    ),
    ("b", "4. Cấp Giấy chứng nhận đủ điều kiện bảo đảm an toàn thực phẩm"),
    (
        "p",
        "- Năm 2025, phường tiếp nhận 158 hồ sơ, cấp 142 Giấy chứng nhận đủ điều kiện bảo đảm an toàn thực "
        "phẩm cho cơ sở kinh doanh dịch vụ ăn uống (năm 2024: 97 giấy); 16 hồ sơ bị trả lại do thiếu giấy "
        "xác nhận kiến thức an toàn thực phẩm của chủ cơ sở hoặc giấy xác nhận đủ sức khỏe của người trực "
        "tiếp chế biến; thời gian giải quyết bình quân 11,5 ngày làm việc.",
    ),
    (
        "p",
        "- Hướng dẫn 611 cơ sở không thuộc diện cấp giấy ký bản cam kết bảo đảm an toàn thực phẩm (năm 2024: "
        "540 cơ sở).",
    ),
    ("b", "5. Kiểm tra sau đăng ký kinh doanh"),
    (
        "p",
        "- Đoàn kiểm tra liên ngành của phường kiểm tra 386 hộ kinh doanh (năm 2024: 302 hộ); phát hiện 58 "
        "hộ không hoạt động tại địa điểm đã đăng ký, 23 hộ kinh doanh ngành, nghề có điều kiện nhưng chưa "
        "đáp ứng đủ điều kiện.",
    ),
    (
        "p",
        "- Xử phạt vi phạm hành chính 31 trường hợp với tổng số tiền 146,5 triệu đồng; thu hồi 17 giấy chứng "
        "nhận đăng ký hộ kinh doanh; đề nghị Thuế cơ sở 1 thành phố Hải Phòng rà soát 12 hộ có dấu hiệu kê "
        "khai doanh thu thấp hơn thực tế.",
    ),
    ("b", "6. Tiếp nhận, giải quyết phản ánh, kiến nghị của doanh nghiệp, hộ kinh doanh"),
    (
        "p",
        "- Năm 2025 tiếp nhận 64 phản ánh, kiến nghị (năm 2024: 51), chủ yếu về mặt bằng kinh doanh, sử dụng "
        "tạm thời vỉa hè, thủ tục hóa đơn điện tử và an toàn thực phẩm; đã giải quyết, trả lời 60 phản ánh, "
        "kiến nghị, còn 04 kiến nghị về sử dụng tạm thời vỉa hè trên phố Tam Bạc đang phối hợp xử lý.",
    ),
    (
        "p",
        "- Tổ chức 02 hội nghị đối thoại với doanh nghiệp, hộ kinh doanh vào tháng 6/2025 và tháng 11/2025, "
        "với 215 lượt người tham dự; 100% ý kiến tại hội nghị được trả lời trực tiếp hoặc bằng văn bản trong "
        "15 ngày.",
    ),
    ("b", "7. Giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường"),
    (
        "p",
        "- Trung tâm Phục vụ hành chính công phường tiếp nhận 2.947 hồ sơ đăng ký hộ kinh doanh (năm 2024: "
        "2.538 hồ sơ), trong đó 92,6% hồ sơ nộp trực tuyến (năm 2024: 78,1%); tỷ lệ giải quyết đúng hạn đạt "
        "99,7%, còn 08 hồ sơ quá hạn do lỗi đồng bộ dữ liệu.",
    ),
    (
        "p",
        "- Thời gian giải quyết bình quân một hồ sơ đăng ký hộ kinh doanh là 1,8 ngày làm việc (năm 2024: "
        "2,6 ngày làm việc), rút ngắn so với thời hạn 03 ngày làm việc theo quy định; tỷ lệ người dân, doanh "
        "nghiệp hài lòng đạt 98,2%.",
    ),
    ("b", "II. KHÓ KHĂN, VƯỚNG MẮC"),
    (
        "p",
        "- Nhiều hộ kinh doanh có doanh thu lớn chưa muốn chuyển đổi lên doanh nghiệp do lo ngại chi phí thuê "
        "kế toán, nghĩa vụ lập báo cáo tài chính và các đợt thanh tra, kiểm tra;",
    ),
    (
        "p",
        "- Khoảng 30% hộ kinh doanh thuê mặt bằng ngắn hạn, thường xuyên thay đổi địa điểm nhưng không đăng "
        "ký thay đổi, gây khó khăn cho công tác kiểm tra sau đăng ký;",
    ),
    (
        "p",
        "- Dữ liệu đăng ký hộ kinh doanh của phường chưa được kết nối, đồng bộ tự động với dữ liệu quản lý "
        "thuế; Phòng Kinh tế, Hạ tầng và Đô thị chỉ có 03 công chức kiêm nhiệm công tác đăng ký kinh doanh;",
    ),
    (
        "p",
        "- Việc phân cấp thẩm quyền cấp Giấy chứng nhận đủ điều kiện bảo đảm an toàn thực phẩm giữa cấp "
        "thành phố và cấp xã, phường sau khi sắp xếp chính quyền địa phương hai cấp chưa được hướng dẫn thống "
        "nhất.",
    ),
    ("b", "III. ĐỀ XUẤT, KIẾN NGHỊ"),
    (
        "p",
        "1. Đề nghị Sở Tài chính tổ chức tập huấn nghiệp vụ trên Hệ thống thông tin quốc gia về đăng ký hộ "
        "kinh doanh cho công chức cấp xã trong quý I/2026; ban hành mẫu hướng dẫn thống nhất hồ sơ chuyển đổi "
        "hộ kinh doanh thành doanh nghiệp.",
    ),
    (
        "p",
        "2. Đề nghị Sở Y tế hướng dẫn việc phân cấp cấp Giấy chứng nhận đủ điều kiện bảo đảm an toàn thực "
        "phẩm đối với cơ sở kinh doanh dịch vụ ăn uống cho cấp xã, phường.",
    ),
    (
        "p",
        "3. Đề nghị Thuế thành phố Hải Phòng chỉ đạo Thuế cơ sở 1 thành phố Hải Phòng chia sẻ định kỳ hằng "
        "tháng danh sách hộ kinh doanh nộp thuế, hộ ngừng kinh doanh với Ủy ban nhân dân phường.",
    ),
    (
        "p",
        "4. Đề nghị Hiệp hội Doanh nghiệp thành phố Hải Phòng giới thiệu doanh nghiệp cung cấp dịch vụ kế "
        "toán với chi phí ưu đãi cho hộ kinh doanh mới chuyển đổi trong năm đầu hoạt động.",
    ),
    ("b", "IV. MỤC TIÊU, NHIỆM VỤ NĂM 2026"),
    ("b", "1. Mục tiêu"),
    (
        "p",
        "- Cấp mới giấy chứng nhận đăng ký cho ít nhất 1.200 hộ kinh doanh; hỗ trợ ít nhất 60 hộ kinh doanh "
        "chuyển đổi thành doanh nghiệp;",
    ),
    (
        "p",
        "- Tỷ lệ hồ sơ đăng ký hộ kinh doanh nộp trực tuyến đạt từ 95% trở lên; thời gian giải quyết bình "
        "quân không quá 1,5 ngày làm việc;",
    ),
    (
        "p",
        "- Kiểm tra sau đăng ký ít nhất 450 hộ kinh doanh; 100% phản ánh, kiến nghị của doanh nghiệp, hộ kinh "
        "doanh được trả lời trong thời hạn 10 ngày làm việc.",
    ),
    ("b", "2. Nhiệm vụ, giải pháp"),
    (
        "p",
        "- Rà soát, chuẩn hóa dữ liệu hộ kinh doanh trên địa bàn, đối chiếu với dữ liệu của Thuế cơ sở 1 "
        "thành phố Hải Phòng và Công an phường; hoàn thành trước ngày 31/3/2026.",
    ),
    (
        "p",
        "- Mở rộng mô hình “Tiếp sức hộ kinh doanh”, ưu tiên hộ có doanh thu từ 3 tỷ đồng/năm trở lên; lập "
        "danh sách hộ kinh doanh vận động chuyển đổi thành doanh nghiệp trước ngày 30/4/2026.",
    ),
    (
        "p",
        "- Phối hợp Thuế cơ sở 1 thành phố Hải Phòng tổ chức 04 lớp tập huấn về kế toán, hóa đơn điện tử và "
        "kê khai thuế cho hộ kinh doanh trong quý II và quý III năm 2026.",
    ),
    (
        "p",
        "- Kiểm tra sau đăng ký kinh doanh theo 02 đợt: đợt 1 hoàn thành trước ngày 30/6/2026, đợt 2 hoàn "
        "thành trước ngày 30/11/2026.",
    ),
    (
        "p",
        "- Kiểm tra an toàn thực phẩm tại cơ sở kinh doanh dịch vụ ăn uống trong Tháng hành động vì an toàn "
        "thực phẩm từ ngày 15/4/2026 đến ngày 15/5/2026 và dịp Tết Trung thu.",
    ),
    (
        "p",
        "- Trung tâm Phục vụ hành chính công phường bố trí quầy ưu tiên tiếp nhận hồ sơ chuyển đổi hộ kinh "
        "doanh thành doanh nghiệp vào chiều thứ Ba hằng tuần.",
    ),
    (
        "p",
        "- Tổ chức hội nghị đối thoại với doanh nghiệp, hộ kinh doanh 02 lần trong năm, vào tháng 6/2026 và "
        "tháng 12/2026.",
    ),
    ("b", "V. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Phòng Kinh tế, Hạ tầng và Đô thị"),
    (
        "p",
        "Là cơ quan thường trực, chủ trì tham mưu triển khai các nhiệm vụ tại Phụ lục kèm theo; tổng hợp kết "
        "quả, báo cáo Ủy ban nhân dân phường trước ngày 15 của tháng cuối quý; tham mưu báo cáo Sở Tài chính "
        "kết quả 6 tháng trước ngày 20/6/2026 và kết quả năm trước ngày 05/12/2026.",
    ),
    ("b", "2. Phòng Văn hóa - Xã hội"),
    (
        "p",
        "Chủ trì kiểm tra an toàn thực phẩm tại cơ sở kinh doanh dịch vụ ăn uống; tuyên truyền lợi ích của "
        "việc chuyển đổi hộ kinh doanh thành doanh nghiệp trên hệ thống thông tin cơ sở và trang thông tin "
        "điện tử của phường.",
    ),
    ("b", "3. Trung tâm Phục vụ hành chính công phường"),
    (
        "p",
        "Hướng dẫn, tiếp nhận hồ sơ đăng ký hộ kinh doanh; thống kê số hồ sơ, thời gian giải quyết, gửi Phòng "
        "Kinh tế, Hạ tầng và Đô thị trước ngày 25 hằng tháng.",
    ),
    ("b", "4. Công an phường"),
    (
        "p",
        "Phối hợp kiểm tra sau đăng ký kinh doanh, xác minh hộ kinh doanh không hoạt động tại địa điểm đã đăng "
        "ký; cung cấp thông tin cư trú của chủ hộ kinh doanh khi có đề nghị.",
    ),
    ("b", "5. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường"),
    (
        "p",
        "Chủ trì, chuẩn bị nội dung hội nghị đối thoại với doanh nghiệp, hộ kinh doanh; theo dõi việc trả lời phản ánh, "
        "kiến nghị, tổng hợp vào báo cáo cải cách hành chính của phường.",
    ),
    (
        "p",
        "Trên đây là báo cáo kết quả công tác đăng ký kinh doanh, hỗ trợ hộ kinh doanh năm 2025 và nhiệm vụ, "
        "giải pháp năm 2026 của Ủy ban nhân dân phường Hồng Bàng./.",
    ),
]

CLOSING = [
    [
        [
            "Nơi nhận:",
            "- UBND thành phố (để b/c);",
            "- Sở Tài chính (để b/c);",
            "- Sở Y tế;",
            "- Thuế thành phố Hải Phòng;",
            "- Thuế cơ sở 1 thành phố Hải Phòng;",
            "- Hiệp hội Doanh nghiệp thành phố Hải Phòng;",
            "- TT Đảng ủy, TT HĐND phường;",
            "- Chủ tịch, các PCT UBND phường;",
            "- Các phòng, đơn vị thuộc UBND phường;",
            "- Lưu: VT, KTHTĐT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Nghiêm Xuân Thái"],
    ],
]

APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ ĐĂNG KÝ KINH DOANH, HỖ TRỢ HỘ KINH DOANH NĂM 2026",
    "(Kèm theo Báo cáo số 45/BC-UBND ngày 09/02/2026 của Ủy ban nhân dân phường Hồng Bàng)",
]

TASKS = [
    [
        "1",
        "Rà soát, chuẩn hóa dữ liệu hộ kinh doanh trên địa bàn",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Thuế cơ sở 1 thành phố Hải Phòng; Công an phường",
        "Trước ngày 31/3/2026",
    ],
    [
        "2",
        "Lập danh sách hộ kinh doanh vận động chuyển đổi thành doanh nghiệp",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Tổ công tác hỗ trợ hộ kinh doanh; Thuế cơ sở 1 thành phố Hải Phòng",
        "Trước ngày 30/4/2026",
    ],
    [
        "3",
        "Mở rộng mô hình “Tiếp sức hộ kinh doanh”",
        "Tổ công tác hỗ trợ hộ kinh doanh",
        "Trung tâm Phục vụ hành chính công phường; Hiệp hội Doanh nghiệp thành phố Hải Phòng",
        "Cả năm 2026",
    ],
    [
        "4",
        "Tổ chức 04 lớp tập huấn kế toán, hóa đơn điện tử, kê khai thuế cho hộ kinh doanh",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Thuế cơ sở 1 thành phố Hải Phòng",
        "Quý II và quý III/2026",
    ],
    [
        "5",
        "Kiểm tra sau đăng ký kinh doanh (ít nhất 450 hộ)",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Công an phường; Phòng Văn hóa - Xã hội",
        "Đợt 1 trước ngày 30/6/2026; đợt 2 trước ngày 30/11/2026",
    ],
    [
        "6",
        "Kiểm tra an toàn thực phẩm tại cơ sở kinh doanh dịch vụ ăn uống",
        "Phòng Văn hóa - Xã hội",
        "Trạm Y tế phường; Công an phường",
        "Từ 15/4/2026 đến 15/5/2026 và dịp Tết Trung thu",
    ],
    [
        "7",
        "Quầy ưu tiên tiếp nhận hồ sơ chuyển đổi hộ kinh doanh thành doanh nghiệp",
        "Trung tâm Phục vụ hành chính công phường",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Chiều thứ Ba hằng tuần",
    ],
    [
        "8",
        "Hội nghị đối thoại với doanh nghiệp, hộ kinh doanh",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường",
        "Phòng Kinh tế, Hạ tầng và Đô thị; Hiệp hội Doanh nghiệp thành phố Hải Phòng",
        "Tháng 6/2026 và tháng 12/2026",
    ],
    [
        "9",
        "Báo cáo Sở Tài chính kết quả 6 tháng và năm",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Trung tâm Phục vụ hành chính công phường; Phòng Văn hóa - Xã hội",
        "Trước ngày 20/6/2026 và ngày 05/12/2026",
    ],
]

FIXED_TIME = dt.datetime(2026, 2, 9, 8, 0, 0)


SPEC = spec_from(
    globals(),
    author="Ủy ban nhân dân phường Hồng Bàng (tài liệu tổng hợp để đánh giá)",
    label="Báo cáo 45/BC-UBND (tài liệu đánh giá tổng hợp)",
    comments="Synthetic evaluation document - not a real report.",
    made_by="eval/newdoc/make_docx_r.py",
)


build, main = entry_points(SPEC)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

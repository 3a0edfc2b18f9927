#!/usr/bin/env python3
# ruff: noqa: E501  (the document text is data: long Vietnamese lines are kept whole)
"""Write the synthetic evaluation document kh_126_snv_cai_cach_tthc_2026.docx (python-docx, deterministic).

SYNTHETIC EVALUATION DOCUMENT — NOT A REAL PLAN. Sở Nội vụ thành phố Hải Phòng and the other agencies
named (Văn phòng Ủy ban nhân dân thành phố, Trung tâm Phục vụ hành chính công thành phố, Sở Tài chính,
Sở Khoa học và Công nghệ, Hiệp hội Doanh nghiệp thành phố, Trường Chính trị Tô Hiệu, the wards, communes
and special zones) exist, but the plan itself, its number (126/KH-SNV), the city directive it implements
(04/CT-UBND ngày 23/02/2026), the decision on the department's organisation cited (1029/QĐ-UBND), the
programme “Một cửa thân thiện – Doanh nghiệp an tâm”, the “Gương mặt một cửa tiêu biểu” recognition,
every 2024-2025 figure, every 2026-2027 target, deadline, assignment, the budget and the signer's name
are invented, so that the assistant can be measured on a document it has never seen, ingested as .docx.
This set ("q") is reserved for the final measurement.

It is a department "Kế hoạch" on the service given to businesses at the one-stop desks (Bộ phận Một
cửa): attitude, satisfaction ratings, late files, rewards, discipline, a business survey; 2024-2025
baseline, 2026-2027 targets, tasks, a named programme, budget, reporting regime and an appendix task
table. Layout as in the other sets (docx_layout.py): header and closing are two-column borderless Word
tables, the body is plain paragraphs with bold section lines, the appendix a Word table on a landscape page.

    python3 eval/newdoc/make_docx_q.py [OUT_PATH] [--plain-layout]
        # default OUT_PATH: <tmp>/trolyao-newdoc/kh_126_snv_cai_cach_tthc_2026.docx
        # --plain-layout: ablation, header and closing as plain paragraphs instead of tables

Same input, byte-identical output (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_layout import NATIONAL_MOTTO, entry_points, spec_from

DOC_NAME = "kh_126_snv_cai_cach_tthc_2026.docx"

# --- the document, as data -------------------------------------------------------------------------
# Header and closing are tables of cells; each cell is a list of lines (one Word paragraph each).
HEADER = [
    [
        ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NỘI VỤ"],
        NATIONAL_MOTTO,
    ],
    [["Số: 126/KH-SNV"], ["Hải Phòng, ngày 16 tháng 03 năm 2026"]],
]

TITLE = [
    "KẾ HOẠCH",
    "Nâng cao chất lượng phục vụ doanh nghiệp của đội ngũ công chức",
    "tại Bộ phận Một cửa các cấp trên địa bàn thành phố năm 2026",
]

# ("b", text) bold section line; ("p", text) body paragraph
BODY: list[tuple[str, str]] = [
    (
        "p",
        "Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính "
        "theo cơ chế một cửa, một cửa liên thông;",
    ),
    (
        "p",
        "Căn cứ Quyết định số 1029/QĐ-UBND ngày 30/6/2025 của Ủy ban nhân dân thành phố quy định chức năng, "
        "nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ thành phố Hải Phòng;",
    ),
    (
        "p",
        "Thực hiện Chỉ thị số 04/CT-UBND ngày 23/02/2026 của Chủ tịch Ủy ban nhân dân thành phố về tăng "
        "cường kỷ luật, kỷ cương và nâng cao chất lượng phục vụ người dân, doanh nghiệp tại Bộ phận Một cửa "
        "các cấp;",
    ),
    (
        "p",
        "Sở Nội vụ ban hành Kế hoạch nâng cao chất lượng phục vụ doanh nghiệp của đội ngũ công chức tại Bộ "
        "phận Một cửa các cấp trên địa bàn thành phố năm 2026 như sau:",
    ),
    ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("b", "1. Mục đích"),
    (
        "p",
        "- Chấn chỉnh thái độ, tác phong, văn hóa ứng xử của công chức trực tiếp tiếp nhận, trả kết quả hồ sơ "
        "thủ tục hành chính cho doanh nghiệp; khắc phục triệt để tình trạng hẹn lại nhiều lần, yêu cầu thành "
        "phần hồ sơ ngoài quy định.",
    ),
    (
        "p",
        "- Lấy sự hài lòng của doanh nghiệp làm thước đo chất lượng phục vụ, làm căn cứ đánh giá, xếp loại "
        "công chức và người đứng đầu cơ quan, đơn vị có Bộ phận Một cửa.",
    ),
    ("b", "2. Yêu cầu"),
    (
        "p",
        "- Các nhiệm vụ phải cụ thể, có sản phẩm, thời hạn và cơ quan chịu trách nhiệm; gắn với kết quả thực "
        "hiện Chỉ thị số 04/CT-UBND và việc đánh giá, xếp loại chất lượng công chức cuối năm.",
    ),
    (
        "p",
        "- Kết quả đánh giá mức độ hài lòng được công khai định kỳ, bảo đảm khách quan, doanh nghiệp được "
        "góp ý trực tiếp và được phản hồi trong thời hạn quy định.",
    ),
    ("b", "II. KẾT QUẢ THỰC HIỆN GIAI ĐOẠN 2024 - 2025"),
    ("b", "1. Tiếp nhận, giải quyết hồ sơ thủ tục hành chính của doanh nghiệp"),
    (
        "p",
        "Năm 2024, Bộ phận Một cửa các cấp trên địa bàn thành phố (bao gồm cả tỉnh Hải Dương cũ) tiếp nhận "
        "186.420 hồ sơ thủ tục hành chính của doanh nghiệp, tỷ lệ hồ sơ trễ hạn là 1,86%; năm 2025 tiếp "
        "nhận 214.735 hồ sơ, tỷ lệ trễ hạn giảm còn 1,12% (2.405 hồ sơ), trong đó 1.318 hồ sơ trễ hạn thuộc "
        "thẩm quyền cấp xã.",
    ),
    (
        "p",
        "Số hồ sơ trễ hạn có văn bản xin lỗi gửi doanh nghiệp năm 2025 là 1.962/2.405 hồ sơ, đạt 81,6%; "
        "còn 443 hồ sơ trễ hạn không thông báo cho doanh nghiệp thời hạn trả kết quả mới.",
    ),
    ("b", "2. Mức độ hài lòng của doanh nghiệp"),
    (
        "p",
        "Kết quả đánh giá qua thiết bị điện tử và phiếu khảo sát cho thấy tỷ lệ doanh nghiệp hài lòng với "
        "thái độ phục vụ của công chức Bộ phận Một cửa đạt 87,4% năm 2024 và 91,2% năm 2025; tỷ lệ không "
        "hài lòng năm 2025 là 2,3%, chủ yếu do hướng dẫn hồ sơ không đầy đủ và yêu cầu bổ sung nhiều lần.",
    ),
    (
        "p",
        "Năm 2025, Sở Nội vụ phối hợp với Hiệp hội Doanh nghiệp thành phố khảo sát 3.200 doanh nghiệp, thu "
        "về 2.874 phiếu hợp lệ; điểm hài lòng về thái độ phục vụ đạt 8,46/10 điểm, tăng 0,37 điểm so với năm "
        "2024. Trung tâm Phục vụ hành chính công phường Hồng Bàng, phường Lê Chân và đặc khu Cát Hải không "
        "có phiếu đánh giá không hài lòng.",
    ),
    ("b", "3. Phản ánh, kiến nghị và kỷ luật công vụ"),
    (
        "p",
        "Năm 2025, các cơ quan tiếp nhận 96 phản ánh của doanh nghiệp về thái độ, tác phong của công chức "
        "(năm 2024 là 143 phản ánh); đã xem xét, xử lý 91 phản ánh, còn 5 phản ánh đang xác minh.",
    ),
    (
        "p",
        "Qua 58 cuộc kiểm tra công vụ đột xuất tại 112 cơ quan, đơn vị, Sở Nội vụ đã kiến nghị xử lý kỷ luật "
        "7 công chức (04 khiển trách, 03 cảnh cáo) và điều chuyển 11 công chức khỏi vị trí tiếp nhận hồ sơ.",
    ),
    ("b", "4. Thi đua, khen thưởng"),
    (
        "p",
        "Năm 2025, Chủ tịch Ủy ban nhân dân thành phố tặng Bằng khen cho 6 tập thể; Giám đốc Sở Nội vụ tặng "
        "Giấy khen cho 35 công chức Bộ phận Một cửa có thành tích xuất sắc trong phục vụ doanh nghiệp.",
    ),
    ("b", "5. Hạn chế, nguyên nhân"),
    (
        "p",
        "Sau khi sắp xếp đơn vị hành chính, nhiều công chức cấp xã mới được bố trí làm việc tại Bộ phận Một "
        "cửa, chưa nắm vững quy trình; thiết bị đánh giá điện tử mới lắp đặt tại 61% Bộ phận Một cửa cấp xã; "
        "việc xin lỗi doanh nghiệp khi để hồ sơ trễ hạn chưa nghiêm; chế tài đối với công chức bị phản ánh "
        "nhiều lần chưa đủ sức răn đe.",
    ),
    ("b", "III. MỤC TIÊU"),
    ("b", "1. Mục tiêu năm 2026"),
    (
        "p",
        "- Tỷ lệ doanh nghiệp hài lòng với thái độ phục vụ của công chức Bộ phận Một cửa đạt từ 95% trở lên; "
        "không có đơn vị cấp xã đạt dưới 90%.",
    ),
    (
        "p",
        "- Tỷ lệ hồ sơ của doanh nghiệp bị trễ hạn dưới 0,5%; 100% hồ sơ trễ hạn có văn bản xin lỗi gửi doanh nghiệp.",
    ),
    ("p", "- Giảm ít nhất 50% số phản ánh của doanh nghiệp về thái độ phục vụ so với năm 2025."),
    (
        "p",
        "- 100% công chức làm việc tại Bộ phận Một cửa được bồi dưỡng kỹ năng ứng xử, giao tiếp với doanh "
        "nghiệp ít nhất 01 lần trong năm.",
    ),
    (
        "p",
        "- Khảo sát ít nhất 4.000 doanh nghiệp; điểm hài lòng về thái độ phục vụ đạt từ 8,8/10 điểm trở lên.",
    ),
    ("b", "2. Định hướng năm 2027"),
    (
        "p",
        "Tỷ lệ doanh nghiệp hài lòng đạt từ 97% trở lên; tỷ lệ hồ sơ trễ hạn dưới 0,3%; 100% Bộ phận Một cửa "
        "cấp xã được xếp loại tốt trở lên trong đánh giá công vụ hằng năm.",
    ),
    ("b", "IV. NHIỆM VỤ, GIẢI PHÁP"),
    ("b", "1. Chương trình “Một cửa thân thiện – Doanh nghiệp an tâm”"),
    (
        "p",
        "- Triển khai Chương trình “Một cửa thân thiện – Doanh nghiệp an tâm” tại toàn bộ Bộ phận Một cửa các "
        "cấp từ ngày 01/4/2026. Giám đốc Sở Nội vụ làm Trưởng Ban chỉ đạo Chương trình; Phòng Cải cách hành "
        "chính là cơ quan thường trực.",
    ),
    (
        "p",
        "- Nội dung Chương trình gồm: thực hiện “3 không” (không gây phiền hà, không hẹn lại quá 01 lần, không "
        "yêu cầu thành phần hồ sơ ngoài quy định); bố trí mã QR tại từng quầy để doanh nghiệp góp ý; hằng quý "
        "ghi nhận danh hiệu “Gương mặt một cửa tiêu biểu” cho công chức được doanh nghiệp đánh giá cao nhất.",
    ),
    ("b", "2. Đánh giá mức độ hài lòng"),
    (
        "p",
        "- Phòng Cải cách hành chính chủ trì xây dựng Bộ tiêu chí đánh giá thái độ phục vụ của công chức Bộ "
        "phận Một cửa gồm 5 nhóm, 20 tiêu chí; trình Giám đốc Sở ban hành trước ngày 30/4/2026.",
    ),
    (
        "p",
        "- Ủy ban nhân dân các xã, phường, đặc khu hoàn thành lắp đặt thiết bị đánh giá điện tử tại 100% Bộ "
        "phận Một cửa cấp xã trước ngày 30/6/2026; kinh phí do ngân sách cấp xã bảo đảm.",
    ),
    (
        "p",
        "- Sở Khoa học và Công nghệ hướng dẫn kết nối dữ liệu đánh giá mức độ hài lòng với Hệ thống thông "
        "tin giải quyết thủ tục hành chính thành phố, hoàn thành trước ngày 31/5/2026.",
    ),
    ("b", "3. Xử lý hồ sơ trễ hạn"),
    (
        "p",
        "- Cơ quan để hồ sơ của doanh nghiệp trễ hạn phải gửi văn bản xin lỗi trong thời hạn 02 ngày làm việc "
        "kể từ ngày hết hạn giải quyết, ghi rõ lý do và thời hạn trả kết quả mới.",
    ),
    (
        "p",
        "- Trung tâm Phục vụ hành chính công thành phố tổng hợp danh sách cơ quan, đơn vị có hồ sơ trễ hạn, "
        "gửi Sở Nội vụ trước ngày 05 hằng tháng để đưa vào đánh giá, xếp loại.",
    ),
    (
        "p",
        "- Cơ quan, đơn vị có tỷ lệ hồ sơ trễ hạn trên 1% trong 02 quý liên tiếp thì người đứng đầu phải giải "
        "trình bằng văn bản với Chủ tịch Ủy ban nhân dân thành phố.",
    ),
    ("b", "4. Thi đua, khen thưởng"),
    (
        "p",
        "- Ban Thi đua - Khen thưởng chủ trì lựa chọn 50 công chức Bộ phận Một cửa tiêu biểu năm 2026, trình "
        "Chủ tịch Ủy ban nhân dân thành phố tặng Bằng khen trong tháng 12/2026.",
    ),
    (
        "p",
        "- Kết quả đánh giá mức độ hài lòng là tiêu chí bắt buộc khi xét danh hiệu thi đua đối với tập thể, "
        "cá nhân làm việc tại Bộ phận Một cửa; đơn vị có tỷ lệ hài lòng dưới 90% không được đề nghị khen "
        "thưởng.",
    ),
    ("b", "5. Kỷ luật, kỷ cương công vụ"),
    (
        "p",
        "- Thanh tra Sở chủ trì kiểm tra công vụ đột xuất tại ít nhất 70 cơ quan, đơn vị, chia làm 02 đợt: "
        "đợt 1 trong quý II/2026, đợt 2 trong quý IV/2026; tập trung vào việc hẹn lại, yêu cầu bổ sung hồ sơ "
        "nhiều lần.",
    ),
    (
        "p",
        "- Công chức bị doanh nghiệp phản ánh đúng về thái độ phục vụ từ 02 lần trở lên trong năm thì không "
        "được xếp loại hoàn thành tốt nhiệm vụ và bị điều chuyển khỏi vị trí tiếp nhận hồ sơ.",
    ),
    ("b", "6. Bồi dưỡng kỹ năng cho công chức"),
    (
        "p",
        "- Phòng Công chức, viên chức chủ trì, phối hợp với Trường Chính trị Tô Hiệu mở 8 lớp bồi dưỡng kỹ "
        "năng ứng xử, giao tiếp cho khoảng 1.200 công chức Bộ phận Một cửa; hoàn thành trước ngày 31/7/2026.",
    ),
    ("b", "7. Khảo sát doanh nghiệp"),
    (
        "p",
        "- Phòng Cải cách hành chính chủ trì, phối hợp với Hiệp hội Doanh nghiệp thành phố khảo sát ít nhất "
        "4.000 doanh nghiệp bằng phiếu điện tử và phiếu giấy, thực hiện từ ngày 01/9/2026 đến ngày "
        "31/10/2026; công bố kết quả trước ngày 15/12/2026.",
    ),
    ("b", "8. Thông tin, tuyên truyền"),
    (
        "p",
        "- Văn phòng Sở đăng tải Kế hoạch, Bộ tiêu chí và kết quả đánh giá hằng quý trên Cổng thông tin điện "
        "tử Sở Nội vụ; phối hợp với Báo và Phát thanh, Truyền hình Hải Phòng giới thiệu các Bộ phận Một cửa "
        "làm tốt.",
    ),
    ("b", "V. KINH PHÍ THỰC HIỆN"),
    (
        "p",
        "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 2.450 triệu đồng, bố trí trong dự toán ngân sách năm "
        "2026 giao Sở Nội vụ, gồm: khảo sát doanh nghiệp 780 triệu đồng; bồi dưỡng kỹ năng công chức 540 "
        "triệu đồng; khen thưởng 460 triệu đồng; kiểm tra công vụ 210 triệu đồng; hội nghị, tuyên truyền 460 "
        "triệu đồng.",
    ),
    (
        "p",
        "Ủy ban nhân dân các xã, phường, đặc khu bố trí kinh phí lắp đặt thiết bị đánh giá điện tử và hoạt "
        "động của Bộ phận Một cửa từ ngân sách cấp mình.",
    ),
    ("b", "VI. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Các phòng, đơn vị thuộc Sở"),
    (
        "p",
        "- Phòng Cải cách hành chính: là đầu mối giúp Giám đốc Sở theo dõi, đôn đốc việc thực hiện Kế hoạch; "
        "tổng hợp kết quả, tham mưu báo cáo Ủy ban nhân dân thành phố.",
    ),
    (
        "p",
        "- Phòng Công chức, viên chức: tổ chức bồi dưỡng; hướng dẫn việc điều chuyển công chức bị phản ánh "
        "nhiều lần khỏi vị trí tiếp nhận hồ sơ.",
    ),
    ("p", "- Thanh tra Sở: kiểm tra công vụ đột xuất; đề xuất xử lý trách nhiệm công chức vi phạm."),
    (
        "p",
        "- Ban Thi đua - Khen thưởng: hướng dẫn tiêu chí thi đua; xét chọn “Gương mặt một cửa tiêu biểu” hằng "
        "quý và công chức tiêu biểu năm 2026.",
    ),
    ("b", "2. Đề nghị các sở, ban, ngành"),
    (
        "p",
        "- Văn phòng Ủy ban nhân dân thành phố chỉ đạo Trung tâm Phục vụ hành chính công thành phố thực hiện "
        "việc tổng hợp hồ sơ trễ hạn và bố trí mã QR góp ý tại các quầy.",
    ),
    (
        "p",
        "- Sở Tài chính thẩm định, bố trí kinh phí thực hiện Kế hoạch; Sở Khoa học và Công nghệ bảo đảm hạ "
        "tầng kết nối dữ liệu đánh giá.",
    ),
    ("b", "3. Ủy ban nhân dân các xã, phường, đặc khu"),
    (
        "p",
        "Phân công công chức có năng lực, thái độ phù hợp làm việc tại Bộ phận Một cửa; triển khai Chương "
        "trình tại địa phương; xử lý kịp thời phản ánh của doanh nghiệp; cử công chức tham gia bồi dưỡng đầy "
        "đủ.",
    ),
    ("b", "4. Chế độ báo cáo"),
    (
        "p",
        "Các sở, ban, ngành và Ủy ban nhân dân các xã, phường, đặc khu báo cáo kết quả thực hiện định kỳ hằng "
        "quý trước ngày 12 của tháng cuối quý; báo cáo 6 tháng trước ngày 10/6/2026 và báo cáo năm trước ngày "
        "20/11/2026, gửi Sở Nội vụ (qua Phòng Cải cách hành chính).",
    ),
    (
        "p",
        "Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân thành phố kết quả thực hiện năm 2026 trước ngày 10/12/2026.",
    ),
    (
        "p",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ "
        "(qua Phòng Cải cách hành chính) để tổng hợp, xem xét, điều chỉnh cho phù hợp./.",
    ),
]

CLOSING = [
    [
        [
            "Nơi nhận:",
            "- UBND thành phố (để b/c);",
            "- Văn phòng UBND thành phố;",
            "- Sở Tài chính; Sở Khoa học và Công nghệ;",
            "- Trung tâm Phục vụ hành chính công thành phố;",
            "- Hiệp hội Doanh nghiệp thành phố;",
            "- UBND các xã, phường, đặc khu;",
            "- Giám đốc, các PGĐ Sở;",
            "- Các phòng, đơn vị thuộc Sở;",
            "- Lưu: VT, CCHC.",
        ],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Vương Thị Bích Ngọc"],
    ],
]

APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ NÂNG CAO CHẤT LƯỢNG PHỤC VỤ DOANH NGHIỆP TẠI BỘ PHẬN MỘT CỬA NĂM 2026",
    "(Kèm theo Kế hoạch số 126/KH-SNV ngày 16/3/2026 của Sở Nội vụ thành phố Hải Phòng)",
]

TASKS = [
    [
        "1",
        "Xây dựng Bộ tiêu chí đánh giá thái độ phục vụ của công chức Bộ phận Một cửa (5 nhóm, 20 tiêu chí)",
        "Phòng Cải cách hành chính",
        "Văn phòng Sở; Thanh tra Sở",
        "Trước ngày 30/4/2026",
    ],
    [
        "2",
        "Triển khai Chương trình “Một cửa thân thiện – Doanh nghiệp an tâm”",
        "Phòng Cải cách hành chính",
        "Ban Thi đua - Khen thưởng; UBND các xã, phường, đặc khu",
        "Từ ngày 01/4/2026",
    ],
    [
        "3",
        "Lắp đặt thiết bị đánh giá điện tử tại 100% Bộ phận Một cửa cấp xã",
        "UBND các xã, phường, đặc khu",
        "Sở Khoa học và Công nghệ",
        "Trước ngày 30/6/2026",
    ],
    [
        "4",
        "Kết nối dữ liệu đánh giá mức độ hài lòng với Hệ thống thông tin giải quyết thủ tục hành chính thành phố",
        "Sở Khoa học và Công nghệ",
        "Phòng Cải cách hành chính; Văn phòng UBND thành phố",
        "Trước ngày 31/5/2026",
    ],
    [
        "5",
        "Tổng hợp danh sách cơ quan, đơn vị có hồ sơ trễ hạn",
        "Trung tâm Phục vụ hành chính công thành phố",
        "Sở Khoa học và Công nghệ",
        "Trước ngày 05 hằng tháng",
    ],
    [
        "6",
        "Mở 8 lớp bồi dưỡng kỹ năng ứng xử, giao tiếp cho công chức Bộ phận Một cửa",
        "Phòng Công chức, viên chức",
        "Trường Chính trị Tô Hiệu; UBND các xã, phường, đặc khu",
        "Trước ngày 31/7/2026",
    ],
    [
        "7",
        "Kiểm tra công vụ đột xuất tại ít nhất 70 cơ quan, đơn vị",
        "Thanh tra Sở",
        "Phòng Cải cách hành chính; Văn phòng UBND thành phố",
        "Đợt 1 trong quý II/2026; đợt 2 trong quý IV/2026",
    ],
    [
        "8",
        "Khảo sát mức độ hài lòng của ít nhất 4.000 doanh nghiệp",
        "Phòng Cải cách hành chính",
        "Hiệp hội Doanh nghiệp thành phố; UBND các xã, phường, đặc khu",
        "Từ ngày 01/9/2026 đến ngày 31/10/2026; công bố trước ngày 15/12/2026",
    ],
    [
        "9",
        "Xét chọn “Gương mặt một cửa tiêu biểu”",
        "Ban Thi đua - Khen thưởng",
        "UBND các xã, phường, đặc khu",
        "Hằng quý",
    ],
    [
        "10",
        "Lựa chọn 50 công chức Bộ phận Một cửa tiêu biểu, trình tặng Bằng khen",
        "Ban Thi đua - Khen thưởng",
        "Phòng Cải cách hành chính; Phòng Công chức, viên chức",
        "Tháng 12/2026",
    ],
    [
        "11",
        "Đăng tải kết quả đánh giá hằng quý trên Cổng thông tin điện tử Sở Nội vụ",
        "Văn phòng Sở",
        "Báo và Phát thanh, Truyền hình Hải Phòng",
        "Hằng quý",
    ],
    [
        "12",
        "Báo cáo Ủy ban nhân dân thành phố kết quả thực hiện năm 2026",
        "Phòng Cải cách hành chính",
        "Các phòng, đơn vị thuộc Sở",
        "Trước ngày 10/12/2026",
    ],
]

FIXED_TIME = dt.datetime(2026, 3, 16, 8, 0, 0)


SPEC = spec_from(
    globals(),
    author="Sở Nội vụ thành phố Hải Phòng (tài liệu tổng hợp để đánh giá)",
    label="Kế hoạch 126/KH-SNV (tài liệu đánh giá tổng hợp)",
    comments="Synthetic evaluation document - not a real plan.",
    made_by="eval/newdoc/make_docx_q.py",
)


build, main = entry_points(SPEC)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

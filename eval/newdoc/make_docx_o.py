#!/usr/bin/env python3
# ruff: noqa: E501  (the document text is data: long Vietnamese lines are kept whole)
"""Write the synthetic evaluation document bc_129_syt_kinh_doanh_duoc_2026.docx (python-docx, deterministic).

SYNTHETIC EVALUATION DOCUMENT — NOT A REAL REPORT. Sở Y tế thành phố Hải Phòng, the bodies named (Cục
Quản lý Dược, Trung tâm Phục vụ hành chính công thành phố, Công an thành phố, Sở Khoa học và Công nghệ,
Trường Đại học Y Dược Hải Phòng, Trường Đại học Kỹ thuật Y tế Hải Dương) and the laws cited exist, but the
report itself, its number (129/BC-SYT), the city plan it implements (318/KH-UBND ngày 19/12/2025), the
letter of Cục Quản lý Dược (3958/QLD-KD), the model "Một lần thẩm định", the Sở's internal units and
their assignments, every figure, target, deadline, the budget, the dialogue conference and the signer's
name are invented, so that the assistant can be measured on a document it has never seen, ingested as
.docx. This set ("o") is reserved for the final measurement.

It is a city department's "Báo cáo" on licensing conditional pharmaceutical and medical-equipment
business in 2025 (GCN đủ điều kiện kinh doanh dược, thẩm định GPP, công bố đủ điều kiện mua bán trang thiết
bị y tế), handling times, businesses' problems, 2026 targets, tasks, budget, reporting regime, proposals
and an appendix of tasks. The layout is the one shared by the other sets (docx_layout.py): header and
closing are two-column borderless Word tables, the body is plain paragraphs with bold section lines, and
the appendix of tasks is a real Word table on a landscape page.

    python3 eval/newdoc/make_docx_o.py [OUT_PATH] [--plain-layout]
        # default OUT_PATH: <tmp>/trolyao-newdoc/bc_129_syt_kinh_doanh_duoc_2026.docx
        # --plain-layout: ablation, header and closing as plain paragraphs instead of tables

Same input, byte-identical output (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_layout import NATIONAL_MOTTO, entry_points, spec_from

DOC_NAME = "bc_129_syt_kinh_doanh_duoc_2026.docx"

# --- the document, as data -------------------------------------------------------------------------
# Header and closing are tables of cells; each cell is a list of lines (one Word paragraph each).
HEADER = [
    [
        ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ Y TẾ"],
        NATIONAL_MOTTO,
    ],
    [["Số: 129/BC-SYT"], ["Hải Phòng, ngày 21 tháng 01 năm 2026"]],
]

TITLE = [
    "BÁO CÁO",
    "Kết quả cấp phép kinh doanh dược, trang thiết bị y tế có điều kiện năm 2025",
    "và nhiệm vụ năm 2026",
]

# ("b", text) bold section line; ("p", text) body paragraph
BODY: list[tuple[str, str]] = [
    (
        "p",
        "Căn cứ Luật Dược số 105/2016/QH13 ngày 06/4/2016 và Luật số 44/2024/QH15 ngày 21/11/2024 sửa đổi, "
        "bổ sung một số điều của Luật Dược;",
    ),
    (
        "p",
        "Căn cứ Nghị định số 98/2021/NĐ-CP ngày 08/11/2021 của Chính phủ về quản lý trang thiết bị y tế và "
        "các văn bản sửa đổi, bổ sung;",
    ),
    (
        "p",
        "Thực hiện Kế hoạch số 318/KH-UBND ngày 19/12/2025 của Ủy ban nhân dân thành phố Hải Phòng về cải "
        "cách thủ tục hành chính, cắt giảm, đơn giản hóa điều kiện kinh doanh trong lĩnh vực y tế năm 2026;",
    ),
    (
        "p",
        "Thực hiện Công văn số 3958/QLD-KD ngày 24/12/2025 của Cục Quản lý Dược, Bộ Y tế về việc báo cáo "
        "công tác quản lý kinh doanh dược năm 2025;",
    ),
    (
        "p",
        "Sở Y tế thành phố Hải Phòng báo cáo kết quả cấp phép kinh doanh dược, trang thiết bị y tế có điều "
        "kiện năm 2025 và nhiệm vụ năm 2026 như sau:",
    ),
    ("b", "I. KẾT QUẢ THỰC HIỆN NĂM 2025"),
    ("b", "1. Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược"),
    (
        "p",
        "Năm 2025, Sở Y tế tiếp nhận 1.428 hồ sơ đề nghị cấp mới, cấp lại, điều chỉnh Giấy chứng nhận đủ "
        "điều kiện kinh doanh dược; đã cấp 1.356 Giấy chứng nhận, từ chối cấp 41 hồ sơ do không đáp ứng điều "
        "kiện, 31 hồ sơ đang giải quyết chuyển sang năm 2026.",
    ),
    (
        "p",
        "Số Giấy chứng nhận đủ điều kiện kinh doanh dược được cấp qua các năm: năm 2023 là 1.047 Giấy chứng "
        "nhận, năm 2024 là 1.185 Giấy chứng nhận, năm 2025 là 1.356 Giấy chứng nhận (tăng 14,4% so với năm "
        "2024).",
    ),
    (
        "p",
        "Tính đến ngày 31/12/2025, trên địa bàn thành phố có 4.872 cơ sở kinh doanh dược đang hoạt động, gồm "
        "2.315 nhà thuốc, 2.186 quầy thuốc, 214 tủ thuốc của trạm y tế xã và 157 cơ sở bán buôn thuốc; trong "
        "đó khu vực phía Tây (địa bàn tỉnh Hải Dương cũ) có 2.031 cơ sở.",
    ),
    (
        "p",
        "Trong năm, Sở Y tế điều chỉnh địa chỉ trên Giấy chứng nhận cho 1.146 cơ sở do sắp xếp đơn vị hành "
        "chính cấp xã; các hồ sơ này được giải quyết trong không quá 05 ngày làm việc và không phải thẩm định "
        "thực tế tại cơ sở.",
    ),
    ("b", "2. Thẩm định, đánh giá cơ sở bán lẻ thuốc"),
    (
        "p",
        "Sở Y tế tổ chức thẩm định, đánh giá việc đáp ứng Thực hành tốt cơ sở bán lẻ thuốc (GPP) tại 1.964 "
        "cơ sở; 1.902 cơ sở đạt yêu cầu, 62 cơ sở phải khắc phục và đánh giá lại; thu hồi Giấy chứng nhận đủ "
        "điều kiện kinh doanh dược của 18 cơ sở.",
    ),
    (
        "p",
        "Từ tháng 4/2025, Sở Y tế áp dụng mô hình “Một lần thẩm định” đối với cơ sở bán lẻ thuốc: việc thẩm "
        "định cấp Giấy chứng nhận đủ điều kiện kinh doanh dược và việc đánh giá GPP được thực hiện trong cùng "
        "một đợt kiểm tra thực tế, cơ sở chỉ phải đón đoàn 01 lần; năm 2025 mô hình đã áp dụng cho 684 cơ sở.",
    ),
    (
        "p",
        "Sở duy trì 04 đoàn thẩm định, trong đó 01 đoàn đặt tại cơ sở 2 của Sở Y tế ở phường Thành Đông để "
        "phục vụ khu vực phía Tây; thời gian từ khi nhận đủ hồ sơ hợp lệ đến khi thẩm định thực tế trung bình "
        "là 11 ngày.",
    ),
    (
        "p",
        "Tỷ lệ cơ sở bán lẻ thuốc kết nối liên thông dữ liệu với Hệ thống cơ sở dữ liệu dược quốc gia đạt "
        "96,8%; còn 146 cơ sở chưa kết nối, chủ yếu là quầy thuốc ở các xã vùng nông thôn.",
    ),
    ("b", "3. Công bố đủ điều kiện mua bán trang thiết bị y tế"),
    (
        "p",
        "Năm 2025, Sở Y tế tiếp nhận 637 hồ sơ công bố đủ điều kiện mua bán trang thiết bị y tế thuộc loại B, "
        "C, D; 612 hồ sơ đã được đăng tải công khai trên Hệ thống quản lý trang thiết bị y tế, 25 hồ sơ phải "
        "bổ sung, hoàn thiện; tiếp nhận 143 hồ sơ công bố tiêu chuẩn áp dụng đối với trang thiết bị y tế loại A.",
    ),
    (
        "p",
        "Số hồ sơ công bố đủ điều kiện mua bán trang thiết bị y tế qua các năm: năm 2023 là 418 hồ sơ, năm "
        "2024 là 529 hồ sơ, năm 2025 là 637 hồ sơ. Lũy kế đến ngày 31/12/2025, trên địa bàn có 1.219 cơ sở "
        "đã công bố đủ điều kiện mua bán trang thiết bị y tế.",
    ),
    ("b", "4. Thanh tra, kiểm tra sau cấp phép"),
    (
        "p",
        "Sở Y tế chủ trì kiểm tra 286 cơ sở kinh doanh dược và 94 cơ sở mua bán trang thiết bị y tế; xử phạt "
        "vi phạm hành chính 47 cơ sở với tổng số tiền 1.382 triệu đồng. Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, "
        "thực phẩm thành phố lấy 1.150 mẫu thuốc, phát hiện 9 mẫu không đạt chất lượng.",
    ),
    ("b", "5. Thời gian giải quyết thủ tục hành chính"),
    (
        "p",
        "100% thủ tục hành chính lĩnh vực dược, trang thiết bị y tế được cung cấp dịch vụ công trực tuyến "
        "toàn trình, tiếp nhận tại Trung tâm Phục vụ hành chính công thành phố. Tỷ lệ hồ sơ nộp trực tuyến năm "
        "2025 đạt 93,4% (năm 2024 là 81,2%, năm 2023 là 64,5%).",
    ),
    (
        "p",
        "Thời gian giải quyết trung bình hồ sơ cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở bán "
        "lẻ là 17 ngày làm việc, rút ngắn 13 ngày so với thời hạn 30 ngày theo quy định; đối với cơ sở bán "
        "buôn là 24 ngày làm việc.",
    ),
    (
        "p",
        "Năm 2025 có 23 hồ sơ giải quyết quá hạn, chiếm 1,6% tổng số hồ sơ, chủ yếu do lỗi đồng bộ dữ liệu "
        "giữa phần mềm một cửa của thành phố và Hệ thống cơ sở dữ liệu dược quốc gia; Sở Y tế đã gửi thư xin "
        "lỗi tổ chức, cá nhân có hồ sơ quá hạn.",
    ),
    ("b", "6. Khó khăn, vướng mắc của doanh nghiệp"),
    (
        "p",
        "Qua Hội nghị đối thoại với doanh nghiệp dược, trang thiết bị y tế ngày 12/11/2025 và các kênh tiếp "
        "nhận khác, Sở Y tế tổng hợp 74 kiến nghị của doanh nghiệp, đã trả lời 69 kiến nghị; 05 kiến nghị "
        "thuộc thẩm quyền của Bộ Y tế đã được chuyển xin ý kiến. Các vướng mắc chủ yếu gồm:",
    ),
    (
        "p",
        "- Nhiều quầy thuốc ở các xã khu vực phía Tây khó tuyển dược sĩ phụ trách chuyên môn có trình độ phù "
        "hợp, nhất là khi người phụ trách chuyên môn nghỉ việc đột xuất;",
    ),
    (
        "p",
        "- Doanh nghiệp bán buôn thuốc chuyển kho vào khu công nghiệp phải đánh giá lại việc đáp ứng Thực hành "
        "tốt bảo quản thuốc (GSP), thời gian chờ đánh giá kéo dài;",
    ),
    (
        "p",
        "- Doanh nghiệp kinh doanh trang thiết bị y tế lúng túng trong việc phân loại trang thiết bị y tế, hồ "
        "sơ công bố phải bổ sung nhiều lần;",
    ),
    (
        "p",
        "- Phần mềm kết nối liên thông của một số cơ sở bán lẻ thuốc thường xuyên lỗi, chi phí thuê phần mềm "
        "cao so với quy mô của quầy thuốc.",
    ),
    ("b", "7. Hạn chế, nguyên nhân"),
    (
        "p",
        "Lực lượng công chức làm công tác thẩm định còn mỏng, Phòng Nghiệp vụ Dược có 09 công chức phải quản lý "
        "gần 4.900 cơ sở kinh doanh dược; dữ liệu cơ sở kinh doanh của hai địa phương trước hợp nhất chưa được "
        "chuẩn hóa đầy đủ; việc hậu kiểm cơ sở mua bán trang thiết bị y tế chưa thường xuyên.",
    ),
    ("b", "II. MỤC TIÊU NĂM 2026 VÀ ĐỊNH HƯỚNG NĂM 2027"),
    (
        "p",
        "- Tỷ lệ hồ sơ thủ tục hành chính lĩnh vực dược, trang thiết bị y tế nộp trực tuyến đạt từ 95% trở lên "
        "trong năm 2026 và từ 98% trở lên trong năm 2027;",
    ),
    (
        "p",
        "- Thời gian giải quyết trung bình hồ sơ cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở "
        "bán lẻ không quá 15 ngày làm việc; tỷ lệ hồ sơ giải quyết quá hạn dưới 0,5%;",
    ),
    (
        "p",
        "- 100% cơ sở bán lẻ thuốc kết nối liên thông với Hệ thống cơ sở dữ liệu dược quốc gia trước ngày "
        "30/6/2026;",
    ),
    (
        "p",
        "- Thẩm định, đánh giá GPP tại ít nhất 2.100 cơ sở bán lẻ thuốc; kiểm tra ít nhất 350 cơ sở mua bán "
        "trang thiết bị y tế;",
    ),
    ("b", "III. NHIỆM VỤ, GIẢI PHÁP NĂM 2026"),
    ("b", "1. Cắt giảm, đơn giản hóa thủ tục hành chính"),
    (
        "p",
        "- Phòng Nghiệp vụ Dược chủ trì rà soát quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực dược, "
        "đề xuất cắt giảm thời gian giải quyết từ 30 ngày xuống 15 ngày làm việc, trình Ủy ban nhân dân thành "
        "phố phê duyệt trước ngày 31/3/2026.",
    ),
    ("b", "2. Thẩm định cơ sở bán lẻ thuốc"),
    (
        "p",
        "- Công bố lịch thẩm định cố định vào thứ Ba và thứ Năm hằng tuần trên Cổng thông tin điện tử của Sở "
        "Y tế; cơ sở được chọn trước khung giờ thẩm định khi nộp hồ sơ trực tuyến.",
    ),
    (
        "p",
        "- Thành lập thêm 01 đoàn thẩm định đặt tại cơ sở 2 của Sở Y tế, nâng tổng số đoàn thẩm định lên 05 "
        "đoàn; hoàn thành trong quý I/2026.",
    ),
    ("b", "3. Quản lý trang thiết bị y tế"),
    (
        "p",
        "- Phòng Quản lý Trang thiết bị và Công trình y tế chủ trì biên soạn Sổ tay hướng dẫn phân loại trang "
        "thiết bị y tế và hồ sơ công bố đủ điều kiện mua bán, phát hành trước ngày 30/4/2026; tổ chức 02 lớp "
        "tập huấn cho doanh nghiệp trong tháng 5/2026.",
    ),
    (
        "p",
        "- Kiểm tra hậu kiểm ít nhất 350 cơ sở mua bán trang thiết bị y tế, ưu tiên cơ sở mua bán trang thiết "
        "bị y tế loại C, D và cơ sở có hồ sơ phải bổ sung nhiều lần.",
    ),
    ("b", "4. Hỗ trợ doanh nghiệp, người hành nghề"),
    (
        "p",
        "- Tổ chức Hội nghị đối thoại với doanh nghiệp dược, trang thiết bị y tế 02 lần trong năm, vào tháng "
        "6/2026 và tháng 11/2026.",
    ),
    (
        "p",
        "- Phối hợp với Trường Đại học Y Dược Hải Phòng và Trường Đại học Kỹ thuật Y tế Hải Dương giới thiệu "
        "dược sĩ cho các quầy thuốc thiếu người phụ trách chuyên môn; vận động các đơn vị cung cấp phần mềm "
        "cho quầy thuốc ở xã sử dụng miễn phí phần mềm kết nối liên thông trong 06 tháng đầu.",
    ),
    ("b", "5. Ứng dụng công nghệ thông tin"),
    (
        "p",
        "- Văn phòng Sở chủ trì việc nâng cấp phần mềm quản lý cơ sở kinh doanh dược, trang thiết bị y tế, đồng bộ "
        "dữ liệu với Hệ thống cơ sở dữ liệu dược quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính "
        "thành phố; hoàn thành trước ngày 30/9/2026.",
    ),
    ("b", "IV. KINH PHÍ THỰC HIỆN"),
    (
        "p",
        "Tổng kinh phí thực hiện các nhiệm vụ năm 2026 là 2.450 triệu đồng từ nguồn ngân sách thành phố giao "
        "cho Sở Y tế, gồm: nâng cấp phần mềm quản lý, đồng bộ dữ liệu 980 triệu đồng; thẩm định, kiểm tra hậu "
        "kiểm 720 triệu đồng; tập huấn, hội nghị đối thoại doanh nghiệp 450 triệu đồng; biên soạn sổ tay, "
        "tuyên truyền 300 triệu đồng.",
    ),
    ("b", "V. TỔ CHỨC THỰC HIỆN VÀ CHẾ ĐỘ BÁO CÁO"),
    ("b", "1. Phòng Nghiệp vụ Dược"),
    (
        "p",
        "Là đầu mối theo dõi, đôn đốc thực hiện; tổng hợp kết quả hằng quý báo cáo Giám đốc Sở trước ngày 15 "
        "của tháng cuối quý; tham mưu báo cáo Ủy ban nhân dân thành phố kết quả 6 tháng trước ngày 20/6/2026 "
        "và kết quả năm trước ngày 15/12/2026; báo cáo Cục Quản lý Dược trước ngày 25/12/2026.",
    ),
    ("b", "2. Phòng Quản lý Trang thiết bị và Công trình y tế"),
    (
        "p",
        "Theo dõi hồ sơ công bố đủ điều kiện mua bán trang thiết bị y tế; gửi số liệu hằng tháng về Phòng "
        "Nghiệp vụ Dược trước ngày 05 của tháng sau.",
    ),
    ("b", "3. Văn phòng Sở"),
    (
        "p",
        "Bảo đảm hạ tầng công nghệ thông tin, nâng cấp phần mềm; thống kê tỷ lệ hồ sơ trực tuyến, hồ sơ quá "
        "hạn, công khai trên Cổng thông tin điện tử của Sở Y tế trước ngày 10 hằng tháng.",
    ),
    ("b", "4. Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm thành phố"),
    (
        "p",
        "Lấy mẫu, kiểm nghiệm ít nhất 1.200 mẫu thuốc lưu hành trên địa bàn trong năm 2026, tập trung vào "
        "thuốc bán tại quầy thuốc, tủ thuốc ở xã; báo cáo kết quả về Sở Y tế trước ngày 25 hằng tháng.",
    ),
    ("b", "5. Đề nghị Ủy ban nhân dân các xã, phường, đặc khu"),
    (
        "p",
        "Phối hợp kiểm tra cơ sở bán lẻ thuốc trên địa bàn, tuyên truyền người dân không mua thuốc kê đơn khi "
        "không có đơn thuốc; báo cáo kết quả phối hợp về Sở Y tế trước ngày 10/6/2026 và ngày 10/11/2026.",
    ),
    ("b", "6. Đề nghị Công an thành phố"),
    (
        "p",
        "Chỉ đạo Phòng Cảnh sát kinh tế phối hợp với Sở Y tế đấu tranh, xử lý hành vi kinh doanh thuốc giả, "
        "thuốc không rõ nguồn gốc, trang thiết bị y tế nhập lậu, nhất là trên môi trường thương mại điện tử.",
    ),
    ("b", "VI. KIẾN NGHỊ"),
    (
        "p",
        "1. Đề nghị Bộ Y tế sớm ban hành hướng dẫn thống nhất về phân loại trang thiết bị y tế và nâng cấp Hệ "
        "thống cơ sở dữ liệu dược quốc gia để giảm lỗi đồng bộ dữ liệu.",
    ),
    (
        "p",
        "2. Đề nghị Ủy ban nhân dân thành phố bổ sung 04 biên chế công chức cho Phòng Nghiệp vụ Dược và cho "
        "phép Sở Y tế thí điểm thẩm định từ xa bằng hình ảnh trực tuyến đối với hồ sơ điều chỉnh nội dung Giấy "
        "chứng nhận.",
    ),
    (
        "p",
        "Trên đây là báo cáo kết quả cấp phép kinh doanh dược, trang thiết bị y tế có điều kiện năm 2025 và "
        "nhiệm vụ năm 2026 của Sở Y tế thành phố Hải Phòng./.",
    ),
]

CLOSING = [
    [
        [
            "Nơi nhận:",
            "- Bộ Y tế (Cục Quản lý Dược) (để b/c);",
            "- UBND thành phố (để b/c);",
            "- Văn phòng UBND thành phố;",
            "- Sở Khoa học và Công nghệ;",
            "- Công an thành phố;",
            "- UBND các xã, phường, đặc khu;",
            "- Giám đốc, các PGĐ Sở;",
            "- Các phòng, đơn vị thuộc Sở;",
            "- Lưu: VT, NVD.",
        ],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Lương Đức Thắng"],
    ],
]

APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ CẤP PHÉP, HẬU KIỂM KINH DOANH DƯỢC, TRANG THIẾT BỊ Y TẾ NĂM 2026",
    "(Kèm theo Báo cáo số 129/BC-SYT ngày 21/01/2026 của Sở Y tế thành phố Hải Phòng)",
]

TASKS = [
    [
        "1",
        "Rà soát quy trình nội bộ, đề xuất cắt giảm thời gian giải quyết thủ tục hành chính lĩnh vực dược",
        "Phòng Nghiệp vụ Dược",
        "Văn phòng Sở; Trung tâm Phục vụ hành chính công thành phố",
        "Trước ngày 31/3/2026",
    ],
    [
        "2",
        "Thành lập thêm 01 đoàn thẩm định tại cơ sở 2 của Sở Y tế (phường Thành Đông)",
        "Phòng Nghiệp vụ Dược",
        "Văn phòng Sở",
        "Quý I/2026",
    ],
    [
        "3",
        "Kết nối liên thông 100% cơ sở bán lẻ thuốc với Hệ thống cơ sở dữ liệu dược quốc gia",
        "Phòng Nghiệp vụ Dược",
        "UBND các xã, phường, đặc khu; các đơn vị cung cấp phần mềm",
        "Trước ngày 30/6/2026",
    ],
    [
        "4",
        "Mở rộng mô hình “Một lần thẩm định” cho cơ sở bán buôn thuốc",
        "Phòng Nghiệp vụ Dược",
        "Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm thành phố",
        "Từ ngày 01/7/2026",
    ],
    [
        "5",
        "Biên soạn, phát hành Sổ tay hướng dẫn phân loại trang thiết bị y tế",
        "Phòng Quản lý Trang thiết bị và Công trình y tế",
        "Hiệp hội Doanh nghiệp thành phố",
        "Trước ngày 30/4/2026",
    ],
    [
        "6",
        "Kiểm tra hậu kiểm ít nhất 350 cơ sở mua bán trang thiết bị y tế",
        "Phòng Quản lý Trang thiết bị và Công trình y tế",
        "Công an thành phố; UBND các xã, phường, đặc khu",
        "Trước ngày 30/11/2026",
    ],
    [
        "7",
        "Lấy mẫu, kiểm nghiệm ít nhất 1.200 mẫu thuốc lưu hành trên địa bàn",
        "Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm thành phố",
        "Phòng Nghiệp vụ Dược",
        "Trong năm 2026; báo cáo trước ngày 25 hằng tháng",
    ],
    [
        "8",
        "Hội nghị đối thoại với doanh nghiệp dược, trang thiết bị y tế",
        "Phòng Nghiệp vụ Dược",
        "Phòng Quản lý Trang thiết bị và Công trình y tế; Hiệp hội Doanh nghiệp thành phố",
        "Tháng 6/2026 và tháng 11/2026",
    ],
    [
        "9",
        "Nâng cấp phần mềm quản lý cơ sở kinh doanh dược, trang thiết bị y tế; đồng bộ dữ liệu",
        "Văn phòng Sở",
        "Sở Khoa học và Công nghệ; Phòng Nghiệp vụ Dược",
        "Trước ngày 30/9/2026",
    ],
    [
        "10",
        "Giới thiệu dược sĩ cho quầy thuốc thiếu người phụ trách chuyên môn",
        "Phòng Nghiệp vụ Dược",
        "Trường Đại học Y Dược Hải Phòng; Trường Đại học Kỹ thuật Y tế Hải Dương",
        "Trong năm 2026",
    ],
    [
        "11",
        "Báo cáo Ủy ban nhân dân thành phố kết quả 6 tháng và năm",
        "Phòng Nghiệp vụ Dược",
        "Các phòng, đơn vị thuộc Sở",
        "Trước ngày 20/6/2026 và ngày 15/12/2026",
    ],
]

FIXED_TIME = dt.datetime(2026, 1, 21, 8, 0, 0)


SPEC = spec_from(
    globals(),
    author="Sở Y tế thành phố Hải Phòng (tài liệu tổng hợp để đánh giá)",
    label="Báo cáo 129/BC-SYT (tài liệu đánh giá tổng hợp)",
    comments="Synthetic evaluation document - not a real report.",
    made_by="eval/newdoc/make_docx_o.py",
)


build, main = entry_points(SPEC)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

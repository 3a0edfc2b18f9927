#!/usr/bin/env python3
# ruff: noqa: E501  (the document text is data: long Vietnamese lines are kept whole)
"""Write the synthetic evaluation document kh_74_cat_hai_du_lich_bien_2026.docx (python-docx, deterministic).

SYNTHETIC EVALUATION DOCUMENT — NOT A REAL PLAN. Đặc khu Cát Hải, vịnh Lan Hạ, the places on Cát Bà
island and the city agencies (Sở Văn hóa, Thể thao và Du lịch, Sở Y tế, Sở Xây dựng, Sở Nông nghiệp và
Môi trường, Công an thành phố, Cảng vụ Hàng hải Hải Phòng, Vườn quốc gia Cát Bà, Thuế thành phố Hải
Phòng) exist, but the plan itself, its number (74/KH-UBND), the city plan it implements (298/KH-UBND
ngày 19/12/2025), the resolution of the đặc khu People's Council (12/NQ-HĐND), the "Quầy liên thông giấy
phép kinh doanh có điều kiện", the "Bến đồng hành" model and its working group, the mobile desk at the
Cái Viềng pier, every figure (visitors, revenue, businesses, homestays, boats, restaurants), target,
deadline, assignment, the budget and the signer's name are invented, so that the assistant can be
measured on a document it has never seen, ingested as .docx. This set ("p") is reserved for the final
measurement.

It is a "Kế hoạch" of the đặc khu People's Committee on supporting tourism and marine-service businesses
and household businesses (homestay, tàu du lịch, dịch vụ lặn biển, nhà hàng hải sản) in 2026-2027:
2024-2025 baseline figures, targets for 2026 and 2027, a one-stop desk for conditional business licences
(an toàn thực phẩm, phòng cháy chữa cháy, kinh doanh lưu trú), a business-care model, tasks for its
offices and requests to city departments, the budget, the reporting regime and an appendix task table.
The layout is the one shared by the other sets (docx_layout.py): the header ("ỦY BAN NHÂN DÂN / ĐẶC KHU
CÁT HẢI", "Số: …/KH-UBND", place and date) and the closing ("Nơi nhận:" beside the signature block) are
two-column borderless Word tables, the body is plain paragraphs with bold section lines (no Heading
styles), and the appendix of tasks is a real Word table on a landscape page.

    python3 eval/newdoc/make_docx_p.py [OUT_PATH] [--plain-layout]
        # default OUT_PATH: <tmp>/trolyao-newdoc/kh_74_cat_hai_du_lich_bien_2026.docx
        # --plain-layout: ablation, header and closing as plain paragraphs instead of tables

Same input, byte-identical output (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_layout import NATIONAL_MOTTO, entry_points, spec_from

DOC_NAME = "kh_74_cat_hai_du_lich_bien_2026.docx"

# --- the document, as data -------------------------------------------------------------------------
# Header and closing are tables of cells; each cell is a list of lines (one Word paragraph each).
HEADER = [
    [
        ["ỦY BAN NHÂN DÂN", "ĐẶC KHU CÁT HẢI"],
        NATIONAL_MOTTO,
    ],
    [["Số: 74/KH-UBND"], ["Cát Hải, ngày 11 tháng 02 năm 2026"]],
]

TITLE = [
    "KẾ HOẠCH",
    "Hỗ trợ doanh nghiệp, hộ kinh doanh du lịch và dịch vụ biển",
    "trên địa bàn đặc khu Cát Hải giai đoạn 2026 - 2027",
]

# ("b", text) bold section line; ("p", text) body paragraph
BODY: list[tuple[str, str]] = [
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("p", "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;"),
    (
        "p",
        "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 26/12/2025 của Hội đồng nhân dân đặc khu Cát Hải về dự toán "
        "thu, chi ngân sách đặc khu năm 2026;",
    ),
    (
        "p",
        "Thực hiện Kế hoạch số 298/KH-UBND ngày 19/12/2025 của Ủy ban nhân dân thành phố Hải Phòng về hỗ trợ "
        "doanh nghiệp, hộ kinh doanh du lịch biển, đảo giai đoạn 2026 - 2027;",
    ),
    (
        "p",
        "Ủy ban nhân dân đặc khu Cát Hải ban hành Kế hoạch hỗ trợ doanh nghiệp, hộ kinh doanh du lịch và "
        "dịch vụ biển (homestay, tàu du lịch, dịch vụ lặn biển, nhà hàng hải sản) trên địa bàn đặc khu giai "
        "đoạn 2026 - 2027 như sau:",
    ),
    ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("b", "1. Mục đích"),
    (
        "p",
        "Tạo môi trường kinh doanh thuận lợi, minh bạch cho doanh nghiệp, hộ kinh doanh du lịch và dịch vụ "
        "biển; rút ngắn thời gian cấp giấy phép kinh doanh có điều kiện; nâng cao chất lượng dịch vụ, bảo "
        "đảm an toàn cho du khách và giữ gìn môi trường biển, vịnh Lan Hạ.",
    ),
    ("b", "2. Yêu cầu"),
    (
        "p",
        "Các nhiệm vụ phải cụ thể, có cơ quan chủ trì và thời hạn hoàn thành; việc hỗ trợ phải công khai, "
        "đúng đối tượng, không làm phát sinh thủ tục; cán bộ, công chức tiếp nhận phản ánh của doanh nghiệp "
        "theo phương châm “đúng hẹn - tận tình - không để doanh nghiệp đi lại nhiều lần”.",
    ),
    ("b", "II. TÌNH HÌNH DOANH NGHIỆP, HỘ KINH DOANH DU LỊCH VÀ DỊCH VỤ BIỂN GIAI ĐOẠN 2024 - 2025"),
    ("b", "1. Kết quả đạt được"),
    (
        "p",
        "- Lượng khách đến đặc khu năm 2024 đạt 2,86 triệu lượt, năm 2025 đạt 3,24 triệu lượt (tăng 13,3%); "
        "trong đó khách quốc tế năm 2024 đạt 612 nghìn lượt, năm 2025 đạt 705 nghìn lượt.",
    ),
    (
        "p",
        "- Tổng thu từ du lịch năm 2024 đạt 4.180 tỷ đồng, năm 2025 đạt 4.935 tỷ đồng (tăng 18,1%).",
    ),
    (
        "p",
        "- Tính đến ngày 31/12/2025, trên địa bàn đặc khu có 347 doanh nghiệp kinh doanh du lịch và dịch vụ "
        "biển (năm 2024 là 318 doanh nghiệp) và 1.426 hộ kinh doanh, thu hút 11.450 lao động thường xuyên.",
    ),
    (
        "p",
        "- Toàn đặc khu có 486 cơ sở lưu trú với 9.870 buồng, trong đó 214 homestay do hộ gia đình kinh "
        "doanh; 263 tàu du lịch đang hoạt động, trong đó 41 tàu lưu trú qua đêm trên vịnh Lan Hạ; 9 cơ sở "
        "kinh doanh dịch vụ lặn biển (năm 2024 có 6 cơ sở); 176 nhà hàng hải sản, trong đó 118 nhà hàng đã "
        "được cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.",
    ),
    (
        "p",
        "- Năm 2025, Trung tâm Phục vụ hành chính công đặc khu tiếp nhận 1.238 hồ sơ giấy phép kinh doanh có "
        "điều kiện của doanh nghiệp, hộ kinh doanh du lịch; thời gian giải quyết bình quân 14,5 ngày làm "
        "việc/hồ sơ; tỷ lệ hồ sơ nộp trực tuyến đạt 46,8%.",
    ),
    (
        "p",
        "- Lực lượng chức năng kiểm tra phòng cháy, chữa cháy tại 312 cơ sở lưu trú, phát hiện 71 cơ sở chưa "
        "bảo đảm điều kiện; kiểm tra an toàn thực phẩm tại 134 nhà hàng, xử phạt 19 cơ sở vi phạm.",
    ),
    ("b", "2. Tồn tại, hạn chế"),
    (
        "p",
        "Nhiều homestay cải tạo từ nhà ở, lối thoát nạn hẹp, chưa trang bị đủ phương tiện chữa cháy; hộ kinh "
        "doanh phải nộp hồ sơ tại nhiều nơi, đi lại giữa đảo Cát Bà và đất liền tốn kém; một số tàu du lịch "
        "chưa cập nhật đăng kiểm, trang thiết bị cứu sinh; hoạt động lặn biển ngắm san hô chưa có quy chế "
        "quản lý riêng; tình trạng nâng giá hải sản vẫn bị du khách phản ánh vào mùa cao điểm.",
    ),
    ("b", "III. MỤC TIÊU"),
    ("b", "1. Mục tiêu năm 2026"),
    (
        "p",
        "- Đón 3,6 triệu lượt khách, trong đó 800 nghìn lượt khách quốc tế; tổng thu từ du lịch đạt 5.600 "
        "tỷ đồng;",
    ),
    (
        "p",
        "- Số doanh nghiệp kinh doanh du lịch và dịch vụ biển đạt ít nhất 375 doanh nghiệp; hỗ trợ 25 hộ kinh "
        "doanh chuyển đổi lên doanh nghiệp;",
    ),
    (
        "p",
        "- 85% nhà hàng hải sản có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm; 100% homestay, cơ sở "
        "lưu trú được kiểm tra phòng cháy, chữa cháy;",
    ),
    (
        "p",
        "- Thời gian giải quyết giấy phép kinh doanh có điều kiện bình quân không quá 7 ngày làm việc; tỷ lệ "
        "hồ sơ nộp trực tuyến đạt từ 80% trở lên.",
    ),
    ("b", "2. Mục tiêu năm 2027"),
    (
        "p",
        "- Đón 4 triệu lượt khách, trong đó 950 nghìn lượt khách quốc tế; tổng thu từ du lịch đạt 6.400 tỷ "
        "đồng;",
    ),
    (
        "p",
        "- Số doanh nghiệp kinh doanh du lịch và dịch vụ biển đạt ít nhất 400 doanh nghiệp; hỗ trợ 40 hộ kinh "
        "doanh chuyển đổi lên doanh nghiệp;",
    ),
    (
        "p",
        "- 100% nhà hàng hải sản có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm; 100% tàu du lịch "
        "lắp thiết bị giám sát hành trình và kết nối phần mềm quản lý tàu du lịch của đặc khu;",
    ),
    (
        "p",
        "- Thời gian giải quyết giấy phép kinh doanh có điều kiện bình quân không quá 5 ngày làm việc; tỷ lệ "
        "hồ sơ nộp trực tuyến đạt từ 95% trở lên.",
    ),
    ("b", "IV. NHIỆM VỤ, GIẢI PHÁP"),
    ("b", "1. Quầy liên thông giấy phép kinh doanh có điều kiện"),
    (
        "p",
        "- Bố trí Quầy liên thông giấy phép kinh doanh có điều kiện tại Trung tâm Phục vụ hành chính công "
        "đặc khu, hoạt động từ ngày 02/3/2026, tiếp nhận tại một nơi hồ sơ đề nghị cấp giấy chứng nhận cơ sở "
        "đủ điều kiện an toàn thực phẩm, hồ sơ thẩm duyệt, nghiệm thu về phòng cháy, chữa cháy và hồ sơ kinh "
        "doanh lưu trú (homestay, nhà nghỉ du lịch) của doanh nghiệp, hộ kinh doanh; trả kết quả tại chỗ "
        "hoặc qua dịch vụ bưu chính công ích.",
    ),
    (
        "p",
        "- Trong mùa cao điểm du lịch (từ tháng 4 đến tháng 9), tổ tiếp nhận lưu động làm việc tại khu vực "
        "bến tàu Cái Viềng vào sáng thứ Bảy hằng tuần.",
    ),
    (
        "p",
        "- Công khai danh mục thủ tục, thành phần hồ sơ, thời hạn giải quyết tại Quầy liên thông và trên "
        "Trang thông tin điện tử đặc khu trước ngày 25/02/2026.",
    ),
    ("b", "2. Mô hình “Bến đồng hành” chăm sóc doanh nghiệp"),
    (
        "p",
        "- Mô hình “Bến đồng hành” được thực hiện từ ngày 16/3/2026: mỗi doanh nghiệp, hộ kinh doanh du lịch "
        "và dịch vụ biển được phân công 01 cán bộ đầu mối theo dõi; kiến nghị, vướng mắc được cán bộ đầu mối "
        "tiếp nhận và phản hồi trong thời hạn 03 ngày làm việc; vướng mắc vượt thẩm quyền được chuyển Tổ công "
        "tác “Bến đồng hành” xem xét, trả lời trong 07 ngày làm việc.",
    ),
    (
        "p",
        "- Tổ công tác “Bến đồng hành” do 01 Phó Chủ tịch Ủy ban nhân dân đặc khu làm tổ trưởng, Trưởng phòng "
        "Kinh tế, Hạ tầng và Đô thị làm tổ phó thường trực; thành viên gồm đại diện Phòng Văn hóa - Xã hội, "
        "Công an đặc khu, Trung tâm Phục vụ hành chính công đặc khu và 03 doanh nghiệp du lịch tiêu biểu.",
    ),
    (
        "p",
        "- Tổ chức Hội nghị đối thoại doanh nghiệp du lịch và dịch vụ biển 02 lần mỗi năm, vào tháng 4 "
        "(trước mùa cao điểm) và tháng 10 (sau mùa cao điểm).",
    ),
    ("b", "3. An toàn thực phẩm, văn minh thương mại tại nhà hàng hải sản"),
    (
        "p",
        "- Kiểm tra an toàn thực phẩm, niêm yết giá tại 100% nhà hàng hải sản trước mùa du lịch, hoàn thành "
        "trước ngày 20/4/2026; tổ chức 04 lớp tập huấn kiến thức an toàn thực phẩm cho chủ cơ sở và người "
        "chế biến trong quý II/2026.",
    ),
    (
        "p",
        "- Vận động nhà hàng hải sản ký cam kết “Giá niêm yết - Cân đúng - Hải sản rõ nguồn gốc”; công khai "
        "danh sách nhà hàng đã ký cam kết trên Trang thông tin điện tử đặc khu.",
    ),
    ("b", "4. Phòng cháy, chữa cháy tại homestay, cơ sở lưu trú"),
    (
        "p",
        "- Kiểm tra 100% homestay, cơ sở lưu trú về phòng cháy, chữa cháy, hoàn thành trước ngày 31/5/2026; "
        "hướng dẫn hộ kinh doanh bổ sung lối thoát nạn thứ hai, thang dây thoát hiểm, bình chữa cháy; cơ sở "
        "không khắc phục sau 60 ngày bị đưa vào danh sách công khai.",
    ),
    ("b", "5. Quản lý tàu du lịch và dịch vụ lặn biển"),
    (
        "p",
        "- Rà soát toàn bộ 263 tàu du lịch về đăng ký, đăng kiểm, trang thiết bị cứu sinh và thuyền viên, "
        "hoàn thành trước ngày 31/3/2026; đưa phần mềm quản lý tàu du lịch của đặc khu vào vận hành từ ngày "
        "01/6/2026.",
    ),
    (
        "p",
        "- Xây dựng Quy chế quản lý hoạt động lặn biển ngắm san hô tại vịnh Lan Hạ và vùng biển Cát Bà, quy "
        "định khu vực được lặn, số khách tối đa cho mỗi hướng dẫn viên và yêu cầu chứng chỉ lặn; trình Ủy ban "
        "nhân dân đặc khu ban hành trước ngày 30/6/2026.",
    ),
    ("b", "6. Chuyển đổi hộ kinh doanh, đào tạo nguồn nhân lực"),
    (
        "p",
        "- Hướng dẫn hộ kinh doanh homestay, nhà hàng, tàu du lịch có quy mô lớn chuyển đổi lên doanh nghiệp; "
        "hỗ trợ miễn phí thủ tục thành lập doanh nghiệp, tư vấn kế toán, hóa đơn điện tử trong năm đầu hoạt "
        "động.",
    ),
    (
        "p",
        "- Tổ chức 06 lớp bồi dưỡng ngoại ngữ giao tiếp, kỹ năng phục vụ và cứu hộ, cứu nạn trên biển cho "
        "450 lượt người lao động mỗi năm, thực hiện trong quý I và quý II hằng năm.",
    ),
    ("b", "7. Xúc tiến, quảng bá"),
    (
        "p",
        "- Xây dựng bản đồ số dịch vụ du lịch đặc khu Cát Hải, tích hợp vị trí homestay, nhà hàng, bến tàu, "
        "điểm lặn đã được cấp phép; hoàn thành trước ngày 30/4/2026.",
    ),
    ("b", "V. KINH PHÍ THỰC HIỆN"),
    (
        "p",
        "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2027 là 6.850 triệu đồng từ ngân sách đặc khu, "
        "trong đó năm 2026 là 3.720 triệu đồng, năm 2027 là 3.130 triệu đồng; ngoài ra huy động nguồn xã hội "
        "hóa từ doanh nghiệp và các nguồn hợp pháp khác.",
    ),
    (
        "p",
        "Kinh phí năm 2026 gồm: vận hành Quầy liên thông và phần mềm quản lý tàu du lịch 980 triệu đồng; đào "
        "tạo, bồi dưỡng người lao động 1.150 triệu đồng; kiểm tra an toàn thực phẩm, phòng cháy, chữa cháy "
        "640 triệu đồng; xúc tiến, quảng bá, đối thoại doanh nghiệp 950 triệu đồng.",
    ),
    ("b", "VI. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Phòng Kinh tế, Hạ tầng và Đô thị"),
    (
        "p",
        "Là cơ quan thường trực, tham mưu Ủy ban nhân dân đặc khu tổ chức thực hiện Kế hoạch; chủ trì quản lý "
        "tàu du lịch, dịch vụ lặn biển, hỗ trợ chuyển đổi hộ kinh doanh lên doanh nghiệp; lập dự toán kinh "
        "phí hằng năm; tổng hợp, báo cáo kết quả thực hiện.",
    ),
    ("b", "2. Phòng Văn hóa - Xã hội"),
    (
        "p",
        "Chủ trì kiểm tra an toàn thực phẩm tại nhà hàng hải sản, tập huấn kiến thức an toàn thực phẩm; tổ "
        "chức các lớp bồi dưỡng người lao động du lịch; xây dựng bản đồ số dịch vụ du lịch.",
    ),
    ("b", "3. Công an đặc khu"),
    (
        "p",
        "Chủ trì kiểm tra phòng cháy, chữa cháy tại homestay, cơ sở lưu trú; hướng dẫn cơ sở lưu trú khai "
        "báo tạm trú cho khách; bảo đảm an ninh, trật tự tại các bến tàu du lịch.",
    ),
    ("b", "4. Trung tâm Phục vụ hành chính công đặc khu"),
    (
        "p",
        "Vận hành Quầy liên thông giấy phép kinh doanh có điều kiện và tổ tiếp nhận lưu động; thống kê số hồ "
        "sơ, thời gian giải quyết, gửi Phòng Kinh tế, Hạ tầng và Đô thị trước ngày 05 hằng tháng.",
    ),
    ("b", "5. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân đặc khu"),
    (
        "p",
        "Bảo đảm điều kiện hoạt động của Tổ công tác “Bến đồng hành”; chủ trì việc tổ chức Hội nghị đối thoại "
        "doanh nghiệp; cập nhật thông tin về Kế hoạch trên Trang thông tin điện tử đặc khu.",
    ),
    ("b", "6. Đề nghị các sở, ngành thành phố"),
    (
        "p",
        "- Sở Văn hóa, Thể thao và Du lịch hướng dẫn tiêu chuẩn homestay đạt chuẩn phục vụ khách du lịch; hỗ "
        "trợ đặc khu quảng bá sản phẩm du lịch vịnh Lan Hạ tại các hội chợ du lịch trong nước và quốc tế.",
    ),
    (
        "p",
        "- Sở Y tế hướng dẫn chuyên môn về cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm cho nhà "
        "hàng hải sản; cử giảng viên tham gia các lớp tập huấn.",
    ),
    (
        "p",
        "- Công an thành phố (Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ) hỗ trợ lực lượng, "
        "chuyên môn kiểm tra phòng cháy, chữa cháy tại cơ sở lưu trú trên đảo.",
    ),
    (
        "p",
        "- Sở Xây dựng và Cảng vụ Hàng hải Hải Phòng phối hợp rà soát tàu du lịch, quản lý các bến thủy nội "
        "địa phục vụ du lịch.",
    ),
    (
        "p",
        "- Sở Nông nghiệp và Môi trường và Vườn quốc gia Cát Bà phối hợp xây dựng Quy chế quản lý hoạt động "
        "lặn biển ngắm san hô, khoanh vùng bảo vệ rạn san hô.",
    ),
    ("b", "VII. CHẾ ĐỘ BÁO CÁO"),
    (
        "p",
        "Các cơ quan, đơn vị được giao nhiệm vụ báo cáo định kỳ hằng quý trước ngày 15 của tháng cuối quý, "
        "báo cáo năm trước ngày 25 tháng 11, gửi về Phòng Kinh tế, Hạ tầng và Đô thị để tổng hợp.",
    ),
    (
        "p",
        "Ủy ban nhân dân đặc khu báo cáo Ủy ban nhân dân thành phố (qua Sở Văn hóa, Thể thao và Du lịch) kết "
        "quả 6 tháng trước ngày 20 tháng 6 và kết quả năm trước ngày 05 tháng 12 hằng năm; sơ kết 01 năm thực "
        "hiện Kế hoạch trong tháng 12/2026, tổng kết Kế hoạch trong tháng 11/2027.",
    ),
    (
        "p",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, doanh nghiệp phản ánh "
        "về Ủy ban nhân dân đặc khu (qua Phòng Kinh tế, Hạ tầng và Đô thị) để xem xét, giải quyết./.",
    ),
]

CLOSING = [
    [
        [
            "Nơi nhận:",
            "- UBND thành phố (để b/c);",
            "- Sở Văn hóa, Thể thao và Du lịch;",
            "- Sở Y tế; Sở Xây dựng;",
            "- Sở Nông nghiệp và Môi trường;",
            "- Công an thành phố;",
            "- Cảng vụ Hàng hải Hải Phòng;",
            "- Vườn quốc gia Cát Bà;",
            "- TT Đảng ủy, TT HĐND đặc khu;",
            "- Chủ tịch, các PCT UBND đặc khu;",
            "- Các phòng, đơn vị thuộc UBND đặc khu;",
            "- Lưu: VT, KTHTĐT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Nguyễn Hữu Khiêm"],
    ],
]

APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ HỖ TRỢ DOANH NGHIỆP, HỘ KINH DOANH DU LỊCH VÀ DỊCH VỤ BIỂN GIAI ĐOẠN 2026 - 2027",
    "(Kèm theo Kế hoạch số 74/KH-UBND ngày 11/02/2026 của Ủy ban nhân dân đặc khu Cát Hải)",
]

TASKS = [
    [
        "1",
        "Bố trí, vận hành Quầy liên thông giấy phép kinh doanh có điều kiện",
        "Trung tâm Phục vụ hành chính công đặc khu",
        "Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội; Công an đặc khu",
        "Từ ngày 02/3/2026",
    ],
    [
        "2",
        "Tổ tiếp nhận lưu động tại bến tàu Cái Viềng",
        "Trung tâm Phục vụ hành chính công đặc khu",
        "Công an đặc khu",
        "Sáng thứ Bảy hằng tuần, từ tháng 4 đến tháng 9",
    ],
    [
        "3",
        "Triển khai mô hình “Bến đồng hành”, phân công cán bộ đầu mối",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân đặc khu; các phòng, đơn vị thuộc Ủy ban nhân dân đặc khu",
        "Từ ngày 16/3/2026",
    ],
    [
        "4",
        "Hội nghị đối thoại doanh nghiệp du lịch và dịch vụ biển",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân đặc khu",
        "Phòng Kinh tế, Hạ tầng và Đô thị; Sở Văn hóa, Thể thao và Du lịch",
        "Tháng 4 và tháng 10 hằng năm",
    ],
    [
        "5",
        "Kiểm tra an toàn thực phẩm, niêm yết giá tại nhà hàng hải sản",
        "Phòng Văn hóa - Xã hội",
        "Trạm Y tế đặc khu; Công an đặc khu; Sở Y tế",
        "Trước ngày 20/4/2026",
    ],
    [
        "6",
        "Tập huấn kiến thức an toàn thực phẩm (04 lớp)",
        "Phòng Văn hóa - Xã hội",
        "Sở Y tế; Trạm Y tế đặc khu",
        "Quý II/2026",
    ],
    [
        "7",
        "Kiểm tra phòng cháy, chữa cháy 100% homestay, cơ sở lưu trú",
        "Công an đặc khu",
        "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ - Công an thành phố; Phòng Kinh tế, Hạ tầng và Đô thị",
        "Trước ngày 31/5/2026",
    ],
    [
        "8",
        "Rà soát đăng ký, đăng kiểm, trang thiết bị cứu sinh của 263 tàu du lịch",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Sở Xây dựng; Cảng vụ Hàng hải Hải Phòng; Công an đặc khu",
        "Trước ngày 31/3/2026",
    ],
    [
        "9",
        "Xây dựng Quy chế quản lý hoạt động lặn biển ngắm san hô",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Sở Nông nghiệp và Môi trường; Vườn quốc gia Cát Bà",
        "Trước ngày 30/6/2026",
    ],
    [
        "10",
        "Hỗ trợ hộ kinh doanh chuyển đổi lên doanh nghiệp (25 hộ năm 2026, 40 hộ năm 2027)",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Thuế thành phố Hải Phòng; Trung tâm Phục vụ hành chính công đặc khu",
        "Tháng 12/2026 và tháng 12/2027",
    ],
    [
        "11",
        "Bồi dưỡng ngoại ngữ, kỹ năng phục vụ, cứu hộ trên biển (06 lớp/năm)",
        "Phòng Văn hóa - Xã hội",
        "Sở Văn hóa, Thể thao và Du lịch; các doanh nghiệp du lịch",
        "Quý I và quý II hằng năm",
    ],
    [
        "12",
        "Xây dựng bản đồ số dịch vụ du lịch đặc khu Cát Hải",
        "Phòng Văn hóa - Xã hội",
        "Phòng Kinh tế, Hạ tầng và Đô thị; Trung tâm Phục vụ hành chính công đặc khu",
        "Trước ngày 30/4/2026",
    ],
]

FIXED_TIME = dt.datetime(2026, 2, 11, 8, 0, 0)


SPEC = spec_from(
    globals(),
    author="Ủy ban nhân dân đặc khu Cát Hải (tài liệu tổng hợp để đánh giá)",
    label="Kế hoạch 74/KH-UBND (tài liệu đánh giá tổng hợp)",
    comments="Synthetic evaluation document - not a real plan.",
    made_by="eval/newdoc/make_docx_p.py",
)


build, main = entry_points(SPEC)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

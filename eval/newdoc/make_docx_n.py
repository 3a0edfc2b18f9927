#!/usr/bin/env python3
# ruff: noqa: E501  (the document text is data: long Vietnamese lines are kept whole)
"""Write the synthetic evaluation document qd_247_do_son_kinh_te_dem_2026.docx (python-docx, deterministic).

SYNTHETIC EVALUATION DOCUMENT — NOT A REAL DECISION. Phường Đồ Sơn, the city agencies (Sở Văn hóa, Thể
thao và Du lịch, Sở Công Thương, Thuế thành phố Hải Phòng) and the ward's offices exist, and the first
"Căn cứ" line names the Law on the Organisation of Local Government, but the decision itself, its number
(247/QĐ-UBND), the city plan it implements (31/KH-UBND ngày 16/01/2026), the letter of Sở Văn hóa, Thể
thao và Du lịch (58/SVHTTDL-QLDL), the submission (19/TTr-KTHTĐT), the "Phố đêm biển Đồ Sơn" model, the
"Tuần lễ ẩm thực biển Đồ Sơn", every figure, target, deadline, assignment, the budget and the signer's
name are invented, so that the assistant can be measured on a document it has never seen, ingested as
.docx. This set ("n") is reserved for the final measurement.

It is a ward People's Committee "Quyết định" that issues, attached to it, a plan on developing the
night-time economy and tourism services for household businesses and small enterprises in 2026-2027:
the decision (Điều 1 issues the plan, Điều 2 entry into force, Điều 3 who executes it), then the plan
("KẾ HOẠCH … (Ban hành kèm theo Quyết định số 247/QĐ-UBND …)") with the 2025 baseline, targets per year,
tasks, the 2026 budget, assignments per agency with report deadlines, and the appendix of tasks. The
layout is the one shared by the other sets (docx_layout.py): the header ("ỦY BAN NHÂN DÂN / PHƯỜNG ĐỒ
SƠN", "Số: …/QĐ-UBND", place and date) and the closing ("Nơi nhận:" beside the signature block) are
two-column borderless Word tables, the body is plain paragraphs with bold section lines (no Heading
styles), and the appendix of tasks is a real Word table on a landscape page.

    python3 eval/newdoc/make_docx_n.py [OUT_PATH] [--plain-layout]
        # default OUT_PATH: <tmp>/trolyao-newdoc/qd_247_do_son_kinh_te_dem_2026.docx
        # --plain-layout: ablation, header and closing as plain paragraphs instead of tables

Same input, byte-identical output (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_layout import NATIONAL_MOTTO, entry_points, spec_from

DOC_NAME = "qd_247_do_son_kinh_te_dem_2026.docx"

# --- the document, as data -------------------------------------------------------------------------
# Header and closing are tables of cells; each cell is a list of lines (one Word paragraph each).
HEADER = [
    [
        ["ỦY BAN NHÂN DÂN", "PHƯỜNG ĐỒ SƠN"],
        NATIONAL_MOTTO,
    ],
    [["Số: 247/QĐ-UBND"], ["Đồ Sơn, ngày 09 tháng 02 năm 2026"]],
]

TITLE = [
    "QUYẾT ĐỊNH",
    "Về việc ban hành Kế hoạch phát triển kinh tế ban đêm và dịch vụ du lịch",
    "cho hộ kinh doanh, doanh nghiệp nhỏ trên địa bàn phường Đồ Sơn giai đoạn 2026-2027",
    "ỦY BAN NHÂN DÂN PHƯỜNG ĐỒ SƠN",
]

# ("b", text) bold section line; ("p", text) body paragraph
BODY: list[tuple[str, str]] = [
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    (
        "p",
        "Căn cứ Kế hoạch số 31/KH-UBND ngày 16/01/2026 của Ủy ban nhân dân thành phố Hải Phòng về phát "
        "triển kinh tế ban đêm trên địa bàn thành phố giai đoạn 2026-2030;",
    ),
    (
        "p",
        "Căn cứ Công văn số 58/SVHTTDL-QLDL ngày 21/01/2026 của Sở Văn hóa, Thể thao và Du lịch về việc xây "
        "dựng sản phẩm du lịch đêm năm 2026;",
    ),
    (
        "p",
        "Theo đề nghị của Trưởng phòng Kinh tế, Hạ tầng và Đô thị tại Tờ trình số 19/TTr-KTHTĐT ngày "
        "03/02/2026.",
    ),
    ("b", "QUYẾT ĐỊNH:"),
    (
        "p",
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển kinh tế ban đêm và dịch vụ du lịch cho "
        "hộ kinh doanh, doanh nghiệp nhỏ trên địa bàn phường Đồ Sơn giai đoạn 2026-2027.",
    ),
    (
        "p",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Kế hoạch được triển khai thực hiện đến hết ngày "
        "31/12/2027.",
    ),
    (
        "p",
        "Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường, Trưởng phòng Kinh tế, Hạ tầng "
        "và Đô thị, Trưởng phòng Văn hóa - Xã hội, Trưởng Công an phường, Giám đốc Trung tâm Phục vụ hành "
        "chính công phường, Thủ trưởng các cơ quan, đơn vị có liên quan và các hộ kinh doanh, doanh nghiệp "
        "trên địa bàn phường chịu trách nhiệm thi hành Quyết định này./.",
    ),
    ("b", "KẾ HOẠCH"),
    (
        "b",
        "Phát triển kinh tế ban đêm và dịch vụ du lịch cho hộ kinh doanh, doanh nghiệp nhỏ trên địa bàn "
        "phường Đồ Sơn giai đoạn 2026-2027",
    ),
    (
        "p",
        "(Ban hành kèm theo Quyết định số 247/QĐ-UBND ngày 09/02/2026 của Ủy ban nhân dân phường Đồ Sơn)",
    ),
    ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
    (
        "p",
        "1. Khai thác lợi thế du lịch biển, kéo dài thời gian lưu trú và chi tiêu của du khách vào buổi tối; "
        "tạo thêm việc làm, thu nhập cho hộ kinh doanh, doanh nghiệp nhỏ trên địa bàn phường.",
    ),
    (
        "p",
        "2. Phát triển các hoạt động kinh tế ban đêm gắn với bảo đảm an ninh, trật tự, an toàn thực phẩm, vệ "
        "sinh môi trường và văn minh đô thị; không làm ảnh hưởng đến sinh hoạt của nhân dân trong khu dân "
        "cư.",
    ),
    ("b", "II. THỰC TRẠNG"),
    (
        "p",
        "Năm 2025, phường Đồ Sơn đón 1.284.000 lượt khách du lịch, trong đó khách lưu trú qua đêm đạt "
        "412.000 lượt; doanh thu từ dịch vụ du lịch, ăn uống, lưu trú ước đạt 1.126 tỷ đồng.",
    ),
    (
        "p",
        "Trên địa bàn phường có 1.037 hộ kinh doanh và 86 doanh nghiệp nhỏ hoạt động trong lĩnh vực ăn "
        "uống, lưu trú, bán lẻ, vui chơi giải trí; trong đó chỉ có 214 cơ sở mở cửa sau 22 giờ.",
    ),
    (
        "p",
        "Hoạt động về đêm chủ yếu tập trung vào mùa hè (từ tháng 5 đến tháng 8), sản phẩm còn đơn điệu, "
        "thiếu điểm vui chơi, mua sắm; nhiều hộ kinh doanh chưa chấp nhận thanh toán không dùng tiền mặt, "
        "chưa niêm yết giá; tình trạng lấn chiếm vỉa hè, sử dụng loa kéo gây tiếng ồn vẫn còn xảy ra.",
    ),
    ("b", "III. MỤC TIÊU"),
    ("b", "1. Mục tiêu năm 2026"),
    (
        "p",
        "- Hình thành 02 tuyến phố kinh doanh về đêm: phố đi bộ ven biển Khu 1 và phố ẩm thực đêm đường Lý "
        "Thánh Tông (đoạn dài 850 m từ nút giao Vạn Hương đến Quảng trường Khu 1);",
    ),
    (
        "p",
        "- Có ít nhất 320 hộ kinh doanh, doanh nghiệp mở cửa phục vụ đến 24 giờ vào các ngày thứ Sáu, thứ "
        "Bảy, Chủ nhật;",
    ),
    (
        "p",
        "- Khách lưu trú qua đêm đạt 460.000 lượt; doanh thu dịch vụ về đêm chiếm ít nhất 25% tổng doanh thu "
        "dịch vụ du lịch trên địa bàn;",
    ),
    (
        "p",
        "- 70% hộ kinh doanh trên các tuyến phố đêm chấp nhận thanh toán không dùng tiền mặt; 100% cơ sở "
        "niêm yết giá công khai.",
    ),
    ("b", "2. Mục tiêu năm 2027"),
    (
        "p",
        "- Mở rộng lên 03 tuyến phố kinh doanh về đêm, bổ sung chợ đêm hải sản tại khu vực cảng cá; ít nhất "
        "450 hộ kinh doanh, doanh nghiệp mở cửa phục vụ đến 24 giờ;",
    ),
    (
        "p",
        "- Khách lưu trú qua đêm đạt 520.000 lượt; doanh thu dịch vụ về đêm chiếm ít nhất 30% tổng doanh thu "
        "dịch vụ du lịch trên địa bàn;",
    ),
    (
        "p",
        "- 90% hộ kinh doanh trên các tuyến phố đêm chấp nhận thanh toán không dùng tiền mặt; mỗi tuyến phố "
        "đêm có ít nhất 01 điểm vệ sinh công cộng đạt chuẩn.",
    ),
    ("b", "IV. NHIỆM VỤ, GIẢI PHÁP"),
    ("b", "1. Tổ chức không gian, thời gian hoạt động"),
    (
        "p",
        "- Phòng Kinh tế, Hạ tầng và Đô thị chủ trì khảo sát, đề xuất phạm vi các tuyến phố đêm, vị trí bố "
        "trí gian hàng, điểm trông giữ xe; trình Ủy ban nhân dân phường trước ngày 31/3/2026.",
    ),
    (
        "p",
        "- Phố đi bộ ven biển Khu 1 hoạt động từ 18 giờ đến 24 giờ các ngày thứ Sáu, thứ Bảy, Chủ nhật, bắt "
        "đầu từ ngày 30/4/2026; từ tháng 5 đến tháng 8 hằng năm hoạt động tất cả các ngày trong tuần.",
    ),
    ("b", "2. Xây dựng mô hình “Phố đêm biển Đồ Sơn”"),
    (
        "p",
        "- Thí điểm mô hình “Phố đêm biển Đồ Sơn” trên phố đi bộ ven biển Khu 1: mỗi đêm tổ chức biểu diễn "
        "nghệ thuật đường phố, trình diễn ẩm thực hải sản và 60 gian hàng sản phẩm OCOP, đặc sản địa phương; "
        "gian hàng được bố trí miễn phí trong 6 tháng đầu cho hộ kinh doanh có đăng ký, cam kết niêm yết giá "
        "và bảo đảm an toàn thực phẩm.",
    ),
    (
        "p",
        "- Khai trương mô hình vào ngày 30/4/2026; tổ chức sơ kết sau 6 tháng thực hiện, hoàn thành trước "
        "ngày 15/11/2026.",
    ),
    ("b", "3. Hỗ trợ hộ kinh doanh, doanh nghiệp nhỏ"),
    (
        "p",
        "- Tổ chức 04 lớp tập huấn mỗi năm về kỹ năng phục vụ khách du lịch, an toàn thực phẩm, ngoại ngữ "
        "giao tiếp cơ bản và bán hàng trên nền tảng số, mỗi lớp 50 học viên; lớp đầu tiên khai giảng trong "
        "tháng 3/2026.",
    ),
    (
        "p",
        "- Phối hợp với Thuế thành phố Hải Phòng hướng dẫn hộ kinh doanh chuyển sang phương pháp kê khai, sử "
        "dụng hóa đơn điện tử; tổ chức đối thoại với hộ kinh doanh về chính sách thuế trước ngày 30/5/2026.",
    ),
    (
        "p",
        "- Phối hợp với các ngân hàng thương mại trên địa bàn hỗ trợ miễn phí mã QR thanh toán cho hộ kinh "
        "doanh trên các tuyến phố đêm; hoàn thành trước ngày 30/6/2026.",
    ),
    ("b", "4. Quảng bá, xúc tiến du lịch đêm"),
    (
        "p",
        "- Xây dựng bản đồ số các điểm ăn uống, mua sắm, vui chơi về đêm trên địa bàn phường, đăng tải trên "
        "Trang thông tin điện tử phường; hoàn thành trước ngày 30/4/2026.",
    ),
    (
        "p",
        "- Phòng Văn hóa - Xã hội chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức Tuần lễ ẩm "
        "thực biển Đồ Sơn vào tháng 6 hằng năm; giới thiệu sản phẩm du lịch đêm của phường tại các hội chợ "
        "du lịch của thành phố.",
    ),
    ("b", "5. Bảo đảm an ninh, trật tự, an toàn thực phẩm và vệ sinh môi trường"),
    (
        "p",
        "- Công an phường xây dựng phương án bảo đảm an ninh, trật tự, phòng cháy, chữa cháy trên các tuyến "
        "phố đêm, hoàn thành phương án trước ngày 15/4/2026; bố trí lực lượng tuần tra từ 18 giờ đến 02 giờ "
        "sáng hôm sau.",
    ),
    (
        "p",
        "- Kiểm tra an toàn thực phẩm tại các cơ sở kinh doanh ăn uống về đêm ít nhất 02 đợt mỗi năm; xử lý "
        "việc lấn chiếm vỉa hè, sử dụng loa, thiết bị âm thanh gây tiếng ồn sau 24 giờ.",
    ),
    (
        "p",
        "- Lắp đặt 02 nhà vệ sinh công cộng, 40 thùng rác phân loại và hệ thống camera giám sát trên phố đi "
        "bộ ven biển Khu 1; hoàn thành trước ngày 25/4/2026.",
    ),
    ("b", "V. KINH PHÍ THỰC HIỆN"),
    (
        "p",
        "1. Kinh phí thực hiện Kế hoạch năm 2026 là 2.350 triệu đồng từ ngân sách phường, gồm: cải tạo, "
        "chiếu sáng phố đi bộ ven biển Khu 1 là 980 triệu đồng; nhà vệ sinh công cộng, thùng rác, camera "
        "giám sát là 620 triệu đồng; tập huấn hộ kinh doanh là 240 triệu đồng; quảng bá, bản đồ số, Tuần lễ "
        "ẩm thực biển Đồ Sơn là 510 triệu đồng.",
    ),
    (
        "p",
        "2. Kinh phí năm 2027 được bố trí trong dự toán ngân sách hằng năm của phường; khuyến khích huy động "
        "nguồn xã hội hóa từ doanh nghiệp, hiệp hội và các tổ chức, cá nhân.",
    ),
    ("b", "VI. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Phòng Kinh tế, Hạ tầng và Đô thị"),
    (
        "p",
        "- Là cơ quan thường trực, tham mưu Ủy ban nhân dân phường triển khai Kế hoạch; chủ trì tổ chức các "
        "lớp tập huấn và đối thoại với hộ kinh doanh; theo dõi, đôn đốc các cơ quan, đơn vị thực hiện.",
    ),
    (
        "p",
        "- Tổng hợp kết quả, báo cáo Ủy ban nhân dân phường hằng quý trước ngày 15 của tháng cuối quý; tham "
        "mưu Ủy ban nhân dân phường báo cáo Sở Văn hóa, Thể thao và Du lịch kết quả 6 tháng trước ngày "
        "10/6/2026 và kết quả năm trước ngày 05/12/2026; tổng kết 02 năm thực hiện Kế hoạch trước ngày "
        "15/12/2027.",
    ),
    ("b", "2. Phòng Văn hóa - Xã hội"),
    (
        "p",
        "Chủ trì khai trương, vận hành mô hình “Phố đêm biển Đồ Sơn”, tổ chức Tuần lễ ẩm thực biển Đồ Sơn, "
        "xây dựng bản đồ số du lịch đêm; phối hợp với Trạm Y tế phường kiểm tra an toàn thực phẩm; gửi kết "
        "quả thực hiện về Phòng Kinh tế, Hạ tầng và Đô thị trước ngày 10 của tháng cuối quý.",
    ),
    ("b", "3. Công an phường"),
    (
        "p",
        "Chủ trì bảo đảm an ninh, trật tự, an toàn giao thông, phòng cháy, chữa cháy trên các tuyến phố "
        "đêm; báo cáo tình hình an ninh, trật tự khu vực phố đêm gửi Phòng Kinh tế, Hạ tầng và Đô thị trước "
        "ngày 05 hằng tháng.",
    ),
    ("b", "4. Trung tâm Phục vụ hành chính công phường"),
    (
        "p",
        "Hướng dẫn hộ kinh doanh đăng ký kinh doanh, bổ sung ngành nghề; giải quyết thủ tục đăng ký hộ kinh "
        "doanh cho cơ sở trên các tuyến phố đêm trong thời hạn 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp "
        "lệ.",
    ),
    ("b", "5. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường"),
    (
        "p",
        "Cập nhật thông tin về các tuyến phố đêm trên Trang thông tin điện tử phường; tiếp nhận, chuyển xử "
        "lý phản ánh của du khách, nhân dân về giá cả, chèo kéo khách, tiếng ồn.",
    ),
    ("b", "6. Đề nghị Thuế thành phố Hải Phòng"),
    (
        "p",
        "Hướng dẫn hộ kinh doanh trên các tuyến phố đêm kê khai thuế, sử dụng hóa đơn điện tử khởi tạo từ "
        "máy tính tiền; phối hợp tổ chức đối thoại với hộ kinh doanh về chính sách thuế.",
    ),
    ("b", "7. Đề nghị Sở Văn hóa, Thể thao và Du lịch"),
    (
        "p",
        "Hướng dẫn xây dựng sản phẩm du lịch đêm; giới thiệu mô hình “Phố đêm biển Đồ Sơn” tại các hội chợ, "
        "sự kiện xúc tiến du lịch của thành phố.",
    ),
    ("b", "8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường"),
    (
        "p",
        "Vận động hộ kinh doanh ký cam kết không chèo kéo khách, không nâng giá dịch vụ trong mùa cao điểm; "
        "giám sát việc thực hiện Kế hoạch.",
    ),
    (
        "p",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, hộ kinh doanh, doanh "
        "nghiệp phản ánh về Ủy ban nhân dân phường (qua Phòng Kinh tế, Hạ tầng và Đô thị) để xem xét, giải "
        "quyết./.",
    ),
]

CLOSING = [
    [
        [
            "Nơi nhận:",
            "- Như Điều 3;",
            "- UBND thành phố (để b/c);",
            "- Sở Văn hóa, Thể thao và Du lịch;",
            "- Sở Công Thương;",
            "- Thuế thành phố Hải Phòng;",
            "- TT Đảng ủy, TT HĐND phường;",
            "- Chủ tịch, các PCT UBND phường;",
            "- UBMTTQ Việt Nam phường;",
            "- Lưu: VT, KTHTĐT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Tạ Minh Khôi"],
    ],
]

APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ PHÁT TRIỂN KINH TẾ BAN ĐÊM VÀ DỊCH VỤ DU LỊCH PHƯỜNG ĐỒ SƠN GIAI ĐOẠN 2026-2027",
    "(Kèm theo Kế hoạch ban hành tại Quyết định số 247/QĐ-UBND ngày 09/02/2026 của Ủy ban nhân dân phường Đồ Sơn)",
]

TASKS = [
    [
        "1",
        "Khảo sát, đề xuất phạm vi các tuyến phố đêm, vị trí gian hàng, điểm trông giữ xe",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Phòng Văn hóa - Xã hội; Công an phường",
        "Trước ngày 31/3/2026",
    ],
    [
        "2",
        "Xây dựng phương án bảo đảm an ninh, trật tự, phòng cháy, chữa cháy trên các tuyến phố đêm",
        "Công an phường",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Trước ngày 15/4/2026",
    ],
    [
        "3",
        "Lắp đặt 02 nhà vệ sinh công cộng, 40 thùng rác phân loại, camera giám sát trên phố đi bộ ven biển Khu 1",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Công an phường; các tổ dân phố",
        "Trước ngày 25/4/2026",
    ],
    [
        "4",
        "Xây dựng bản đồ số các điểm ăn uống, mua sắm, vui chơi về đêm",
        "Phòng Văn hóa - Xã hội",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường; Sở Văn hóa, Thể thao và Du lịch",
        "Trước ngày 30/4/2026",
    ],
    [
        "5",
        "Khai trương mô hình “Phố đêm biển Đồ Sơn”",
        "Phòng Văn hóa - Xã hội",
        "Phòng Kinh tế, Hạ tầng và Đô thị; Công an phường",
        "Ngày 30/4/2026",
    ],
    [
        "6",
        "Tập huấn kỹ năng cho hộ kinh doanh, doanh nghiệp nhỏ (04 lớp mỗi năm)",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Phòng Văn hóa - Xã hội; Trung tâm Phục vụ hành chính công phường",
        "Lớp đầu tiên trong tháng 3/2026; hằng năm",
    ],
    [
        "7",
        "Đối thoại với hộ kinh doanh về chính sách thuế, hóa đơn điện tử",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Thuế thành phố Hải Phòng",
        "Trước ngày 30/5/2026",
    ],
    [
        "8",
        "Hỗ trợ miễn phí mã QR thanh toán cho hộ kinh doanh trên các tuyến phố đêm",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Các ngân hàng thương mại trên địa bàn",
        "Trước ngày 30/6/2026",
    ],
    [
        "9",
        "Tổ chức Tuần lễ ẩm thực biển Đồ Sơn",
        "Phòng Văn hóa - Xã hội",
        "Sở Văn hóa, Thể thao và Du lịch; Ủy ban Mặt trận Tổ quốc Việt Nam phường",
        "Tháng 6/2026 và tháng 6/2027",
    ],
    [
        "10",
        "Kiểm tra an toàn thực phẩm tại cơ sở kinh doanh ăn uống về đêm",
        "Phòng Văn hóa - Xã hội",
        "Trạm Y tế phường; Công an phường",
        "02 đợt mỗi năm (tháng 5 và tháng 10)",
    ],
    [
        "11",
        "Sơ kết 6 tháng thực hiện mô hình “Phố đêm biển Đồ Sơn”",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Các phòng, đơn vị thuộc Ủy ban nhân dân phường",
        "Trước ngày 15/11/2026",
    ],
    [
        "12",
        "Báo cáo Sở Văn hóa, Thể thao và Du lịch kết quả 6 tháng và năm 2026",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Phòng Văn hóa - Xã hội; Công an phường",
        "Trước ngày 10/6/2026 và ngày 05/12/2026",
    ],
    [
        "13",
        "Mở rộng tuyến phố đêm thứ ba, chợ đêm hải sản khu vực cảng cá",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Phòng Văn hóa - Xã hội; Công an phường",
        "Quý II/2027",
    ],
    [
        "14",
        "Tổng kết 02 năm thực hiện Kế hoạch",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Các phòng, đơn vị thuộc Ủy ban nhân dân phường",
        "Trước ngày 15/12/2027",
    ],
]

FIXED_TIME = dt.datetime(2026, 2, 9, 8, 0, 0)


SPEC = spec_from(
    globals(),
    author="Ủy ban nhân dân phường Đồ Sơn (tài liệu tổng hợp để đánh giá)",
    label="Quyết định 247/QĐ-UBND (tài liệu đánh giá tổng hợp)",
    comments="Synthetic evaluation document - not a real decision.",
    made_by="eval/newdoc/make_docx_n.py",
)


build, main = entry_points(SPEC)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

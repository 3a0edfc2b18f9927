#!/usr/bin/env python3
# ruff: noqa: E501  (the document text is data: long Vietnamese lines are kept whole)
"""Write the synthetic evaluation document kh_163_thue_hp_hkd_2026.docx (python-docx, deterministic).

SYNTHETIC EVALUATION DOCUMENT — NOT A REAL PLAN. Thuế thành phố Hải Phòng, the wards named (An Biên,
Hải An, Thành Đông) and the city agencies (Sở Tài chính, Sở Công Thương, Sở Khoa học và Công nghệ,
Ngân hàng Nhà nước chi nhánh Khu vực 6, Báo và Phát thanh, Truyền hình Hải Phòng, Hiệp hội Doanh nghiệp
thành phố) exist, but the plan itself, its number (163/KH-HPH), the documents it cites (Quyết định
1582/QĐ-CT, Kế hoạch 1406/KH-CT of Cục Thuế, Công văn 2218/UBND-KT of the city), the hotline number, the
"Tuyến phố hóa đơn điện tử" model, every figure, target, deadline, assignment, the budget and the
signer's name are invented, so that the assistant can be measured on a document it has never seen,
ingested as .docx. This set ("m") is reserved for the final measurement.

It is a city tax office "Kế hoạch" on supporting taxpayers and household businesses switching from
lump-sum tax (thuế khoán) to declaration and electronic invoices in 2026: baselines at the end of 2025,
targets for 2026 and 2027, support channels, training sessions, deadlines, the 2026 budget, assignments
to its units, the Thuế cơ sở and other agencies with report deadlines. The layout is the one shared by
the other sets (docx_layout.py): the header ("CỤC THUẾ / THUẾ THÀNH PHỐ HẢI PHÒNG", "Số: …/KH-HPH",
place and date) and the closing ("Nơi nhận:" beside the signature block) are two-column borderless Word
tables, the body is plain paragraphs with bold section lines (no Heading styles), and the appendix of
tasks is a real Word table on a landscape page.

    python3 eval/newdoc/make_docx_m.py [OUT_PATH] [--plain-layout]
        # default OUT_PATH: <tmp>/trolyao-newdoc/kh_163_thue_hp_hkd_2026.docx
        # --plain-layout: ablation, header and closing as plain paragraphs instead of tables

Same input, byte-identical output (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_layout import NATIONAL_MOTTO, entry_points, spec_from

DOC_NAME = "kh_163_thue_hp_hkd_2026.docx"

# --- the document, as data -------------------------------------------------------------------------
# Header and closing are tables of cells; each cell is a list of lines (one Word paragraph each).
HEADER = [
    [
        ["CỤC THUẾ", "THUẾ THÀNH PHỐ HẢI PHÒNG"],
        NATIONAL_MOTTO,
    ],
    [["Số: 163/KH-HPH"], ["Hải Phòng, ngày 14 tháng 01 năm 2026"]],
]

TITLE = [
    "KẾ HOẠCH",
    "Hỗ trợ người nộp thuế, hộ kinh doanh chuyển đổi từ phương pháp khoán sang kê khai",
    "và sử dụng hóa đơn điện tử năm 2026",
]

# ("b", text) bold section line; ("p", text) body paragraph
BODY: list[tuple[str, str]] = [
    (
        "p",
        "Căn cứ Quyết định số 1582/QĐ-CT ngày 15/12/2025 của Cục trưởng Cục Thuế về việc ban hành Chương "
        "trình hỗ trợ hộ kinh doanh chuyển đổi mô hình quản lý thuế năm 2026;",
    ),
    (
        "p",
        "Thực hiện Kế hoạch số 1406/KH-CT ngày 22/12/2025 của Cục Thuế về triển khai xóa bỏ phương pháp "
        "thuế khoán đối với hộ kinh doanh, cá nhân kinh doanh từ ngày 01/01/2026;",
    ),
    (
        "p",
        "Thực hiện Công văn số 2218/UBND-KT ngày 30/12/2025 của Ủy ban nhân dân thành phố Hải Phòng về việc "
        "phối hợp hỗ trợ hộ kinh doanh trên địa bàn thành phố chuyển đổi sang phương pháp kê khai;",
    ),
    (
        "p",
        "Thuế thành phố Hải Phòng ban hành Kế hoạch hỗ trợ người nộp thuế, hộ kinh doanh chuyển đổi từ "
        "phương pháp khoán sang kê khai và sử dụng hóa đơn điện tử năm 2026 như sau:",
    ),
    ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
    (
        "p",
        "1. Hỗ trợ kịp thời, đầy đủ để 100% hộ kinh doanh, cá nhân kinh doanh đang nộp thuế theo phương pháp "
        "khoán chuyển sang phương pháp kê khai, tự xác định doanh thu và nộp thuế theo quy định, không để "
        "gián đoạn hoạt động kinh doanh.",
    ),
    (
        "p",
        "2. Việc hỗ trợ được thực hiện miễn phí, công khai, đúng quy định; công chức thuế không được chỉ định "
        "hộ kinh doanh sử dụng dịch vụ, phần mềm của một nhà cung cấp cụ thể.",
    ),
    ("b", "II. THỰC TRẠNG ĐẾN HẾT NĂM 2025"),
    (
        "p",
        "Tính đến ngày 31/12/2025, Thuế thành phố Hải Phòng đang quản lý 52.418 hộ kinh doanh, cá nhân kinh "
        "doanh, trong đó 44.936 hộ nộp thuế theo phương pháp khoán và 7.482 hộ nộp thuế theo phương pháp "
        "kê khai.",
    ),
    (
        "p",
        "Trong số hộ nộp thuế khoán, có 3.215 hộ có doanh thu năm từ 1 tỷ đồng trở lên, 19.870 hộ có doanh "
        "thu năm trên 500 triệu đồng đến dưới 1 tỷ đồng, còn lại 21.851 hộ có doanh thu năm từ 500 triệu "
        "đồng trở xuống.",
    ),
    (
        "p",
        "Toàn thành phố có 6.904 hộ kinh doanh đã sử dụng hóa đơn điện tử, trong đó 2.146 hộ sử dụng hóa đơn "
        "điện tử khởi tạo từ máy tính tiền; tỷ lệ hộ kinh doanh nộp thuế điện tử đạt 61,3%. Số thuế thu từ "
        "hộ kinh doanh, cá nhân kinh doanh năm 2025 đạt 1.284,7 tỷ đồng, bằng 103,2% dự toán được giao.",
    ),
    (
        "p",
        "Khó khăn chủ yếu là nhiều hộ kinh doanh nhỏ, lớn tuổi chưa quen sử dụng thiết bị điện tử, chưa có "
        "chữ ký số; một số hộ lo ngại chi phí mua máy tính tiền, phần mềm hóa đơn; hạ tầng kết nối mạng tại "
        "một số chợ, khu vực nông thôn và đặc khu còn hạn chế.",
    ),
    ("b", "III. MỤC TIÊU"),
    ("b", "1. Mục tiêu năm 2026"),
    (
        "p",
        "- Trước ngày 31/3/2026, 100% hộ kinh doanh nộp thuế khoán được thông báo, hướng dẫn về việc chuyển "
        "sang phương pháp kê khai;",
    ),
    (
        "p",
        "- Đến hết ngày 30/6/2026, ít nhất 90% hộ kinh doanh có doanh thu năm từ 1 tỷ đồng trở lên sử dụng "
        "hóa đơn điện tử khởi tạo từ máy tính tiền; đến hết ngày 31/12/2026 đạt 100%;",
    ),
    (
        "p",
        "- Tỷ lệ hộ kinh doanh nộp hồ sơ khai thuế điện tử đạt từ 95% trở lên; tỷ lệ hộ kinh doanh nộp thuế "
        "điện tử đạt từ 85% trở lên;",
    ),
    (
        "p",
        "- Số hộ kinh doanh sử dụng hóa đơn điện tử tăng thêm ít nhất 18.000 hộ so với ngày 31/12/2025;",
    ),
    (
        "p",
        "- Không để phát sinh khiếu nại đông người liên quan đến việc chuyển đổi phương pháp tính thuế.",
    ),
    ("b", "2. Mục tiêu năm 2027"),
    (
        "p",
        "Duy trì 100% hộ kinh doanh thuộc diện bắt buộc sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền; "
        "tỷ lệ hộ kinh doanh nộp thuế điện tử đạt từ 97% trở lên; vận động ít nhất 320 hộ kinh doanh chuyển "
        "đổi thành doanh nghiệp.",
    ),
    ("b", "IV. NỘI DUNG HỖ TRỢ"),
    ("b", "1. Rà soát, phân loại và thông báo đến từng hộ kinh doanh"),
    (
        "p",
        "- Các Thuế cơ sở rà soát, phân loại hộ kinh doanh nộp thuế khoán theo ngưỡng doanh thu, ngành nghề, "
        "địa bàn; hoàn thành trước ngày 31/01/2026.",
    ),
    (
        "p",
        "- Gửi thông báo đến từng hộ kinh doanh qua ứng dụng eTax Mobile, tin nhắn SMS và qua tổ dân phố, "
        "thôn; hoàn thành trước ngày 15/02/2026.",
    ),
    ("b", "2. Kênh hỗ trợ"),
    (
        "p",
        "- Thiết lập đường dây nóng hỗ trợ hộ kinh doanh của Thuế thành phố Hải Phòng số 0225.3795.163, hoạt "
        "động trong giờ hành chính từ thứ Hai đến thứ Sáu; từ ngày 02/3/2026 đến ngày 30/4/2026 hoạt động "
        "thêm vào sáng thứ Bảy.",
    ),
    (
        "p",
        "- Mỗi Thuế cơ sở lập nhóm Zalo hỗ trợ hộ kinh doanh theo từng phường, xã, đặc khu, do công chức quản "
        "lý địa bàn làm quản trị; thời gian phản hồi câu hỏi không quá 04 giờ làm việc.",
    ),
    (
        "p",
        "- Bố trí “Góc hỗ trợ hộ kinh doanh” tại bộ phận một cửa của các Thuế cơ sở để hướng dẫn trực tiếp "
        "việc đăng ký sử dụng hóa đơn điện tử, khai thuế, nộp thuế điện tử.",
    ),
    ("b", "3. Tập huấn, đối thoại"),
    (
        "p",
        "- Tổ chức 64 hội nghị tập huấn trực tiếp cho hộ kinh doanh tại các Thuế cơ sở, mỗi hội nghị không "
        "quá 150 người; hoàn thành trước ngày 31/3/2026.",
    ),
    (
        "p",
        "- Tổ chức 12 buổi tập huấn trực tuyến, phát trực tiếp trên Trang thông tin điện tử và tài khoản Zalo "
        "OA của Thuế thành phố, vào tối thứ Tư hằng tuần bắt đầu từ ngày 04/02/2026.",
    ),
    (
        "p",
        "- Tổ chức 02 hội nghị đối thoại với hộ kinh doanh về chuyển đổi phương pháp tính thuế vào tháng "
        "4/2026 và tháng 10/2026.",
    ),
    ("b", "4. Mô hình “Tuyến phố hóa đơn điện tử”"),
    (
        "p",
        "Thí điểm mô hình “Tuyến phố hóa đơn điện tử” tại 03 phường An Biên, Hải An và Thành Đông, mỗi phường "
        "chọn 01 tuyến phố: 100% hộ kinh doanh trên tuyến phố được chọn sử dụng hóa đơn điện tử và chấp nhận "
        "thanh toán không dùng tiền mặt; hoàn thành trước ngày 30/6/2026, sơ kết để nhân rộng trong Quý "
        "III/2026.",
    ),
    ("b", "5. Phối hợp với nhà cung cấp dịch vụ"),
    (
        "p",
        "- Ký thỏa thuận hợp tác với các nhà cung cấp giải pháp hóa đơn điện tử, máy tính tiền trước ngày "
        "28/02/2026; đề nghị các nhà cung cấp miễn phí phần mềm hóa đơn điện tử trong 12 tháng đầu cho hộ "
        "kinh doanh chuyển đổi từ phương pháp khoán.",
    ),
    (
        "p",
        "- Phối hợp Ngân hàng Nhà nước chi nhánh Khu vực 6 vận động các ngân hàng thương mại hỗ trợ hộ kinh "
        "doanh mở tài khoản, lắp đặt thiết bị thanh toán không dùng tiền mặt.",
    ),
    ("b", "6. Theo dõi sau chuyển đổi"),
    (
        "p",
        "Từ Quý III/2026, các Thuế cơ sở theo dõi việc kê khai của hộ kinh doanh sau chuyển đổi; đối với hộ "
        "kinh doanh chậm nộp hồ sơ khai thuế lần đầu, gửi thông báo nhắc nhở và hướng dẫn trước khi xem xét "
        "xử lý vi phạm theo quy định.",
    ),
    ("b", "V. KINH PHÍ THỰC HIỆN"),
    (
        "p",
        "Kinh phí thực hiện Kế hoạch năm 2026 là 1.945 triệu đồng từ nguồn kinh phí chi thường xuyên của Thuế "
        "thành phố Hải Phòng, gồm: tổ chức hội nghị tập huấn, đối thoại 860 triệu đồng; in ấn tờ rơi, cẩm "
        "nang hướng dẫn 395 triệu đồng; tuyên truyền trên phương tiện thông tin đại chúng 420 triệu đồng; duy "
        "trì đường dây nóng, làm thêm giờ 270 triệu đồng. Kinh phí năm 2027 được bố trí trong dự toán hằng "
        "năm.",
    ),
    ("b", "VI. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Phòng Quản lý, hỗ trợ hộ kinh doanh, cá nhân và thu khác"),
    (
        "p",
        "- Là đầu mối tham mưu Trưởng Thuế thành phố chỉ đạo, theo dõi, đôn đốc việc thực hiện Kế hoạch; biên soạn "
        "“Cẩm nang hộ kinh doanh kê khai thuế năm 2026”, hoàn thành trước ngày 10/02/2026.",
    ),
    (
        "p",
        "- Tổng hợp kết quả, báo cáo Cục Thuế và Ủy ban nhân dân thành phố hằng tháng trước ngày 28; sơ kết 6 "
        "tháng trước ngày 10/7/2026; tổng kết năm trước ngày 15/12/2026.",
    ),
    ("b", "2. Các Thuế cơ sở"),
    (
        "p",
        "- Thành lập Tổ hỗ trợ hộ kinh doanh do 01 Phó Trưởng Thuế cơ sở làm tổ trưởng, hoàn thành trước ngày "
        "20/01/2026; thực hiện rà soát, thông báo, tập huấn và hỗ trợ trực tiếp hộ kinh doanh trên địa bàn "
        "quản lý.",
    ),
    (
        "p",
        "- Báo cáo kết quả thực hiện về Thuế thành phố (qua Phòng Quản lý, hỗ trợ hộ kinh doanh, cá nhân và "
        "thu khác) trước ngày 25 hằng tháng.",
    ),
    ("b", "3. Văn phòng"),
    (
        "p",
        "Bảo đảm kinh phí, hội trường, trang thiết bị; phối hợp với Báo và Phát thanh, Truyền hình Hải Phòng "
        "xây dựng chuyên mục tuyên truyền về xóa bỏ thuế khoán, phát sóng 02 kỳ mỗi tháng từ tháng 02/2026 "
        "đến tháng 6/2026.",
    ),
    ("b", "4. Phòng Nghiệp vụ, dự toán, pháp chế"),
    (
        "p",
        "Hướng dẫn thống nhất các vướng mắc về chính sách thuế đối với hộ kinh doanh chuyển đổi; trả lời bằng "
        "văn bản các vướng mắc vượt thẩm quyền của Thuế cơ sở trong thời hạn 05 ngày làm việc kể từ ngày nhận "
        "được đề nghị.",
    ),
    ("b", "5. Đề nghị các sở, ngành, địa phương"),
    (
        "p",
        "- Sở Công Thương chỉ đạo các Ban quản lý chợ, doanh nghiệp kinh doanh, khai thác và quản lý chợ phối "
        "hợp tuyên truyền, vận động tiểu thương tại chợ sử dụng hóa đơn điện tử, thanh toán không dùng tiền "
        "mặt.",
    ),
    (
        "p",
        "- Sở Tài chính phối hợp theo dõi, tổng hợp số hộ kinh doanh chuyển đổi thành doanh nghiệp, báo cáo "
        "Ủy ban nhân dân thành phố cùng kỳ báo cáo 6 tháng và năm.",
    ),
    (
        "p",
        "- Sở Khoa học và Công nghệ hỗ trợ kết nối hạ tầng số, giới thiệu giải pháp máy tính tiền chi phí "
        "thấp phù hợp với hộ kinh doanh nhỏ.",
    ),
    (
        "p",
        "- Ủy ban nhân dân các phường, xã, đặc khu chỉ đạo tổ dân phố, thôn phối hợp với Thuế cơ sở thông báo, "
        "vận động hộ kinh doanh; bố trí địa điểm tổ chức hội nghị tập huấn tại địa phương.",
    ),
    (
        "p",
        "- Hiệp hội Doanh nghiệp thành phố vận động hội viên cung cấp hàng hóa cho hộ kinh doanh xuất hóa đơn "
        "đầy đủ, đúng quy định; cử đại diện tham dự hội nghị đối thoại.",
    ),
    (
        "p",
        "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Thuế thành phố Hải Phòng (qua "
        "Phòng Quản lý, hỗ trợ hộ kinh doanh, cá nhân và thu khác) để được hướng dẫn, giải quyết./.",
    ),
]

CLOSING = [
    [
        [
            "Nơi nhận:",
            "- Cục Thuế (để b/c);",
            "- UBND thành phố (để b/c);",
            "- Sở Tài chính, Sở Công Thương;",
            "- Sở Khoa học và Công nghệ;",
            "- UBND các phường, xã, đặc khu;",
            "- Trưởng Thuế TP, các Phó Trưởng Thuế TP;",
            "- Các phòng, Thuế cơ sở trực thuộc;",
            "- Lưu: VT, QLHKD.",
        ],
        ["KT. TRƯỞNG THUẾ THÀNH PHỐ", "PHÓ TRƯỞNG THUẾ THÀNH PHỐ", "", "", "", "Quách Minh Tuấn"],
    ],
]

APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ HỖ TRỢ HỘ KINH DOANH CHUYỂN ĐỔI TỪ PHƯƠNG PHÁP KHOÁN SANG KÊ KHAI NĂM 2026",
    "(Kèm theo Kế hoạch số 163/KH-HPH ngày 14/01/2026 của Thuế thành phố Hải Phòng)",
]

TASKS = [
    [
        "1",
        "Thành lập Tổ hỗ trợ hộ kinh doanh tại các Thuế cơ sở",
        "Các Thuế cơ sở",
        "Văn phòng",
        "Trước ngày 20/01/2026",
    ],
    [
        "2",
        "Rà soát, phân loại hộ kinh doanh nộp thuế khoán",
        "Các Thuế cơ sở",
        "Ủy ban nhân dân các phường, xã, đặc khu",
        "Trước ngày 31/01/2026",
    ],
    [
        "3",
        "Biên soạn “Cẩm nang hộ kinh doanh kê khai thuế năm 2026”",
        "Phòng Quản lý, hỗ trợ hộ kinh doanh, cá nhân và thu khác",
        "Phòng Nghiệp vụ, dự toán, pháp chế",
        "Trước ngày 10/02/2026",
    ],
    [
        "4",
        "Gửi thông báo chuyển đổi phương pháp tính thuế đến từng hộ kinh doanh",
        "Các Thuế cơ sở",
        "Tổ dân phố, thôn; Ủy ban nhân dân các phường, xã, đặc khu",
        "Trước ngày 15/02/2026",
    ],
    [
        "5",
        "Ký thỏa thuận hợp tác với các nhà cung cấp giải pháp hóa đơn điện tử, máy tính tiền",
        "Phòng Quản lý, hỗ trợ hộ kinh doanh, cá nhân và thu khác",
        "Sở Khoa học và Công nghệ",
        "Trước ngày 28/02/2026",
    ],
    [
        "6",
        "Tổ chức 64 hội nghị tập huấn trực tiếp cho hộ kinh doanh",
        "Các Thuế cơ sở",
        "Ủy ban nhân dân các phường, xã, đặc khu",
        "Trước ngày 31/3/2026",
    ],
    [
        "7",
        "Tổ chức 12 buổi tập huấn trực tuyến",
        "Phòng Quản lý, hỗ trợ hộ kinh doanh, cá nhân và thu khác",
        "Văn phòng",
        "Tối thứ Tư hằng tuần, từ ngày 04/02/2026",
    ],
    [
        "8",
        "Duy trì đường dây nóng hỗ trợ hộ kinh doanh 0225.3795.163",
        "Văn phòng",
        "Phòng Quản lý, hỗ trợ hộ kinh doanh, cá nhân và thu khác",
        "Giờ hành chính; thêm sáng thứ Bảy từ ngày 02/3/2026 đến ngày 30/4/2026",
    ],
    [
        "9",
        "Chuyên mục tuyên truyền về xóa bỏ thuế khoán",
        "Văn phòng",
        "Báo và Phát thanh, Truyền hình Hải Phòng",
        "02 kỳ mỗi tháng, từ tháng 02/2026 đến tháng 6/2026",
    ],
    [
        "10",
        "Thí điểm mô hình “Tuyến phố hóa đơn điện tử”",
        "Các Thuế cơ sở quản lý địa bàn",
        "Ủy ban nhân dân các phường An Biên, Hải An, Thành Đông; Sở Công Thương",
        "Trước ngày 30/6/2026",
    ],
    [
        "11",
        "Hội nghị đối thoại với hộ kinh doanh về chuyển đổi phương pháp tính thuế",
        "Phòng Quản lý, hỗ trợ hộ kinh doanh, cá nhân và thu khác",
        "Hiệp hội Doanh nghiệp thành phố; các Thuế cơ sở",
        "Tháng 4/2026 và tháng 10/2026",
    ],
    [
        "12",
        "Vận động tiểu thương tại chợ sử dụng hóa đơn điện tử, thanh toán không dùng tiền mặt",
        "Sở Công Thương",
        "Các Thuế cơ sở; Ngân hàng Nhà nước chi nhánh Khu vực 6",
        "Năm 2026",
    ],
    [
        "13",
        "Sơ kết 6 tháng, tổng kết năm thực hiện Kế hoạch",
        "Phòng Quản lý, hỗ trợ hộ kinh doanh, cá nhân và thu khác",
        "Các Thuế cơ sở; Sở Tài chính",
        "Trước ngày 10/7/2026 và ngày 15/12/2026",
    ],
]

FIXED_TIME = dt.datetime(2026, 1, 14, 8, 0, 0)


SPEC = spec_from(
    globals(),
    author="Thuế thành phố Hải Phòng (tài liệu tổng hợp để đánh giá)",
    label="Kế hoạch 163/KH-HPH (tài liệu đánh giá tổng hợp)",
    comments="Synthetic evaluation document - not a real plan.",
    made_by="eval/newdoc/make_docx_m.py",
)


build, main = entry_points(SPEC)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

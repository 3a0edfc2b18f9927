#!/usr/bin/env python3
# ruff: noqa: E501  (the document text is data: long Vietnamese lines are kept whole)
"""Write the synthetic evaluation document kh_91_thanh_ha_tmdt_2026.docx (python-docx, deterministic).

SYNTHETIC EVALUATION DOCUMENT — NOT A REAL PLAN. Xã Thanh Hà (Hải Phòng) and the city agencies named
(Sở Công Thương, Sở Nông nghiệp và Môi trường, Sở Khoa học và Công nghệ, Thuế thành phố Hải Phòng,
Bưu điện thành phố Hải Phòng, Liên minh Hợp tác xã thành phố) exist, but the plan itself, its number
(91/KH-UBND), the city plan it rests on (428/KH-UBND ngày 22/12/2025), the commune Party resolution
(09-NQ/ĐU ngày 28/11/2025), the guidance of Sở Công Thương (96/HD-SCT), the "Chợ phiên nông sản số
Thanh Hà", every figure, baseline, target, deadline, assignment, the budget and the signer's name are
invented, so that the assistant can be measured on a document it has never seen, ingested as .docx.
This set ("l") is reserved for the final measurement.

It is a rural commune People's Committee "Kế hoạch" on digital transformation and e-commerce for
household businesses, cooperatives and farm products (lychee) in 2026-2027: the situation at the end of
2025, targets for 2026 and for 2027, tasks, the 2026 budget, assignments to commune offices and city
agencies with report deadlines. The layout is the one shared by the other sets (docx_layout.py): the
header ("ỦY BAN NHÂN DÂN / XÃ THANH HÀ", "Số: …/KH-UBND", place and date) and the closing ("Nơi nhận:"
beside the signature block) are two-column borderless Word tables, the body is plain paragraphs with
bold section lines (no Heading styles), and the appendix of tasks is a real Word table on a landscape
page.

    python3 eval/newdoc/make_docx_l.py [OUT_PATH] [--plain-layout]
        # default OUT_PATH: <tmp>/trolyao-newdoc/kh_91_thanh_ha_tmdt_2026.docx
        # --plain-layout: ablation, header and closing as plain paragraphs instead of tables

Same input, byte-identical output (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_layout import NATIONAL_MOTTO, entry_points, spec_from

DOC_NAME = "kh_91_thanh_ha_tmdt_2026.docx"

# --- the document, as data -------------------------------------------------------------------------
# Header and closing are tables of cells; each cell is a list of lines (one Word paragraph each).
HEADER = [
    [
        ["ỦY BAN NHÂN DÂN", "XÃ THANH HÀ"],
        NATIONAL_MOTTO,
    ],
    [["Số: 91/KH-UBND"], ["Thanh Hà, ngày 16 tháng 01 năm 2026"]],
]

TITLE = [
    "KẾ HOẠCH",
    "Chuyển đổi số, phát triển thương mại điện tử cho hộ kinh doanh, hợp tác xã",
    "và tiêu thụ nông sản trên địa bàn xã Thanh Hà giai đoạn 2026-2027",
]

# ("b", text) bold section line; ("p", text) body paragraph
BODY: list[tuple[str, str]] = [
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    (
        "p",
        "Căn cứ Kế hoạch số 428/KH-UBND ngày 22/12/2025 của Ủy ban nhân dân thành phố Hải Phòng về phát "
        "triển thương mại điện tử, kinh tế số khu vực nông thôn giai đoạn 2026-2027;",
    ),
    (
        "p",
        "Thực hiện Nghị quyết số 09-NQ/ĐU ngày 28/11/2025 của Ban Chấp hành Đảng bộ xã Thanh Hà về đẩy mạnh "
        "chuyển đổi số gắn với phát triển kinh tế nông nghiệp, nông thôn;",
    ),
    (
        "p",
        "Thực hiện Hướng dẫn số 96/HD-SCT ngày 06/01/2026 của Sở Công Thương về hỗ trợ hộ kinh doanh, hợp "
        "tác xã tham gia thương mại điện tử;",
    ),
    (
        "p",
        "Ủy ban nhân dân xã Thanh Hà ban hành Kế hoạch chuyển đổi số, phát triển thương mại điện tử cho hộ "
        "kinh doanh, hợp tác xã và tiêu thụ nông sản trên địa bàn xã giai đoạn 2026-2027 như sau:",
    ),
    ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("b", "1. Mục đích"),
    (
        "p",
        "- Đưa hộ kinh doanh, hợp tác xã, tổ hợp tác và hộ sản xuất nông nghiệp của xã tham gia thương mại "
        "điện tử, mở rộng kênh tiêu thụ vải thiều, nhãn, ổi và các sản phẩm OCOP của địa phương, giảm phụ "
        "thuộc vào thương lái trong mùa thu hoạch;",
    ),
    (
        "p",
        "- Hỗ trợ hộ kinh doanh chuyển đổi từ phương pháp khoán sang phương pháp kê khai, sử dụng hóa đơn "
        "điện tử và thanh toán không dùng tiền mặt theo quy định từ năm 2026.",
    ),
    ("b", "2. Yêu cầu"),
    (
        "p",
        "- Các nhiệm vụ được giao phải có cơ quan chủ trì, thời hạn hoàn thành và sản phẩm cụ thể; ưu tiên "
        "sử dụng các sàn thương mại điện tử, nền tảng số đang hoạt động;",
    ),
    (
        "p",
        "- Việc hỗ trợ phải đúng đối tượng, công khai, minh bạch, không làm phát sinh thủ tục cho hộ kinh "
        "doanh, hợp tác xã.",
    ),
    ("b", "II. THỰC TRẠNG"),
    (
        "p",
        "Tính đến ngày 31/12/2025, trên địa bàn xã có 1.284 hộ kinh doanh đang hoạt động, 14 hợp tác xã "
        "nông nghiệp và 9 tổ hợp tác; trong đó 186 hộ kinh doanh và 3 hợp tác xã đã có gian hàng trên sàn "
        "thương mại điện tử hoặc bán hàng qua mạng xã hội.",
    ),
    (
        "p",
        "Diện tích trồng vải thiều của xã là 1.160 ha, sản lượng năm 2025 đạt 12.400 tấn; sản lượng vải "
        "tiêu thụ qua kênh thương mại điện tử mới đạt khoảng 310 tấn, bằng 2,5% tổng sản lượng. Toàn xã có "
        "420 ha vải được cấp mã số vùng trồng và 7 sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên.",
    ),
    (
        "p",
        "Tỷ lệ hộ kinh doanh chấp nhận thanh toán không dùng tiền mặt (chuyển khoản, mã QR) đạt 61%; có 212 "
        "hộ kinh doanh đã đăng ký sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền. Xã đã thành lập 22 Tổ "
        "công nghệ số cộng đồng tại 22 thôn, nhưng nhiều thành viên chưa được tập huấn về thương mại điện tử.",
    ),
    (
        "p",
        "Hạn chế: phần lớn hộ kinh doanh, hợp tác xã chưa có kỹ năng chụp ảnh, viết mô tả sản phẩm và "
        "livestream bán hàng; bao bì, nhãn mác chưa đáp ứng yêu cầu của sàn; chi phí vận chuyển, bảo quản "
        "vải tươi cao, trên địa bàn chưa có điểm tập kết có kho lạnh; dữ liệu hộ kinh doanh giữa xã và cơ "
        "quan thuế chưa được đối chiếu thường xuyên.",
    ),
    ("b", "III. MỤC TIÊU"),
    ("b", "1. Mục tiêu năm 2026"),
    (
        "p",
        "- Có ít nhất 450 hộ kinh doanh và 8 hợp tác xã có gian hàng trên sàn thương mại điện tử hoặc bán "
        "hàng trực tuyến thường xuyên;",
    ),
    (
        "p",
        "- Sản lượng vải thiều tiêu thụ qua kênh thương mại điện tử đạt ít nhất 900 tấn;",
    ),
    (
        "p",
        "- Tỷ lệ hộ kinh doanh chấp nhận thanh toán không dùng tiền mặt đạt 80%; 100% hộ kinh doanh thuộc "
        "diện phải sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền được hướng dẫn đăng ký;",
    ),
    (
        "p",
        "- 100% sản phẩm OCOP của xã có tem truy xuất nguồn gốc bằng mã QR và được giới thiệu trên ít nhất "
        "01 sàn thương mại điện tử.",
    ),
    ("b", "2. Mục tiêu năm 2027"),
    (
        "p",
        "- Có ít nhất 700 hộ kinh doanh và 12 hợp tác xã có gian hàng trên sàn thương mại điện tử hoặc bán "
        "hàng trực tuyến thường xuyên;",
    ),
    (
        "p",
        "- Sản lượng vải thiều tiêu thụ qua kênh thương mại điện tử đạt ít nhất 1.500 tấn; diện tích vải "
        "được cấp mã số vùng trồng đạt 650 ha;",
    ),
    ("p", "- Tỷ lệ hộ kinh doanh chấp nhận thanh toán không dùng tiền mặt đạt 90%;"),
    ("p", "- Doanh thu bán hàng trực tuyến của các hợp tác xã trên địa bàn đạt 35 tỷ đồng."),
    ("b", "IV. NHIỆM VỤ, GIẢI PHÁP"),
    ("b", "1. Tuyên truyền, tập huấn kỹ năng số"),
    (
        "p",
        "- Tổ chức 8 lớp tập huấn kỹ năng bán hàng trực tuyến, livestream, đóng gói và vận chuyển nông sản "
        "cho hộ kinh doanh, thành viên hợp tác xã (5 lớp năm 2026, 3 lớp năm 2027), mỗi lớp 50 học viên; 3 "
        "lớp đầu tiên hoàn thành trước ngày 15/4/2026 để kịp mùa vải.",
    ),
    (
        "p",
        "- Kiện toàn 22 Tổ công nghệ số cộng đồng tại các thôn, bổ sung thành viên là đoàn viên thanh niên; "
        "mỗi Tổ hướng dẫn trực tiếp ít nhất 15 hộ kinh doanh mở gian hàng trong năm 2026; hoàn thành kiện "
        "toàn trước ngày 28/02/2026.",
    ),
    ("b", "2. Đưa hộ kinh doanh, hợp tác xã lên sàn thương mại điện tử"),
    (
        "p",
        "- Phối hợp với Sở Công Thương và Bưu điện thành phố Hải Phòng hướng dẫn hộ kinh doanh, hợp tác xã "
        "mở gian hàng, chụp ảnh, viết mô tả sản phẩm; hộ kinh doanh được hướng dẫn miễn phí.",
    ),
    (
        "p",
        "- Hỗ trợ mỗi hợp tác xã lần đầu mở gian hàng trên sàn thương mại điện tử tối đa 30 triệu đồng để "
        "thiết kế bao bì, nhãn mác, chụp ảnh sản phẩm; hồ sơ đề nghị hỗ trợ nộp tại Trung tâm Phục vụ hành "
        "chính công xã trước ngày 31/3/2026.",
    ),
    ("b", "3. Truy xuất nguồn gốc, mã số vùng trồng"),
    (
        "p",
        "- Phòng Kinh tế chủ trì, phối hợp Sở Nông nghiệp và Môi trường hướng dẫn các hợp tác xã lập hồ sơ "
        "cấp mới mã số vùng trồng cho 230 ha vải, hoàn thành trong năm 2027; cấp tem truy xuất nguồn gốc "
        "bằng mã QR cho 100% sản phẩm OCOP trước ngày 31/5/2026.",
    ),
    ("b", "4. Mô hình “Chợ phiên nông sản số Thanh Hà”"),
    (
        "p",
        "- Tổ chức Chợ phiên nông sản số Thanh Hà vào thứ Bảy cuối cùng hằng tháng tại Nhà văn hóa trung "
        "tâm xã: các hợp tác xã, hộ kinh doanh trưng bày sản phẩm và cùng livestream bán hàng trên sàn "
        "thương mại điện tử, mạng xã hội; trong mùa vải (từ ngày 25/5 đến ngày 10/7) tổ chức hằng tuần vào "
        "tối thứ Sáu.",
    ),
    (
        "p",
        "- Thành lập nhóm livestream tình nguyện gồm 20 đoàn viên thanh niên, hỗ trợ các hộ không có điều "
        "kiện tự livestream bán hàng.",
    ),
    ("b", "5. Hóa đơn điện tử, thanh toán không dùng tiền mặt"),
    (
        "p",
        "- Đề nghị Thuế thành phố Hải Phòng chỉ đạo Thuế cơ sở quản lý địa bàn phối hợp với xã rà soát, "
        "hướng dẫn hộ kinh doanh đăng ký, sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền và khai thuế "
        "điện tử; hoàn thành hướng dẫn trước ngày 30/6/2026.",
    ),
    (
        "p",
        "- Vận động 100% hộ kinh doanh tại chợ Thanh Hà và các tuyến đường chính của xã niêm yết mã QR thanh "
        "toán, hoàn thành trước ngày 30/9/2026.",
    ),
    ("b", "6. Hạ tầng logistics cho nông sản"),
    (
        "p",
        "- Vận động doanh nghiệp, hợp tác xã đầu tư 01 điểm tập kết, sơ chế, đóng gói nông sản có kho lạnh "
        "sức chứa 60 tấn theo hình thức xã hội hóa, đưa vào sử dụng trước ngày 15/5/2027; phối hợp Bưu điện "
        "thành phố Hải Phòng bố trí điểm nhận hàng tại các thôn trong mùa thu hoạch.",
    ),
    ("b", "V. KINH PHÍ THỰC HIỆN"),
    (
        "p",
        "Kinh phí thực hiện Kế hoạch năm 2026 là 1.420 triệu đồng, gồm ngân sách xã 1.050 triệu đồng và "
        "nguồn hỗ trợ của thành phố qua Sở Công Thương 370 triệu đồng.",
    ),
    (
        "p",
        "Cơ cấu kinh phí năm 2026: tập huấn kỹ năng số 260 triệu đồng; hỗ trợ hợp tác xã mở gian hàng 150 "
        "triệu đồng; tem truy xuất nguồn gốc, mã QR 320 triệu đồng; Chợ phiên nông sản số Thanh Hà và "
        "livestream 410 triệu đồng; hoạt động của Tổ công nghệ số cộng đồng 280 triệu đồng.",
    ),
    (
        "p",
        "Kinh phí năm 2027 do Phòng Kinh tế tham mưu bố trí trong dự toán ngân sách xã hằng năm và huy động "
        "nguồn xã hội hóa; điểm tập kết, kho lạnh thực hiện bằng nguồn vốn của doanh nghiệp, hợp tác xã.",
    ),
    ("b", "VI. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Phòng Kinh tế"),
    (
        "p",
        "- Là cơ quan thường trực, chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo "
        "Ủy ban nhân dân xã trước ngày 05 của tháng cuối quý.",
    ),
    (
        "p",
        "- Tham mưu Ủy ban nhân dân xã báo cáo Sở Công Thương kết quả thực hiện 6 tháng trước ngày 20/6/2026 "
        "và kết quả năm 2026 trước ngày 15/12/2026; tham mưu sơ kết 01 năm trong tháng 01/2027 và tổng kết "
        "Kế hoạch trong tháng 12/2027.",
    ),
    ("b", "2. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"),
    (
        "p",
        "Đăng tải Kế hoạch và danh sách gian hàng của hộ kinh doanh, hợp tác xã trên Trang thông tin điện "
        "tử của xã, cập nhật hằng tháng; bảo đảm đường truyền, thiết bị cho Chợ phiên nông sản số Thanh Hà.",
    ),
    ("b", "3. Phòng Văn hóa - Xã hội"),
    (
        "p",
        "Chủ trì kiện toàn Tổ công nghệ số cộng đồng; tuyên truyền Kế hoạch trên hệ thống truyền thanh cơ "
        "sở, trang mạng xã hội của xã; quảng bá vải thiều gắn với du lịch trải nghiệm vườn vải.",
    ),
    ("b", "4. Trung tâm Phục vụ hành chính công xã"),
    (
        "p",
        "Tiếp nhận hồ sơ đề nghị hỗ trợ của hợp tác xã; hướng dẫn hộ kinh doanh thực hiện thủ tục đăng ký, "
        "thay đổi nội dung đăng ký hộ kinh doanh trên môi trường điện tử; thống kê số hồ sơ, gửi Phòng Kinh "
        "tế trước ngày 25 hằng tháng.",
    ),
    ("b", "5. Công an xã"),
    (
        "p",
        "Hướng dẫn hộ kinh doanh kích hoạt, sử dụng tài khoản định danh điện tử mức độ 2 để đăng ký gian "
        "hàng, giao dịch trực tuyến; tuyên truyền phòng, chống lừa đảo qua mạng và hàng giả nhãn hiệu vải "
        "thiều Thanh Hà.",
    ),
    ("b", "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội"),
    (
        "p",
        "Vận động hội viên, đoàn viên tham gia bán hàng trực tuyến; Đoàn Thanh niên Cộng sản Hồ Chí Minh xã "
        "duy trì nhóm livestream tình nguyện trong mùa vải.",
    ),
    ("b", "7. Đề nghị các sở, ngành, đơn vị của thành phố"),
    (
        "p",
        "- Sở Công Thương: kết nối hộ kinh doanh, hợp tác xã với các sàn thương mại điện tử; bố trí nguồn "
        "hỗ trợ năm 2026 theo Kế hoạch số 428/KH-UBND của Ủy ban nhân dân thành phố.",
    ),
    (
        "p",
        "- Sở Nông nghiệp và Môi trường: hướng dẫn, thẩm định hồ sơ cấp mã số vùng trồng; giám sát vùng "
        "trồng vải phục vụ xuất khẩu.",
    ),
    (
        "p",
        "- Sở Khoa học và Công nghệ: hỗ trợ đăng ký, quản lý nhãn hiệu; hướng dẫn ứng dụng tem truy xuất "
        "nguồn gốc.",
    ),
    (
        "p",
        "- Thuế thành phố Hải Phòng: chỉ đạo Thuế cơ sở quản lý địa bàn cung cấp danh sách hộ kinh doanh "
        "chuyển từ phương pháp khoán sang kê khai trước ngày 15/02/2026; cử cán bộ hướng dẫn tại các lớp "
        "tập huấn.",
    ),
    (
        "p",
        "- Bưu điện thành phố Hải Phòng: hỗ trợ vận chuyển, thu gom vải tại thôn trong mùa thu hoạch; hướng "
        "dẫn hợp tác xã đưa sản phẩm lên sàn Postmart.",
    ),
    (
        "p",
        "- Liên minh Hợp tác xã thành phố: tư vấn hợp tác xã xây dựng phương án kinh doanh trực tuyến, kết "
        "nối tiêu thụ sản phẩm.",
    ),
    (
        "p",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Kinh "
        "tế để tổng hợp, báo cáo Ủy ban nhân dân xã xem xét, điều chỉnh cho phù hợp./.",
    ),
]

CLOSING = [
    [
        [
            "Nơi nhận:",
            "- UBND thành phố (để b/c);",
            "- Sở Công Thương;",
            "- Sở Nông nghiệp và Môi trường;",
            "- Sở Khoa học và Công nghệ;",
            "- Thuế thành phố Hải Phòng;",
            "- Bưu điện thành phố Hải Phòng;",
            "- TT Đảng ủy, TT HĐND xã;",
            "- UBMTTQ Việt Nam xã;",
            "- Chủ tịch, các PCT UBND xã;",
            "- Các phòng, đơn vị thuộc UBND xã;",
            "- Lưu: VT, KT.",
        ],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Đỗ Minh Tuyến"],
    ],
]

APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ, PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ GIAI ĐOẠN 2026-2027",
    "(Kèm theo Kế hoạch số 91/KH-UBND ngày 16/01/2026 của Ủy ban nhân dân xã Thanh Hà)",
]

TASKS = [
    [
        "1",
        "Cung cấp danh sách hộ kinh doanh chuyển từ phương pháp khoán sang kê khai",
        "Thuế cơ sở quản lý địa bàn",
        "Phòng Kinh tế",
        "Trước ngày 15/02/2026",
    ],
    [
        "2",
        "Kiện toàn 22 Tổ công nghệ số cộng đồng tại các thôn",
        "Phòng Văn hóa - Xã hội",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã; các thôn",
        "Trước ngày 28/02/2026",
    ],
    [
        "3",
        "Tiếp nhận hồ sơ hỗ trợ hợp tác xã mở gian hàng (tối đa 30 triệu đồng/hợp tác xã)",
        "Trung tâm Phục vụ hành chính công xã",
        "Phòng Kinh tế",
        "Trước ngày 31/3/2026",
    ],
    [
        "4",
        "Tổ chức 3 lớp tập huấn đầu tiên về bán hàng trực tuyến, livestream",
        "Phòng Kinh tế",
        "Phòng Văn hóa - Xã hội; Sở Công Thương; Bưu điện thành phố Hải Phòng",
        "Trước ngày 15/4/2026",
    ],
    [
        "5",
        "Cấp tem truy xuất nguồn gốc bằng mã QR cho 100% sản phẩm OCOP",
        "Phòng Kinh tế",
        "Sở Khoa học và Công nghệ; các hợp tác xã",
        "Trước ngày 31/5/2026",
    ],
    [
        "6",
        "Chợ phiên nông sản số Thanh Hà",
        "Phòng Kinh tế",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã; Đoàn Thanh niên Cộng sản Hồ Chí Minh xã",
        "Thứ Bảy cuối cùng hằng tháng; hằng tuần trong mùa vải",
    ],
    [
        "7",
        "Hướng dẫn hộ kinh doanh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền",
        "Thuế cơ sở quản lý địa bàn",
        "Phòng Kinh tế; Trung tâm Phục vụ hành chính công xã",
        "Trước ngày 30/6/2026",
    ],
    [
        "8",
        "Hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2 cho hộ kinh doanh",
        "Công an xã",
        "Trung tâm Phục vụ hành chính công xã",
        "Quý II/2026",
    ],
    [
        "9",
        "Niêm yết mã QR thanh toán tại chợ Thanh Hà và các tuyến đường chính",
        "Phòng Kinh tế",
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
        "Trước ngày 30/9/2026",
    ],
    [
        "10",
        "Báo cáo Sở Công Thương kết quả 6 tháng và năm 2026",
        "Phòng Kinh tế",
        "Các phòng, đơn vị thuộc Ủy ban nhân dân xã",
        "Trước ngày 20/6/2026 và ngày 15/12/2026",
    ],
    [
        "11",
        "Điểm tập kết, sơ chế, đóng gói nông sản có kho lạnh 60 tấn",
        "Phòng Kinh tế",
        "Doanh nghiệp, hợp tác xã; Bưu điện thành phố Hải Phòng",
        "Trước ngày 15/5/2027",
    ],
    [
        "12",
        "Lập hồ sơ cấp mới mã số vùng trồng cho 230 ha vải",
        "Phòng Kinh tế",
        "Sở Nông nghiệp và Môi trường; các hợp tác xã",
        "Năm 2027",
    ],
    [
        "13",
        "Sơ kết 01 năm và tổng kết Kế hoạch",
        "Phòng Kinh tế",
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã",
        "Tháng 01/2027; tháng 12/2027",
    ],
]

FIXED_TIME = dt.datetime(2026, 1, 16, 8, 0, 0)


SPEC = spec_from(
    globals(),
    author="Ủy ban nhân dân xã Thanh Hà (tài liệu tổng hợp để đánh giá)",
    label="Kế hoạch 91/KH-UBND (tài liệu đánh giá tổng hợp)",
    comments="Synthetic evaluation document - not a real plan.",
    made_by="eval/newdoc/make_docx_l.py",
)


build, main = entry_points(SPEC)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

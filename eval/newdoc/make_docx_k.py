#!/usr/bin/env python3
"""Write the synthetic evaluation document kh_58_stp_phap_ly_dnnvv_2026.docx (python-docx, deterministic).

SYNTHETIC EVALUATION DOCUMENT — NOT A REAL PLAN. Sở Tư pháp thành phố Hải Phòng, the city agencies it
names (Sở Tài chính, Sở Nội vụ, Sở Khoa học và Công nghệ, Thuế thành phố Hải Phòng, Đoàn Luật sư thành
phố Hải Phòng) and the wards An Biên and Thành Đông exist, but the plan itself, its number (58/KH-STP),
the city decision and plan it cites (2947/QĐ-UBND ngày 19/12/2025, 326/KH-UBND ngày 29/12/2025), the
"Đường dây hỏi đáp pháp lý cho doanh nghiệp" and its telephone number, the "Phòng khám pháp lý doanh
nghiệp" model, every figure, target, deadline, assignment, the budget and the signer's name are
invented, so that the assistant can be measured on a document it has never seen, ingested as .docx.
This set ("k") is reserved for the final measurement.

It is a city department "Kế hoạch" on legal support for small and medium enterprises and household
businesses in 2026: 2025 results, 2026 targets, the legal advisory network, training courses, a legal
Q&A hotline, a pilot legal clinic, review of legal documents, the budget, assignments per unit and per
agency with report deadlines. The layout is the one shared by the other sets (docx_layout.py): the
header ("UBND THÀNH PHỐ HẢI PHÒNG / SỞ TƯ PHÁP", "Số: …/KH-STP", place and date) and the closing
("Nơi nhận:" beside the signature block) are two-column borderless Word tables, the body is plain
paragraphs with bold section lines (no Heading styles), and the appendix of tasks is a real Word table
on a landscape page.

    python3 eval/newdoc/make_docx_k.py [OUT_PATH] [--plain-layout]
        # default OUT_PATH: <tmp>/trolyao-newdoc/kh_58_stp_phap_ly_dnnvv_2026.docx
        # --plain-layout: ablation, header and closing as plain paragraphs instead of tables

Same input, byte-identical output (fixed core properties and zip timestamps).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_layout import NATIONAL_MOTTO, entry_points, spec_from

DOC_NAME = "kh_58_stp_phap_ly_dnnvv_2026.docx"

# --- the document, as data -------------------------------------------------------------------------
# Header and closing are tables of cells; each cell is a list of lines (one Word paragraph each).
HEADER = [
    [
        ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ TƯ PHÁP"],
        NATIONAL_MOTTO,
    ],
    [["Số: 58/KH-STP"], ["Hải Phòng, ngày 14 tháng 01 năm 2026"]],
]

TITLE = [
    "KẾ HOẠCH",
    "Hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa, hộ kinh doanh",
    "trên địa bàn thành phố Hải Phòng năm 2026",
]

# ("b", text) bold section line; ("p", text) body paragraph
BODY: list[tuple[str, str]] = [
    ("p", "Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày 12 tháng 6 năm 2017;"),
    (
        "p",
        "Căn cứ Quyết định số 2947/QĐ-UBND ngày 19/12/2025 của Ủy ban nhân dân thành phố Hải Phòng phê "
        "duyệt Chương trình hỗ trợ pháp lý liên ngành cho doanh nghiệp trên địa bàn thành phố giai đoạn "
        "2026 - 2030;",
    ),
    (
        "p",
        "Thực hiện Kế hoạch số 326/KH-UBND ngày 29/12/2025 của Ủy ban nhân dân thành phố về phát triển "
        "doanh nghiệp nhỏ và vừa, hộ kinh doanh năm 2026;",
    ),
    (
        "p",
        "Sở Tư pháp ban hành Kế hoạch hỗ trợ pháp lý cho doanh nghiệp nhỏ và vừa, hộ kinh doanh trên địa "
        "bàn thành phố năm 2026, cụ thể như sau:",
    ),
    ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("b", "1. Mục đích"),
    (
        "p",
        "- Nâng cao hiểu biết pháp luật, kỹ năng quản trị rủi ro pháp lý của doanh nghiệp nhỏ và vừa, hộ "
        "kinh doanh; hỗ trợ hộ kinh doanh chuyển đổi thành doanh nghiệp tuân thủ đúng quy định về đăng ký, "
        "thuế, lao động, hợp đồng;",
    ),
    (
        "p",
        "- Kịp thời phát hiện, kiến nghị xử lý các quy định chồng chéo, mâu thuẫn, gây khó khăn cho hoạt "
        "động sản xuất, kinh doanh.",
    ),
    ("b", "2. Yêu cầu"),
    (
        "p",
        "- Hoạt động hỗ trợ pháp lý bảo đảm thiết thực, đúng đối tượng, không thu phí đối với các nội dung "
        "quy định tại Kế hoạch này; ưu tiên doanh nghiệp siêu nhỏ, doanh nghiệp do phụ nữ làm chủ và hộ "
        "kinh doanh chuyển đổi thành doanh nghiệp;",
    ),
    (
        "p",
        "- Phân công cụ thể cơ quan chủ trì, phối hợp, thời hạn hoàn thành; gắn trách nhiệm người đứng đầu "
        "với kết quả thực hiện.",
    ),
    ("b", "II. KẾT QUẢ NĂM 2025"),
    (
        "p",
        "Tính đến ngày 31/12/2025, trên địa bàn thành phố có 41.620 doanh nghiệp đang hoạt động (trong đó "
        "40.150 doanh nghiệp nhỏ và vừa) và 168.400 hộ kinh doanh; trong năm 2025 có 1.085 hộ kinh doanh "
        "chuyển đổi thành doanh nghiệp.",
    ),
    (
        "p",
        "Mạng lưới tư vấn viên pháp luật hỗ trợ doanh nghiệp có 86 thành viên (54 luật sư, 32 tư vấn viên "
        "pháp luật) thuộc 23 tổ chức hành nghề luật sư, tổ chức tư vấn pháp luật; trong năm đã tư vấn 1.126 "
        "vụ việc cho doanh nghiệp.",
    ),
    (
        "p",
        "Sở Tư pháp tổ chức 18 lớp tập huấn với 1.430 lượt người tham dự; trả lời 642 câu hỏi pháp lý của "
        "doanh nghiệp gửi qua Cổng thông tin điện tử của Sở; rà soát 214 văn bản quy phạm pháp luật liên "
        "quan đến doanh nghiệp, phát hiện 9 văn bản cần sửa đổi, bổ sung.",
    ),
    (
        "p",
        "Hạn chế: mạng lưới tư vấn viên tập trung chủ yếu ở khu vực trung tâm, chưa đến được các xã, đặc "
        "khu; hộ kinh doanh ít tiếp cận các lớp tập huấn; chưa có kênh hỏi đáp pháp lý trực tiếp qua điện "
        "thoại; kinh phí hỗ trợ chi phí tư vấn vụ việc mới giải ngân đạt 61%.",
    ),
    ("b", "III. MỤC TIÊU NĂM 2026"),
    (
        "p",
        "- Mạng lưới tư vấn viên pháp luật đạt ít nhất 120 thành viên, trong đó có ít nhất 30 thành viên "
        "nhận tư vấn tại khu vực phía Tây thành phố (các phường, xã thuộc tỉnh Hải Dương cũ);",
    ),
    (
        "p",
        "- Tổ chức 30 lớp tập huấn với ít nhất 2.500 lượt người tham dự, trong đó 12 lớp dành riêng cho hộ "
        "kinh doanh;",
    ),
    (
        "p",
        "- Tư vấn pháp luật ít nhất 1.500 vụ việc cho doanh nghiệp nhỏ và vừa, hộ kinh doanh;",
    ),
    (
        "p",
        "- Đường dây hỏi đáp pháp lý trả lời 100% câu hỏi trong thời hạn 03 ngày làm việc kể từ ngày tiếp "
        "nhận;",
    ),
    (
        "p",
        "- Rà soát 100% văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân thành phố ban hành "
        "từ ngày 01/7/2025 đến ngày 31/12/2025 có liên quan đến doanh nghiệp;",
    ),
    (
        "p",
        "- Tỷ lệ doanh nghiệp, hộ kinh doanh hài lòng với hoạt động hỗ trợ pháp lý đạt từ 90% trở lên.",
    ),
    ("b", "IV. NHIỆM VỤ, GIẢI PHÁP"),
    ("b", "1. Kiện toàn mạng lưới tư vấn viên pháp luật"),
    (
        "p",
        "- Phòng Bổ trợ tư pháp chủ trì, phối hợp với Đoàn Luật sư thành phố Hải Phòng rà soát, bổ sung "
        "thành viên mạng lưới; công bố danh sách, lĩnh vực tư vấn và địa chỉ liên hệ của từng thành viên "
        "trên Cổng thông tin điện tử của Sở Tư pháp trước ngày 31/3/2026.",
    ),
    (
        "p",
        "- Thành viên mạng lưới được chi trả thù lao theo vụ việc; mỗi vụ việc tư vấn cho doanh nghiệp siêu "
        "nhỏ, hộ kinh doanh chuyển đổi thành doanh nghiệp được hỗ trợ 100% chi phí, tối đa 5 triệu đồng/vụ "
        "việc; đối với doanh nghiệp nhỏ được hỗ trợ 50% chi phí, tối đa 8 triệu đồng/vụ việc.",
    ),
    ("b", "2. Tổ chức tập huấn, bồi dưỡng kiến thức pháp luật"),
    (
        "p",
        "- Tổ chức 30 lớp tập huấn theo chuyên đề: hợp đồng thương mại và giải quyết tranh chấp; thuế, hóa "
        "đơn điện tử đối với hộ kinh doanh sau khi bỏ thuế khoán; pháp luật lao động, bảo hiểm xã hội; sở "
        "hữu trí tuệ, nhãn hiệu; đăng ký doanh nghiệp. Các lớp được tổ chức từ quý II đến quý IV năm 2026, "
        "mỗi quý 10 lớp.",
    ),
    (
        "p",
        "- 12 lớp dành cho hộ kinh doanh được tổ chức tại trụ sở Ủy ban nhân dân các phường, xã vào buổi "
        "tối hoặc ngày nghỉ, hoàn thành trước ngày 30/10/2026; Thuế thành phố Hải Phòng cử báo cáo viên "
        "chuyên đề thuế, hóa đơn điện tử.",
    ),
    ("b", "3. Đường dây hỏi đáp pháp lý cho doanh nghiệp"),
    (
        "p",
        "- Trung tâm Trợ giúp pháp lý nhà nước thành phố vận hành Đường dây hỏi đáp pháp lý cho doanh "
        "nghiệp qua số điện thoại 02253.750.138 và tài khoản Zalo Official Account “Pháp lý doanh nghiệp "
        "Hải Phòng”, chính thức hoạt động từ ngày 02/3/2026.",
    ),
    (
        "p",
        "- Thời gian tiếp nhận từ 7 giờ 30 đến 17 giờ các ngày làm việc; câu hỏi phức tạp được chuyển thành "
        "viên mạng lưới tư vấn viên trả lời bằng văn bản trong thời hạn 03 ngày làm việc; câu hỏi, trả lời "
        "có giá trị tham khảo chung được đăng tải trên Cổng thông tin điện tử của Sở.",
    ),
    ("b", "4. Thí điểm mô hình “Phòng khám pháp lý doanh nghiệp”"),
    (
        "p",
        "- Thí điểm mô hình “Phòng khám pháp lý doanh nghiệp” tại Trung tâm Phục vụ hành chính công phường "
        "An Biên và phường Thành Đông từ tháng 4/2026: luật sư trong mạng lưới trực tiếp nghe, tư vấn miễn "
        "phí cho doanh nghiệp, hộ kinh doanh vào sáng thứ Ba hằng tuần, mỗi lượt tư vấn không quá 45 phút.",
    ),
    (
        "p",
        "- Phòng Bổ trợ tư pháp sơ kết mô hình, đề xuất nhân rộng ra các phường, xã khác trước ngày "
        "15/11/2026.",
    ),
    ("b", "5. Rà soát văn bản quy phạm pháp luật"),
    (
        "p",
        "- Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật chủ trì rà soát văn bản quy phạm pháp luật "
        "của thành phố liên quan đến doanh nghiệp; tổng hợp quy định chồng chéo, mâu thuẫn hoặc không còn "
        "phù hợp, báo cáo Ủy ban nhân dân thành phố trước ngày 30/9/2026.",
    ),
    (
        "p",
        "- Tiếp nhận kiến nghị của doanh nghiệp về quy định pháp luật qua Đường dây hỏi đáp pháp lý, Hội "
        "nghị đối thoại và Hiệp hội Doanh nghiệp nhỏ và vừa thành phố Hải Phòng; trả lời bằng văn bản trong "
        "thời hạn 15 ngày kể từ ngày nhận được kiến nghị.",
    ),
    ("b", "6. Tuyên truyền, phổ biến pháp luật"),
    (
        "p",
        "- Phát hành Bản tin pháp luật doanh nghiệp hằng tháng (12 số/năm) trên Cổng thông tin điện tử của "
        "Sở Tư pháp vào ngày 25 hằng tháng; biên soạn, in 5.000 cuốn Sổ tay pháp luật cho hộ kinh doanh, "
        "phát hành trước ngày 30/6/2026.",
    ),
    (
        "p",
        "- Tổ chức Hội nghị đối thoại giữa Sở Tư pháp với doanh nghiệp nhỏ và vừa, hộ kinh doanh trong "
        "tháng 8/2026.",
    ),
    ("b", "V. KINH PHÍ THỰC HIỆN"),
    (
        "p",
        "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 2.460 triệu đồng, bố trí từ ngân sách thành phố trong "
        "dự toán của Sở Tư pháp, gồm: hỗ trợ chi phí tư vấn vụ việc và thù lao mạng lưới tư vấn viên 980 "
        "triệu đồng; tổ chức 30 lớp tập huấn 620 triệu đồng; vận hành Đường dây hỏi đáp pháp lý 310 triệu "
        "đồng; rà soát văn bản quy phạm pháp luật 180 triệu đồng; tuyên truyền, in Sổ tay pháp luật, Hội "
        "nghị đối thoại 370 triệu đồng.",
    ),
    (
        "p",
        "Kinh phí hỗ trợ pháp lý cho doanh nghiệp các năm tiếp theo được bố trí trong dự toán hằng năm của "
        "Sở Tư pháp; khuyến khích huy động nguồn tài trợ hợp pháp của các tổ chức, doanh nghiệp.",
    ),
    ("b", "VI. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật"),
    (
        "p",
        "Là đơn vị thường trực, giúp Giám đốc Sở theo dõi, đôn đốc việc thực hiện Kế hoạch; chủ trì tổ chức "
        "các lớp tập huấn, biên soạn Sổ tay pháp luật cho hộ kinh doanh; tổng hợp kết quả hằng quý gửi "
        "Văn phòng Sở trước ngày 10 của tháng cuối quý.",
    ),
    ("b", "2. Phòng Bổ trợ tư pháp"),
    (
        "p",
        "Chủ trì kiện toàn mạng lưới tư vấn viên pháp luật, thí điểm mô hình “Phòng khám pháp lý doanh "
        "nghiệp”; thẩm định hồ sơ đề nghị hỗ trợ chi phí tư vấn vụ việc; báo cáo số vụ việc đã tư vấn trước "
        "ngày 05 hằng tháng.",
    ),
    ("b", "3. Trung tâm Trợ giúp pháp lý nhà nước thành phố"),
    (
        "p",
        "Vận hành Đường dây hỏi đáp pháp lý cho doanh nghiệp; thống kê số câu hỏi, lĩnh vực hỏi, thời gian "
        "trả lời, gửi Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật trước ngày 20 hằng "
        "tháng.",
    ),
    ("b", "4. Văn phòng Sở"),
    (
        "p",
        "Bảo đảm kinh phí, hướng dẫn thanh quyết toán; phát hành Bản tin pháp luật doanh nghiệp; tổ chức "
        "khảo sát mức độ hài lòng trong tháng 11/2026; tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân thành "
        "phố kết quả 6 tháng trước ngày 18/6/2026 và kết quả năm trước ngày 05/12/2026.",
    ),
    ("b", "5. Đề nghị Sở Tài chính"),
    (
        "p",
        "Cung cấp danh sách doanh nghiệp thành lập mới, hộ kinh doanh chuyển đổi thành doanh nghiệp trước "
        "ngày 10 của tháng đầu quý sau; cử báo cáo viên chuyên đề đăng ký doanh nghiệp; thẩm định, tham mưu "
        "bố trí kinh phí theo quy định.",
    ),
    ("b", "6. Đề nghị Thuế thành phố Hải Phòng"),
    (
        "p",
        "Cử báo cáo viên chuyên đề thuế, hóa đơn điện tử tại các lớp tập huấn dành cho hộ kinh doanh; phối "
        "hợp trả lời câu hỏi về thuế được chuyển từ Đường dây hỏi đáp pháp lý trong thời hạn 05 ngày làm "
        "việc.",
    ),
    ("b", "7. Đề nghị Sở Nội vụ, Sở Khoa học và Công nghệ"),
    (
        "p",
        "Cử báo cáo viên chuyên đề pháp luật lao động, bảo hiểm xã hội (Sở Nội vụ) và sở hữu trí tuệ, nhãn "
        "hiệu (Sở Khoa học và Công nghệ) theo đề nghị của Sở Tư pháp.",
    ),
    (
        "b",
        "8. Đề nghị Đoàn Luật sư thành phố Hải Phòng, Hiệp hội Doanh nghiệp nhỏ và vừa thành phố Hải Phòng",
    ),
    (
        "p",
        "Đoàn Luật sư thành phố giới thiệu luật sư tham gia mạng lưới tư vấn viên pháp luật và Phòng khám "
        "pháp lý doanh nghiệp trước ngày 15/3/2026; Hiệp hội Doanh nghiệp nhỏ và vừa thành phố tổng hợp nhu "
        "cầu hỗ trợ pháp lý của hội viên, phối hợp tổ chức Hội nghị đối thoại và khảo sát mức độ hài lòng.",
    ),
    ("b", "9. Ủy ban nhân dân các phường, xã, đặc khu"),
    (
        "p",
        "Thông báo rộng rãi Kế hoạch đến hộ kinh doanh trên địa bàn; bố trí địa điểm tổ chức lớp tập huấn; "
        "tổng hợp nhu cầu hỗ trợ pháp lý của hộ kinh doanh gửi Sở Tư pháp trước ngày 15/4/2026; báo cáo kết "
        "quả phối hợp thực hiện trước ngày 25/11/2026.",
    ),
    (
        "p",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Tư pháp "
        "(qua Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật) để được hướng dẫn, giải "
        "quyết./.",
    ),
]

CLOSING = [
    [
        [
            "Nơi nhận:",
            "- UBND thành phố (để b/c);",
            "- Sở Tài chính;",
            "- Sở Nội vụ;",
            "- Sở Khoa học và Công nghệ;",
            "- Thuế thành phố Hải Phòng;",
            "- Đoàn Luật sư thành phố Hải Phòng;",
            "- Hiệp hội DNNVV thành phố Hải Phòng;",
            "- UBND các phường, xã, đặc khu;",
            "- Giám đốc, các PGĐ Sở;",
            "- Các phòng, đơn vị thuộc Sở;",
            "- Lưu: VT, PBGDPL.",
        ],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Đinh Quang Khải"],
    ],
]

APPENDIX_TITLE = [
    "PHỤ LỤC",
    "DANH MỤC NHIỆM VỤ HỖ TRỢ PHÁP LÝ CHO DOANH NGHIỆP NHỎ VÀ VỪA, HỘ KINH DOANH NĂM 2026",
    "(Kèm theo Kế hoạch số 58/KH-STP ngày 14/01/2026 của Sở Tư pháp thành phố Hải Phòng)",
]

_PBGDPL = "Phòng Phổ biến, giáo dục pháp luật và Theo dõi thi hành pháp luật"

TASKS = [
    [
        "1",
        "Kiện toàn, công bố danh sách mạng lưới tư vấn viên pháp luật",
        "Phòng Bổ trợ tư pháp",
        "Đoàn Luật sư thành phố Hải Phòng",
        "Trước ngày 31/3/2026",
    ],
    [
        "2",
        "Giới thiệu luật sư tham gia mạng lưới và Phòng khám pháp lý doanh nghiệp",
        "Đoàn Luật sư thành phố Hải Phòng",
        "Phòng Bổ trợ tư pháp",
        "Trước ngày 15/3/2026",
    ],
    [
        "3",
        "Vận hành Đường dây hỏi đáp pháp lý cho doanh nghiệp",
        "Trung tâm Trợ giúp pháp lý nhà nước thành phố",
        "Thuế thành phố Hải Phòng; thành viên mạng lưới tư vấn viên",
        "Từ ngày 02/3/2026, thường xuyên",
    ],
    [
        "4",
        "Tổ chức 30 lớp tập huấn pháp luật theo chuyên đề",
        _PBGDPL,
        "Sở Tài chính; Thuế thành phố Hải Phòng; Sở Nội vụ; Sở Khoa học và Công nghệ",
        "Quý II - quý IV/2026, mỗi quý 10 lớp",
    ],
    [
        "5",
        "Tổ chức 12 lớp tập huấn cho hộ kinh doanh tại các phường, xã",
        _PBGDPL,
        "Ủy ban nhân dân các phường, xã; Thuế thành phố Hải Phòng",
        "Trước ngày 30/10/2026",
    ],
    [
        "6",
        "Thí điểm mô hình “Phòng khám pháp lý doanh nghiệp”",
        "Phòng Bổ trợ tư pháp",
        "Ủy ban nhân dân phường An Biên; Ủy ban nhân dân phường Thành Đông; Đoàn Luật sư thành phố Hải Phòng",
        "Từ tháng 4/2026; sơ kết trước ngày 15/11/2026",
    ],
    [
        "7",
        "Rà soát văn bản quy phạm pháp luật liên quan đến doanh nghiệp",
        "Phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật",
        "Các sở, ngành có liên quan",
        "Trước ngày 30/9/2026",
    ],
    [
        "8",
        "Thẩm định, chi trả hỗ trợ chi phí tư vấn vụ việc",
        "Phòng Bổ trợ tư pháp",
        "Văn phòng Sở; Sở Tài chính",
        "Hằng quý",
    ],
    [
        "9",
        "Biên soạn, in 5.000 cuốn Sổ tay pháp luật cho hộ kinh doanh",
        _PBGDPL,
        "Thuế thành phố Hải Phòng; Sở Tài chính",
        "Trước ngày 30/6/2026",
    ],
    [
        "10",
        "Phát hành Bản tin pháp luật doanh nghiệp (12 số/năm)",
        "Văn phòng Sở",
        _PBGDPL,
        "Ngày 25 hằng tháng",
    ],
    [
        "11",
        "Hội nghị đối thoại với doanh nghiệp nhỏ và vừa, hộ kinh doanh",
        "Văn phòng Sở",
        "Hiệp hội Doanh nghiệp nhỏ và vừa thành phố Hải Phòng; Sở Tài chính",
        "Tháng 8/2026",
    ],
    [
        "12",
        "Khảo sát mức độ hài lòng của doanh nghiệp, hộ kinh doanh",
        "Văn phòng Sở",
        "Hiệp hội Doanh nghiệp nhỏ và vừa thành phố Hải Phòng",
        "Tháng 11/2026",
    ],
    [
        "13",
        "Báo cáo Ủy ban nhân dân thành phố kết quả 6 tháng và năm",
        "Văn phòng Sở",
        "Các phòng, đơn vị thuộc Sở",
        "Trước ngày 18/6/2026 và ngày 05/12/2026",
    ],
]

FIXED_TIME = dt.datetime(2026, 1, 14, 8, 0, 0)


SPEC = spec_from(
    globals(),
    author="Sở Tư pháp thành phố Hải Phòng (tài liệu tổng hợp để đánh giá)",
    label="Kế hoạch 58/KH-STP (tài liệu đánh giá tổng hợp)",
    comments="Synthetic evaluation document - not a real plan.",
    made_by="eval/newdoc/make_docx_k.py",
)


build, main = entry_points(SPEC)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

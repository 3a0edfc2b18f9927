"""The assistant's fixed Vietnamese replies (greeting, intake, refusal, bad input)."""

from __future__ import annotations

from knowledge.contacts import Contact

MAX_QUESTION_CHARS = 2000  # the default of TROLYAO_MAX_QUESTION_CHARS: a longer question is refused

EMPTY_QUESTION = (
    "Anh/chị chưa nhập câu hỏi. Hãy gõ câu hỏi về chỉ số PCI, các kế hoạch của thành phố, "
    "mô hình “Kết nối thủ tục Giấy phép kinh doanh có điều kiện” hoặc mô hình CÙNG THÀNH CÔNG."
)

EMPTY_INDEX = (
    "Kho tri thức của Trợ lý chưa có tài liệu nào (quản trị viên cần chạy lệnh `trolyao ingest`), "
    "nên chưa thể trả lời câu hỏi này."
)

#: The one greeting, on every channel: to "xin chào" and to /start (it lists the commands of bot/texts.py).
GREETING = (
    "Xin chào! Tôi là Trợ lý ảo PCI Hải Phòng. Tôi có thể:\n"
    "• trả lời câu hỏi về các kế hoạch nâng cao chỉ số PCI của thành phố, mô hình "
    "“Kết nối thủ tục Giấy phép kinh doanh có điều kiện”, cơ quan phụ trách và số điện thoại liên hệ, "
    "kèm nguồn trích dẫn;\n"
    "• /hotro — gửi khó khăn, vướng mắc của doanh nghiệp tới cơ quan xử lý (CÙNG THÀNH CÔNG);\n"
    "• /trangthai — xem tình trạng phiếu hỗ trợ của anh/chị;\n"
    "• /nhiemvu <cơ quan> — tra cứu nhiệm vụ của một cơ quan, ví dụ: /nhiemvu Sở Tài chính;\n"
    "• /lienhe — đường dây nóng và đầu mối hỗ trợ;\n"
    "• /huy — hủy yêu cầu hỗ trợ đang nhập.\n"
    "Anh/chị cứ gõ câu hỏi bằng tiếng Việt."
)

OFF_TOPIC = (
    "Câu hỏi này nằm ngoài phạm vi của Trợ lý: các tài liệu hiện có chỉ nói về kế hoạch nâng cao chỉ số PCI, "
    "thủ tục cấp phép kinh doanh có điều kiện, số điện thoại công bố của các cơ quan ở Hải Phòng và mô hình "
    "CÙNG THÀNH CÔNG."
)

SUPPORT_INTAKE = (
    "Cảm ơn doanh nghiệp đã phản ánh. Khó khăn này sẽ được tiếp nhận qua mô hình hỗ trợ doanh nghiệp "
    "CÙNG THÀNH CÔNG và chuyển tới cơ quan có thẩm quyền. Để lập phiếu hỗ trợ, xin cho biết:\n"
    "- tên doanh nghiệp;\n"
    "- mã số thuế hoặc số điện thoại liên hệ;\n"
    "- nội dung vướng mắc (thủ tục, thời điểm nộp hồ sơ, kết quả đã nhận);\n"
    "- cơ quan đang giải quyết, nếu anh/chị biết."
)

STATUS_HOWTO = (
    "Để xem tình trạng phiếu hỗ trợ CÙNG THÀNH CÔNG, hãy gửi lệnh /trangthai kèm mã phiếu trên kênh anh/chị "
    "đã dùng để gửi yêu cầu, hoặc tra cứu trên trang web bằng mã phiếu và mã tra cứu được cấp khi tạo phiếu."
)

SUPPORT_ROUTE = (
    "Nếu doanh nghiệp đang gặp vướng mắc, anh/chị có thể gửi yêu cầu hỗ trợ qua mô hình CÙNG THÀNH CÔNG "
    "(mô tả khó khăn trong cuộc trò chuyện này hoặc gõ /hotro) để được chuyển tới cơ quan có thẩm quyền."
)


def too_long(limit: int) -> str:
    return (
        f"Câu hỏi quá dài. Xin rút gọn dưới {limit:,} ký tự".replace(",", ".")
        + " và chỉ nêu điều anh/chị cần hỏi; nếu cần trình bày một vướng mắc dài, hãy gửi yêu cầu hỗ trợ "
        "CÙNG THÀNH CÔNG."
    )


def hotline_text(contact: Contact | None) -> str:
    if contact is None:
        return SUPPORT_ROUTE
    who = contact.agency + (f" ({contact.role.split('(')[0].strip().rstrip(';,.')})" if contact.role else "")
    return f"Đường dây nóng đã công bố: {contact.phone} — {who}. {SUPPORT_ROUTE}"


def refusal(hotline: str) -> str:
    return (
        "Xin lỗi, các tài liệu hiện có của Trợ lý chưa có thông tin để trả lời chính xác câu hỏi này, "
        f"nên tôi không đưa ra câu trả lời phỏng đoán. {hotline}"
    )


# An answer given while the vector store is down (retrieval from the lexical index alone).
DEGRADED_NOTE = (
    "Lưu ý: tìm kiếm theo ngữ nghĩa đang tạm gián đoạn, câu trả lời này chỉ dựa trên tìm kiếm theo "
    "từ khóa nên có thể chưa đầy đủ."
)

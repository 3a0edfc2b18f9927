"""Questions of businesses for the load benches (written for the benches, not taken from any eval set).

Real traffic repeats itself: `pick` draws from the list with a Zipf-like skew (the first questions
are asked far more often than the last), or makes every question new with `fresh`.
"""

from __future__ import annotations

import random

QUESTIONS = (
    "Bảo hiểm xã hội thành phố có số điện thoại liên hệ nào?",
    "Dự án xây dựng Chính quyền số của thành phố có tổng mức đầu tư bao nhiêu?",
    "Thuế thành phố phải làm gì để rút ngắn thời gian kiểm tra thuế tại doanh nghiệp?",
    "Việc của Sở Khoa học và Công nghệ trong kế hoạch gồm những gì?",
    "Đường dây nóng phản ánh ô nhiễm môi trường của Ban Quản lý Khu kinh tế?",
    "Chi phí không chính thức được cải thiện bằng những giải pháp nào?",
    "Thời gian thực hiện thủ tục hành chính được rút ngắn ra sao?",
    "Tiếp cận đất đai của doanh nghiệp được cải thiện như thế nào?",
    "Tòa án nhân dân thành phố được giao việc gì đối với tranh chấp kinh doanh?",
    "Tính minh bạch và tiếp cận thông tin được nâng cao bằng cách nào?",
    "Ai chịu trách nhiệm về chỉ số thiết chế pháp lý và an ninh trật tự?",
    "Cơ quan nào theo dõi việc đối thoại với doanh nghiệp?",
    "Kết quả thực hiện PCI 9 tháng năm 2024 ra sao?",
    "Dịch vụ hỗ trợ doanh nghiệp gồm những nội dung gì?",
    "Đào tạo lao động cho doanh nghiệp được kế hoạch nêu thế nào?",
    "Chi phí gia nhập thị trường được giảm bằng cách nào?",
    "Tính năng động của chính quyền được đánh giá qua những việc gì?",
    "Công an thành phố có số điện thoại đường dây nóng về môi trường không?",
    "Ban Quản lý Khu kinh tế Hải Phòng có nhiệm vụ gì về PCI?",
    "Cạnh tranh bình đẳng giữa các doanh nghiệp được bảo đảm ra sao?",
    "Việc chuyển đổi số trong giải quyết thủ tục được triển khai thế nào?",
    "Khi thay đổi cán bộ đầu mối PCI thì phải gửi văn bản cho cơ quan nào?",
    "Các xã, phường, đặc khu phải làm gì để cải thiện PCI?",
    "Doanh nghiệp phản ánh khó khăn về thuế thì liên hệ ở đâu?",
)


def pick(rng: random.Random, *, fresh: bool = False, serial: int = 0) -> str:
    """A question; with `fresh`, one no earlier request asked (a number appended)."""
    weights = [1.0 / (rank + 1) for rank in range(len(QUESTIONS))]
    question = rng.choices(QUESTIONS, weights=weights)[0]
    return f"{question} (hỏi lần {serial})" if fresh else question

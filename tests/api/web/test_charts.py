import re

from api.web.charts import Series, bar_chart, column_chart


def test_bar_chart_scales_bars_and_escapes_labels() -> None:
    svg = str(
        bar_chart(
            "Tỷ lệ <đúng hạn>",
            ["Sở <A>", "Sở B"],
            [Series("Đúng hạn", [50.0, 100.0])],
            unit="%",
            max_value=100,
        )
    )
    assert "<A>" not in svg and "Sở &lt;A&gt;" in svg and "Tỷ lệ &lt;đúng hạn&gt;" in svg
    widths = [float(w) for w in re.findall(r'<rect x="0" y="[\d.]+" width="([\d.]+)" height="16"', svg)]
    assert len(widths) == 2 and abs(widths[1] - 2 * widths[0]) < 0.2
    assert "50%" in svg and "100%" in svg


def test_column_chart_one_group_per_category() -> None:
    svg = str(
        column_chart(
            "Theo tháng", ["01", "02", "03"], [Series("Tiếp nhận", [0, 2, 4]), Series("Xong", [0, 1, 4])]
        )
    )
    bars = re.findall(r'height="([\d.]+)" fill="#[0-9a-f]+"><title>', svg)
    assert len(bars) == 6
    heights = [float(h) for h in bars]
    assert heights[0] == 0 and heights[4] == heights[5] and abs(heights[2] - heights[4] / 2) < 0.2


def test_empty_chart_says_so() -> None:
    assert "Chưa có dữ liệu" in str(bar_chart("x", [], []))
    assert "Chưa có dữ liệu" in str(column_chart("x", ["01"], []))

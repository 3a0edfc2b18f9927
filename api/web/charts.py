"""Charts drawn on the server as inline SVG: no script, no download, readable on a phone.

`bar_chart`: horizontal grouped bars, each category (an agency) on a label line of its own, one bar per
series; `column_chart`: vertical grouped columns for short categories (months). Every label goes through
markupsafe.escape; numbers are formatted here.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH = 360  # about a phone's width in CSS pixels: text stays readable there and scales up on desktop
LABEL_H = 22
BAR_H = 16
BAR_GAP = 4
GROUP_GAP = 14
VALUE_W = 52
PALETTE = ("#1f5fa8", "#2e8b57", "#d9822b", "#8e44ad", "#c0392b")


@dataclass(frozen=True)
class Series:
    name: str
    values: list[float]


def _fmt(value: float, unit: str) -> str:
    text = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}".replace(".", ",")
    return f"{text}{unit}"


def bar_chart(
    title: str, categories: list[str], series: list[Series], *, unit: str = "", max_value: float = 0
) -> Markup:
    """Grouped horizontal bars; `max_value` fixes the scale (e.g. 100 for percentages)."""
    if not categories or not series:
        return Markup('<p class="muted">{}</p>').format("Chưa có dữ liệu.")
    top = max([max_value, *(v for s in series for v in s.values)]) or 1.0
    group_h = LABEL_H + len(series) * (BAR_H + BAR_GAP) + GROUP_GAP
    legend_h = 26
    height = legend_h + len(categories) * group_h
    span = WIDTH - VALUE_W
    parts = _legend(series)
    for c, label in enumerate(categories):
        y = legend_h + c * group_h
        parts.append(f'<text x="0" y="{y + 15}" class="chart-label">{escape(label)}</text>')
        for i, s in enumerate(series):
            value = s.values[c] if c < len(s.values) else 0.0
            by = y + LABEL_H + i * (BAR_H + BAR_GAP)
            w = max(0.0, value) / top * span
            color = PALETTE[i % len(PALETTE)]
            parts.append(
                f'<rect x="0" y="{by}" width="{w:.1f}" height="{BAR_H}" fill="{color}">'
                f"<title>{escape(s.name)}: {escape(_fmt(value, unit))}</title></rect>"
            )
            value_text = escape(_fmt(value, unit))
            parts.append(
                f'<text x="{w + 6:.1f}" y="{by + BAR_H - 3}" class="chart-value">{value_text}</text>'
            )
    return _svg(title, height, parts)


def column_chart(title: str, categories: list[str], series: list[Series], *, unit: str = "") -> Markup:
    """Grouped vertical columns with the category labels underneath (e.g. months "01" to "12")."""
    if not categories or not series:
        return Markup('<p class="muted">{}</p>').format("Chưa có dữ liệu.")
    top = max(v for s in series for v in s.values) or 1.0
    legend_h, plot_h, label_h = 30, 150, 20
    slot = WIDTH / len(categories)
    bar_w = max(2.0, (slot - 4) / len(series))
    parts = _legend(series)
    base = legend_h + plot_h
    parts.append(f'<line x1="0" y1="{base}" x2="{WIDTH}" y2="{base}" stroke="#b9c2cd"/>')
    for c, label in enumerate(categories):
        x0 = c * slot + 2
        for i, s in enumerate(series):
            value = s.values[c] if c < len(s.values) else 0.0
            h = max(0.0, value) / top * (plot_h - 16)
            x = x0 + i * bar_w
            parts.append(
                f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{bar_w - 1:.1f}" height="{h:.1f}" '
                f'fill="{PALETTE[i % len(PALETTE)]}"><title>{escape(label)} — {escape(s.name)}: '
                f"{escape(_fmt(value, unit))}</title></rect>"
            )
            if value:
                parts.append(
                    f'<text x="{x + bar_w / 2:.1f}" y="{base - h - 3:.1f}" text-anchor="middle" '
                    f'class="chart-value">{escape(_fmt(value, unit))}</text>'
                )
        parts.append(
            f'<text x="{c * slot + slot / 2:.1f}" y="{base + 15}" text-anchor="middle" '
            f'class="chart-value">{escape(label)}</text>'
        )
    return _svg(title, base + label_h, parts)


def _legend(series: list[Series]) -> list[str]:
    parts: list[str] = []
    x = 0
    for i, s in enumerate(series):
        color = PALETTE[i % len(PALETTE)]
        parts.append(f'<rect x="{x}" y="4" width="14" height="14" fill="{color}"/>')
        parts.append(f'<text x="{x + 20}" y="16" class="chart-legend">{escape(s.name)}</text>')
        x += 30 + 8 * len(s.name)
    return parts


def _svg(title: str, height: float, parts: list[str]) -> Markup:
    svg = (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height:.0f}" role="img" aria-label="{escape(title)}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>{"".join(parts)}</svg>'
    )
    return Markup(svg)  # every interpolated text above is escaped

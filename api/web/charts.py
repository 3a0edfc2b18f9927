"""Charts drawn on the server as inline SVG: no script, no download, readable on a phone.

Horizontal grouped bars: each category (an agency, a month) gets a label line and one bar per series.
Every label goes through markupsafe.escape; numbers are formatted here.
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
    parts: list[str] = []
    x = 0
    for i, s in enumerate(series):
        color = PALETTE[i % len(PALETTE)]
        parts.append(f'<rect x="{x}" y="4" width="14" height="14" fill="{color}"/>')
        parts.append(f'<text x="{x + 20}" y="16" class="chart-legend">{escape(s.name)}</text>')
        x += 30 + 9 * len(s.name)
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
    svg = (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{escape(title)}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>{"".join(parts)}</svg>'
    )
    return Markup(svg)

"""Server-rendered SVG bar charts: no JavaScript, no chart library, no CDN. Each chart sits beside a table with
the same figures, which is what screen readers use (the SVG is marked as an image with a text alternative)."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

BAR_HEIGHT = 22
GAP = 6
LABEL_WIDTH = 260
BAR_WIDTH = 360


def bar_chart(
    rows, *, value: str, label: str = "label", maximum: float | None = None, unit: str = "%", title: str = ""
):
    """Horizontal bars for ``rows`` (dicts); ``maximum`` defaults to the largest value (100 for percentages)."""
    rows = list(rows)
    if not rows:
        return ""
    top = maximum or max((float(row[value]) for row in rows), default=0) or 1
    height = len(rows) * (BAR_HEIGHT + GAP) + GAP
    width = LABEL_WIDTH + BAR_WIDTH + 70
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-label="{escape(title)}" preserveAspectRatio="xMinYMin meet">'
    ]
    for index, row in enumerate(rows):
        y = GAP + index * (BAR_HEIGHT + GAP)
        amount = float(row[value])
        bar = max(1.0, BAR_WIDTH * amount / top) if amount else 0
        text = escape(str(row[label]))
        short = text if len(text) <= 38 else text[:37] + "…"
        text_y = y + BAR_HEIGHT * 0.7
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{text_y}" text-anchor="end" class="chart__label">{short}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{bar:.1f}" height="{BAR_HEIGHT}" class="chart__bar">'
            f"<title>{text}: {amount:g}{unit}</title></rect>"
            f'<text x="{LABEL_WIDTH + bar + 6:.1f}" y="{text_y}" class="chart__value">{amount:g}{unit}</text>'
        )
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text above is escaped

"""A small page-layout engine over matplotlib: blocks flow onto paper-sized Figures, tables split with their header.

Positions are in inches from the top-left of the page. A page holds at most one chart; that chart's own Figure
becomes the page (resized to the paper, its constrained layout confined to the chart's box), so charts stay
vector graphics with selectable text. Everything else is drawn as figure text and patches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

PAPERS: dict[str, tuple[float, float]] = {"A4": (210 / 25.4, 297 / 25.4), "Letter": (8.5, 11.0)}
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 0.7, 0.85, 0.8
INK, GREY, ACCENT, LIGHT = "#222222", "#666666", "#2e7d6b", "#e8f1ee"
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")
_NO_LINE_START = set("，。、；：！？）》」』】,.;:!?)%")


@lru_cache(maxsize=1)
def _renderer():
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    return FigureCanvasAgg(Figure(dpi=144)).get_renderer()


@lru_cache(maxsize=20000)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of `text` in inches at `size` points (measured with the same fonts and fallbacks the PDF uses)."""
    if not text:
        return 0.0
    text = clean(text)
    prop = FontProperties(size=size, weight="bold" if bold else "normal")
    width, _h, _d = _renderer().get_text_width_height_descent(text, prop, ismath=False)
    return width / 144


def clean(text: str) -> str:
    """Control characters (tabs, line feeds inside data) shown as spaces: fonts have no glyph for them."""
    return _CONTROL.sub(" ", text)


def _tokens(text: str) -> list[str]:
    """Words for Latin text, single characters for Chinese (which breaks anywhere), spaces kept as tokens."""
    out: list[str] = []
    word = ""
    for ch in text:
        wide = unicodedata.east_asian_width(ch) in ("W", "F")
        if ch == " " or wide:
            if word:
                out.append(word)
                word = ""
            if wide and ch in _NO_LINE_START and out:
                out[-1] += ch
            else:
                out.append(ch)
        else:
            word += ch
    if word:
        out.append(word)
    return out


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Break `text` into lines no wider than `width` inches (explicit newlines kept)."""
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for token in _tokens(para):
            candidate = line + token
            if line and text_width(candidate.rstrip(), size, bold) > width:
                lines.append(line.rstrip())
                line = "" if token == " " else token
            else:
                line = candidate
        lines.append(line.rstrip())
    return lines


def fit(text: str, width: float, size: float, bold: bool = False) -> str:
    """`text` cut with an ellipsis so it fits `width` inches."""
    if text_width(text, size, bold) <= width:
        return text
    while text and text_width(text + "…", size, bold) > width:
        text = text[:-1]
    return text + "…"


class Canvas:
    """One page: a Figure plus drawing helpers in inches from the top-left."""

    def __init__(self, fig: Figure, paper: tuple[float, float]) -> None:
        self.fig = fig
        self.width, self.height = paper

    def text(self, x: float, y: float, s: str, size: float = 10, *, bold: bool = False, color: str = INK,
             ha: str = "left", va: str = "top") -> None:
        """Draw text with its anchor at (x, y) inches from the top-left."""
        self.fig.text(x / self.width, 1 - y / self.height, clean(s), fontsize=size, color=color, ha=ha, va=va,
                      fontweight="bold" if bold else "normal")

    def rect(self, x: float, y: float, w: float, h: float, color: str, *, edge: str | None = None) -> None:
        """A filled rectangle whose top-left corner is (x, y)."""
        self.fig.add_artist(Rectangle((x, self.height - y - h), w, h, transform=self.fig.dpi_scale_trans,
                                      facecolor=color, edgecolor=edge or "none", linewidth=0.6, zorder=-1))

    def line(self, x0: float, y: float, x1: float, color: str = "#bbbbbb", width: float = 0.6) -> None:
        """A horizontal rule."""
        self.fig.add_artist(Line2D([x0, x1], [self.height - y, self.height - y], transform=self.fig.dpi_scale_trans,
                                   color=color, linewidth=width))


class Block:
    """Something that flows onto pages: knows its height for a width and draws itself."""

    keep_with_next = False
    is_chart = False

    def height(self, width: float) -> float:
        raise NotImplementedError

    def draw(self, canvas: Canvas, x: float, y: float, width: float) -> None:
        raise NotImplementedError

    def split(self, width: float, available: float) -> tuple[Block | None, Block | None]:
        """(part that fits in `available`, the rest); unsplittable blocks give (None, self)."""
        return None, self


@dataclass
class Spacer(Block):
    size: float

    def height(self, width: float) -> float:
        return self.size

    def draw(self, canvas: Canvas, x: float, y: float, width: float) -> None:
        pass


class PageBreak(Block):
    """Start a new page."""

    def height(self, width: float) -> float:
        return 0.0

    def draw(self, canvas: Canvas, x: float, y: float, width: float) -> None:
        pass


@dataclass
class Paragraph(Block):
    text: str
    size: float = 10
    bold: bool = False
    color: str = INK
    leading: float = 1.45
    space_after: float = 0.08
    keep_with_next: bool = False

    def lines(self, width: float) -> list[str]:
        return wrap(self.text, width, self.size, self.bold)

    def line_height(self) -> float:
        return self.size * self.leading / 72

    def height(self, width: float) -> float:
        return len(self.lines(width)) * self.line_height() + self.space_after

    def draw(self, canvas: Canvas, x: float, y: float, width: float) -> None:
        for i, line in enumerate(self.lines(width)):
            canvas.text(x, y + i * self.line_height(), line, self.size, bold=self.bold, color=self.color)

    def split(self, width: float, available: float) -> tuple[Block | None, Block | None]:
        lines = self.lines(width)
        n = int(available // self.line_height())
        if n < 2 or len(lines) - n < 2:  # no single line left behind or carried over
            return None, self
        first = Paragraph("\n".join(lines[:n]), self.size, self.bold, self.color, self.leading, 0.0)
        return first, Paragraph("\n".join(lines[n:]), self.size, self.bold, self.color, self.leading,
                                self.space_after)


def heading(text: str, size: float = 15) -> Paragraph:
    """A heading in the accent colour that never ends a page."""
    return Paragraph(text, size, bold=True, color=ACCENT, leading=1.3, space_after=0.12, keep_with_next=True)


@dataclass
class KpiRow(Block):
    """Boxes with a big figure and a small label each."""

    items: Sequence[tuple[str, str]]
    gap: float = 0.12

    def height(self, width: float) -> float:
        return 0.95

    def draw(self, canvas: Canvas, x: float, y: float, width: float) -> None:
        n = max(len(self.items), 1)
        box = (width - self.gap * (n - 1)) / n
        for i, (label, value) in enumerate(self.items):
            bx = x + i * (box + self.gap)
            canvas.rect(bx, y, box, 0.8, LIGHT)
            size = 15.0
            while size > 8 and text_width(value, size, True) > box - 0.16:
                size -= 1
            canvas.text(bx + 0.1, y + 0.12, value, size, bold=True, color=ACCENT)
            for j, line in enumerate(wrap(label, box - 0.2, 8)[:2]):
                canvas.text(bx + 0.1, y + 0.47 + j * 0.14, line, 8, color=GREY)


@dataclass
class Column:
    header: str
    weight: float = 1.0
    align: str = "left"  # 'left' | 'right'


@dataclass
class Table(Block):
    """Rows of text under a header; splits between rows and repeats the header on the next page."""

    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]
    size: float = 8.5
    continued: str = ""  # caption put above a continued part, e.g. "(continued)"
    is_continuation: bool = False
    row_height: float = field(default=0.0)

    def __post_init__(self) -> None:
        self.row_height = self.row_height or self.size * 2.0 / 72

    def _caption(self) -> float:
        return self.size * 1.8 / 72 if self.is_continuation and self.continued else 0.0

    def _widths(self, width: float) -> list[float]:
        total = sum(c.weight for c in self.columns)
        return [width * c.weight / total for c in self.columns]

    def _header_lines(self, width: float) -> list[list[str]]:
        """Each header wrapped into at most two lines of its column."""
        return [wrap(c.header, w - 0.1, self.size, True)[:2] for c, w in zip(self.columns, self._widths(width),
                                                                             strict=True)]

    def _header_height(self, width: float) -> float:
        lines = max((len(h) for h in self._header_lines(width)), default=1)
        return self.row_height + (lines - 1) * self.size * 1.2 / 72

    def height(self, width: float) -> float:
        return self._caption() + self._header_height(width) + len(self.rows) * self.row_height + 0.15

    def split(self, width: float, available: float) -> tuple[Block | None, Block | None]:
        room = available - self._caption() - self._header_height(width) - 0.15
        fits = min(int(room // self.row_height), len(self.rows) - 3)  # never carry fewer than 3 rows over
        if fits < 3:
            return None, self
        head = Table(self.columns, self.rows[:fits], self.size, self.continued, self.is_continuation)
        rest = Table(self.columns, self.rows[fits:], self.size, self.continued, True)
        return head, rest

    def draw(self, canvas: Canvas, x: float, y: float, width: float) -> None:
        if self._caption():
            canvas.text(x, y, self.continued, self.size, color=GREY)
            y += self._caption()
        widths = self._widths(width)
        header_h = self._header_height(width)
        canvas.rect(x, y, width, header_h, LIGHT)
        step = self.size * 1.2 / 72
        for col, lines in enumerate(self._header_lines(width)):
            left = x + sum(widths[:col])
            right = self.columns[col].align == "right"
            top = y + (header_h - (len(lines) - 1) * step) / 2
            for i, line in enumerate(lines):
                canvas.text(left + widths[col] - 0.05 if right else left + 0.05, top + i * step,
                            fit(line, widths[col] - 0.1, self.size, True), self.size, bold=True,
                            ha="right" if right else "left", va="center_baseline")
        h = self.row_height
        for i, row in enumerate(self.rows):
            top = y + header_h + i * h
            if i % 2 == 1:
                canvas.rect(x, top, width, h, "#f6f6f6")
            self._row(canvas, x, top, widths, row)
        canvas.line(x, y + header_h + len(self.rows) * h, x + width)

    def _row(self, canvas: Canvas, x: float, y: float, widths: list[float], cells: Sequence[str]) -> None:
        pad = 0.05
        for col, (w, cell) in enumerate(zip(widths, cells, strict=True)):
            text = fit(str(cell), w - 2 * pad, self.size)
            right = self.columns[col].align == "right"
            canvas.text(x + w - pad if right else x + pad, y + self.row_height / 2, text, self.size,
                        ha="right" if right else "left", va="center_baseline")
            x += w


@dataclass
class ChartBlock(Block):
    """A chart Figure shown in a box of the page's width and `height` inches (it becomes that page's Figure)."""

    make: Callable[[], Figure]
    box_height: float = 4.5
    is_chart = True

    def height(self, width: float) -> float:
        return self.box_height

    def draw(self, canvas: Canvas, x: float, y: float, width: float) -> None:
        pass  # placed by the page builder, which owns the figure


@dataclass
class PlacedPage:
    """The blocks of one page and where they go."""

    items: list[tuple[Block, float]] = field(default_factory=list)  # (block, y from top)

    @property
    def chart(self) -> tuple[ChartBlock, float] | None:
        return next(((b, y) for b, y in self.items if b.is_chart), None)  # type: ignore[misc]


def paginate(blocks: Sequence[Block], paper: tuple[float, float]) -> list[PlacedPage]:
    """Flow `blocks` onto pages: tables and paragraphs split, headings stay with what follows, one chart a page."""
    width = paper[0] - 2 * MARGIN_X
    bottom = paper[1] - MARGIN_BOTTOM
    pages: list[PlacedPage] = [PlacedPage()]
    y = MARGIN_TOP
    queue = list(blocks)
    while queue:
        block = queue.pop(0)
        page = pages[-1]
        if isinstance(block, PageBreak):
            if page.items:
                pages.append(PlacedPage())
                y = MARGIN_TOP
            continue
        need = block.height(width)
        if block.keep_with_next and queue and not isinstance(queue[0], PageBreak):
            need += min(queue[0].height(width), 1.2)
        clash = block.is_chart and page.chart is not None
        if page.items and (clash or y + need > bottom):
            part, rest = (None, block) if clash or block.keep_with_next else block.split(width, bottom - y)
            if part is not None:
                page.items.append((part, y))
                queue.insert(0, rest)  # type: ignore[arg-type]
            else:
                queue.insert(0, block)
            pages.append(PlacedPage())
            y = MARGIN_TOP
            continue
        if y + block.height(width) > bottom:  # taller than a whole page
            part, rest = block.split(width, bottom - y)
            if part is not None:
                page.items.append((part, y))
                queue.insert(0, rest)  # type: ignore[arg-type]
                pages.append(PlacedPage())
                y = MARGIN_TOP
                continue
            if isinstance(block, ChartBlock):
                block.box_height = bottom - y
        page.items.append((block, y))
        y += block.height(width)
    return [p for p in pages if p.items] or [PlacedPage()]


def render(page: PlacedPage, paper: tuple[float, float]) -> tuple[Figure, Canvas]:
    """The page's Figure (its chart's own Figure when it has one) with every block drawn."""
    width = paper[0] - 2 * MARGIN_X
    chart = page.chart
    if chart is not None:
        block, y = chart
        fig = block.make()
        fig.set_size_inches(*paper)
        engine = fig.get_layout_engine()
        rect = (MARGIN_X / paper[0], (paper[1] - y - block.box_height) / paper[1], width / paper[0],
                block.box_height / paper[1])
        if engine is not None and hasattr(engine, "set") and "rect" in engine.get():
            engine.set(rect=rect)
        else:
            fig.subplots_adjust(left=rect[0] + 0.08, bottom=rect[1] + 0.06, right=rect[0] + rect[2] - 0.02,
                                top=rect[1] + rect[3] - 0.04)
    else:
        fig = Figure(figsize=paper, dpi=100)
    canvas = Canvas(fig, paper)
    for block, y in page.items:
        block.draw(canvas, MARGIN_X, y, width)
    return fig, canvas


def page_furniture(canvas: Canvas, left: str, right: str, footer: str) -> None:
    """Running header (left and right text over a rule) and the centred page number."""
    top = MARGIN_TOP - 0.35
    canvas.text(MARGIN_X, top, left, 8, color=GREY, va="bottom")
    canvas.text(canvas.width - MARGIN_X, top, right, 8, color=GREY, ha="right", va="bottom")
    canvas.line(MARGIN_X, top + 0.06, canvas.width - MARGIN_X)
    canvas.text(canvas.width / 2, canvas.height - MARGIN_BOTTOM + 0.35, footer, 8, color=GREY, ha="center")

"""Home's cards: a KPI with its period and both comparisons, a change since the last import, and an action.

Every card that stands for customers can be clicked (or focused and Enter pressed) to see them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ...tasks.home import set_up_actions
from ..common.concurrent import TaskRunner
from ..common.progress_box import ProgressBox
from ..common.worker import describe_error
from . import texts

UP, DOWN = "#2e7d32", "#c62828"
MUTED = "color: #666;"


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def _wrapping(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


class ClickableCard(QFrame):
    """A framed card that emits `clicked` on a left click or Enter/Space when focused (when enabled to)."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._clickable = False

    def set_clickable(self, on: bool) -> None:
        """Whether the card opens something (the pointer and the keyboard focus say so)."""
        self._clickable = on
        self.setCursor(Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.ArrowCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if on else Qt.FocusPolicy.NoFocus)

    @property
    def clickable(self) -> bool:
        return self._clickable

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        if self._clickable and event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        if self._clickable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class KpiCard(ClickableCard):
    """A figure of the period: value, name, the period's days, and 环比 / 同比 as arrows and words."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("homeKpi")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        self.caption = _bold(QLabel(texts.figure_name(key)))
        self.caption.setWordWrap(True)
        self.value = _bold(QLabel("–"), 1.7)
        self.value.setObjectName("kpiValue")
        self.period = _wrapping(style=MUTED)
        self.period.setObjectName("kpiPeriod")
        self.previous = _wrapping()
        self.previous.setObjectName("kpiPrevious")
        self.last_year = _wrapping()
        self.last_year.setObjectName("kpiLastYear")
        for widget in (self.caption, self.value, self.period, self.previous, self.last_year):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setToolTip(texts.figure_note(key))

    def show_figure(self, value, previous, last_year, currency: str, period: str, clickable: bool) -> None:
        """Fill the card; `clickable` when the customers behind the figure can be shown."""
        self.value.setText(texts.format_figure(self.key, value, currency))
        self.period.setText(period)
        for label, which, before in ((self.previous, "previous", previous), (self.last_year, "last_year", last_year)):
            label.setText(texts.comparison_line(which, self.key, value, before, currency))
            _text, direction = texts.change(self.key, value, before)
            label.setStyleSheet(f"color: {UP};" if direction > 0 else f"color: {DOWN};" if direction < 0 else MUTED)
        self.set_clickable(clickable)
        note = texts.figure_note(self.key)
        self.setToolTip(note + ("\n" + self.tr("Click to see these customers.") if clickable else ""))


class ChangeCard(ClickableCard):
    """One kind of change since the last import: how many, and who they are."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("homeChange")
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        self.count = _bold(QLabel("–"), 1.5)
        self.count.setObjectName("changeCount")
        self.title = _bold(QLabel(texts.change_name(key)))
        self.note = _wrapping(style=MUTED)
        for widget in (self.count, self.title, self.note):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_count(self, count: int | None, sentence: str = "") -> None:
        """The number of customers (None: nothing to compare yet) and the sentence saying who they are."""
        self.count.setText("–" if count is None else f"{count:,}")
        self.note.setText(sentence)
        self.set_clickable(bool(count))
        self.setToolTip(self.tr("Click to see these customers.") if count else "")


class ActionCard(QFrame):
    """This week's action: who (count), why, what is at stake, what to do; Start campaign, Export list, the rule."""

    start_campaign = Signal(str)  # the action's key
    export_list = Signal(str)
    open_rule = Signal(str)
    show_people = Signal(str)
    switch_on = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("homeAction")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = _bold(QLabel(), 1.15)
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.count = _bold(QLabel(), 1.15)
        self.count.setObjectName("actionCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.count)
        layout.addLayout(top)
        self.why = _wrapping()
        self.why.setObjectName("actionWhy")
        self.stake = _wrapping()
        self.stake.setObjectName("actionStake")
        self.todo = _wrapping()
        self.todo.setObjectName("actionTodo")
        self.empty = _wrapping(style=MUTED)
        self.empty.setObjectName("actionEmpty")
        for widget in (self.why, self.stake, self.todo, self.empty):
            layout.addWidget(widget)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.campaign_button = QPushButton(self.tr("Start campaign…"))
        self.campaign_button.setObjectName("startCampaign")
        self.export_button = QPushButton(self.tr("Export list…"))
        self.export_button.setObjectName("exportList")
        self.people_button = QPushButton(self.tr("See them"))
        self.people_button.setToolTip(self.tr("Show these customers in the data browser"))
        self.rule_button = QPushButton(self.tr("Rule…"))
        self.rule_button.setObjectName("openRule")
        for button in (self.campaign_button, self.export_button, self.people_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.rule_button)
        layout.addLayout(row)
        self.campaign_button.clicked.connect(lambda: self.start_campaign.emit(self.key))
        self.export_button.clicked.connect(lambda: self.export_list.emit(self.key))
        self.rule_button.clicked.connect(self._rule_clicked)
        self.switched_off = False
        self.people_button.clicked.connect(lambda: self.show_people.emit(self.key))

    def _rule_clicked(self) -> None:
        (self.switch_on if self.switched_off else self.open_rule).emit(self.key)

    def show_action(self, title: str, count: int, why: str, stake: str, todo: str, empty: str,
                    has_rule: bool, switched_off: bool = False) -> None:
        """Fill the card; with no one in it, `empty` says why and only the rule can be opened (or, when the owner
        deleted the action's tag, the action switched on again)."""
        self.title.setText(title)
        self.count.setText(self.tr("%n customer(s)", "", count))
        self.why.setText(why)
        self.stake.setText(stake)
        self.stake.setVisible(bool(stake) and count > 0)
        self.todo.setText(todo)
        self.todo.setVisible(count > 0 and bool(todo))
        self.empty.setText(empty)
        self.empty.setVisible(count == 0 and bool(empty))
        for button in (self.campaign_button, self.export_button):
            button.setEnabled(count > 0 and has_rule)
        self.people_button.setEnabled(count > 0)
        self.switched_off = switched_off
        self.rule_button.setText(self.tr("Switch on again") if switched_off else self.tr("Rule…"))
        self.rule_button.setToolTip(self.tr("Make this action's tag again") if switched_off else self.tr(
            "Open the tag that picks these customers: edit its rule or delete it"))
        self.rule_button.setEnabled(has_rule or switched_off)


class SetUpActions(QWidget):
    """For a shop whose orders came before the defaults: a sentence and "Set them up now", which makes them in the
    write worker with progress and Stop; `done` once they are made."""

    done = Signal()

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("setUpActionsRow")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        self.text = _wrapping(self.tr("This week's actions are not set up for this shop yet: its orders came in"
                                      " before ShopLens made them."))
        line.addWidget(self.text, 1)
        self.button = QPushButton(self.tr("Set them up now"))
        self.button.setObjectName("setUpActions")
        self.button.setToolTip(self.tr("Makes the China-8 segmentation, the lifecycle and value tags and one tag per"
                                       " action (and predictions where the data allows). You can edit or delete any"
                                       " of them."))
        self.button.clicked.connect(self.start)
        line.addWidget(self.button)
        layout.addLayout(line)
        self.progress = ProgressBox(self)
        layout.addWidget(self.progress)
        self.runner = TaskRunner(self, progress=self.progress)
        self.runner.busy_changed.connect(lambda busy: self.button.setEnabled(not busy))

    def start(self) -> None:
        """Make the defaults behind this week's actions (write worker)."""
        self.runner.start(set_up_actions, self.workspace, write=True, status=self.tr("Setting up this week's actions…"),
                          on_done=self._made, on_error=lambda exc: self.progress.set_status(describe_error(exc)))

    def _made(self, _made: list) -> None:
        self.progress.set_status("")
        self.done.emit()

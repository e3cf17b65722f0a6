"""The Home section, first in the navigation and shown when a workspace opens: what happened in a period against the
previous period (环比) and last year (同比), the trend, what changed since the last import, this week's actions
and the campaigns with their verdicts.

Everything is read in a worker (tasks.home.home_screen) while the page shows progress; it is read again when the
period changes or the data changes. A KPI card, a trend bar, a change and an action card open their customers in
the data browser; an action card starts a campaign or exports its list through the usual dialogs.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...campaigns.selectors import Selector
from ...features.headline import active_days
from ...home.changes import CHANGE_KEYS
from ...home.figures import KPI_KEYS
from ...home.loop import default_campaign_name
from ...home.periods import Period
from ...tasks.home import HomeScreen, customers_behind, home_screen, switch_action_on
from ..campaigns.texts import status_text, verdict_text
from ..common.chart_canvas import ChartView
from ..common.concurrent import TaskRunner
from ..common.i18n import current_language
from ..common.progress_box import ProgressBox
from ..common.section_page import CustomerList, SectionPage, heading, open_window
from ..common.worker import describe_error
from . import texts
from .cards import MUTED, ActionCard, ChangeCard, KpiCard, SetUpActions

KPI_COLUMNS = 3
ACTION_COLUMNS = 2


class HomePage(SectionPage):
    """Period selector, KPI cards, trend chart, changes since the last import, actions and campaigns."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.screen: HomeScreen | None = None
        self._stale = False  # the data changed while another section was shown
        self._build()
        self.runner = TaskRunner(self, progress=self.progress)
        self.runner.busy_changed.connect(self._busy)
        self.people = TaskRunner(self)  # finding the customers behind a card or a bar
        self.writer = TaskRunner(self)  # switching an action on again
        self.refresh()

    # -- building ------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Home")))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Period:")))
        self.period_combo = QComboBox()
        self.period_combo.setObjectName("periodCombo")
        for key, name in texts.period_names().items():
            self.period_combo.addItem(name, key)
        top.addWidget(self.period_combo)
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)
        self.to_label = QLabel(self.tr("to"))
        self.to_label.setVisible(False)
        top.addWidget(self.from_edit)
        top.addWidget(self.to_label)
        top.addWidget(self.to_edit)
        self.apply_button = QPushButton(self.tr("Show"))
        self.apply_button.setVisible(False)
        self.apply_button.clicked.connect(self.refresh)
        top.addWidget(self.apply_button)
        outer.addLayout(top)
        row = QHBoxLayout()
        self.span_label = QLabel()
        self.span_label.setObjectName("spanLabel")
        self.span_label.setWordWrap(True)
        self.span_label.setStyleSheet(MUTED)
        row.addWidget(self.span_label, 1)
        self.progress = ProgressBox(self, with_status=False)
        self.progress.setMaximumWidth(280)
        row.addWidget(self.progress)
        outer.addLayout(row)
        row = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("homeMessage")
        self.message.setWordWrap(True)
        row.addWidget(self.message, 1)
        self.import_button = QPushButton(self.tr("Import files…"))
        self.import_button.setObjectName("homeImport")
        self.import_button.setVisible(False)
        self.import_button.clicked.connect(self.import_requested)
        row.addWidget(self.import_button)
        outer.addLayout(row)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        grid = QGridLayout()
        self.kpi_cards: dict[str, KpiCard] = {}
        for i, (key, _attr, _figure) in enumerate(KPI_KEYS):
            card = KpiCard(key)
            card.clicked.connect(self._kpi_clicked)
            grid.addWidget(card, i // KPI_COLUMNS, i % KPI_COLUMNS)
            self.kpi_cards[key] = card
        self.body.addLayout(grid)
        self.chart = ChartView("trend")
        self.chart.setMinimumHeight(360)
        self.chart.set_clickable_bars(True)
        self.chart.bar_clicked.connect(self.open_bar)
        self.body.addWidget(self.chart)
        self.changes_title = heading(self.tr("What changed since the last import"), 1.25)
        self.body.addWidget(self.changes_title)
        self.changes_note = QLabel()
        self.changes_note.setWordWrap(True)
        self.changes_note.setStyleSheet(MUTED)
        self.body.addWidget(self.changes_note)
        changes = QHBoxLayout()
        self.change_cards: dict[str, ChangeCard] = {}
        for key in CHANGE_KEYS:
            card = ChangeCard(key)
            card.clicked.connect(self._change_clicked)
            changes.addWidget(card)
            self.change_cards[key] = card
        self.body.addLayout(changes)
        self.body.addWidget(heading(self.tr("This week's actions"), 1.25))
        self.setup_row = SetUpActions(self.workspace)
        self.setup_row.setVisible(False)
        self.setup_row.done.connect(self.data_changed)  # the window refreshes every page, this one included
        self.body.addWidget(self.setup_row)
        self.actions_grid = QGridLayout()
        self.body.addLayout(self.actions_grid)
        self.action_cards: dict[str, ActionCard] = {}
        self.body.addWidget(heading(self.tr("Campaigns"), 1.25))
        self.campaigns_box = QVBoxLayout()
        self.body.addLayout(self.campaigns_box)
        self.body.addStretch(1)
        self.period_combo.currentIndexChanged.connect(self._period_chosen)

    # -- reading -------------------------------------------------------------------------------------------------
    def period_text(self) -> str:
        """The chosen period as `shoplens home --period` writes it."""
        key = self.period_combo.currentData()
        if key != "custom":
            return key
        start, end = (d.date().toString("yyyy-MM-dd") for d in (self.from_edit, self.to_edit))
        return f"{start}:{end}"

    def _period_chosen(self, *_args) -> None:
        custom = self.period_combo.currentData() == "custom"
        for widget in (self.from_edit, self.to_label, self.to_edit, self.apply_button):
            widget.setVisible(custom)
        if custom and self.screen is not None:  # start from the period shown
            period = self.screen.data.period
            self.from_edit.setDate(QDate(period.start.year, period.start.month, period.start.day))
            self.to_edit.setDate(QDate(period.end.year, period.end.month, period.end.day))
        if not custom:
            self.refresh()

    def refresh(self) -> None:
        """Read Home again for the chosen period, in a worker (a refresh under way is replaced); while another
        section is shown, when Home is next shown."""
        if self.screen is not None and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.runner.start(home_screen, self.workspace, self.period_text(), current_language(),
                          self.chart.chart_size(), status=self.tr("Working out the figures…"), on_done=self.show_screen,
                          on_error=self._failed, on_cancel=self._stopped)

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _busy(self, busy: bool) -> None:
        self.period_combo.setEnabled(not busy)
        self.apply_button.setEnabled(not busy)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(describe_error(exc))

    def _stopped(self) -> None:
        self.message.setText(self.tr("Stopped. Choose a period to work out the figures again."))

    # -- showing -------------------------------------------------------------------------------------------------
    def show_screen(self, screen: HomeScreen) -> None:
        """Fill the page from a home_screen() result."""
        self.screen = screen
        data = screen.data
        span = texts.day_span
        self.span_label.setText(self.tr("%1 · vs previous period: %2 · vs last year: %3").replace(
            "%1", span(data.period.start.isoformat(), data.period.end.isoformat())).replace(
            "%2", span(data.previous.start.isoformat(), data.previous.end.isoformat())).replace(
            "%3", span(data.last_year.start.isoformat(), data.last_year.end.isoformat())))
        self.message.setText("" if screen.has_orders else self.tr(
            "No orders yet: import a sales export (a till or online-shop export, Excel or CSV) and Home fills in."))
        self.import_button.setVisible(not screen.has_orders and not self.workspace.readonly)
        period = span(data.period.start.isoformat(), data.period.end.isoformat())
        first, last = active_days(data.period.end)  # active customers count the days to the period's end
        active = span(first.isoformat(), last.isoformat())
        for kpi in data.kpis:
            card = self.kpi_cards.get(kpi.key)
            if card is not None:
                card.show_figure(kpi.value, kpi.previous, kpi.last_year, screen.currency,
                                 active if kpi.key == "active" else period,
                                 clickable=bool(kpi.value) and screen.has_orders)
        self.chart.set_figure(screen.figure, screen.image)
        self._show_changes()
        self._show_actions()
        self._show_campaigns()

    def _show_changes(self) -> None:
        changes = self.screen.data.changes
        lang = current_language()
        self.changes_note.setText(changes.heading(lang))
        for key, card in self.change_cards.items():
            card.show_count(len(changes.customers(key)) if changes.available else None,
                            changes.sentence(key, lang) if changes.available else "")

    def _show_actions(self) -> None:
        lang = current_language()
        currency = self.screen.currency
        not_set_up = any(a.state == "not_set_up" for a in self.screen.data.actions)
        self.setup_row.setVisible(self.setup_row.runner.busy or (
            not_set_up and self.screen.has_orders and not self.workspace.readonly))
        for i, action in enumerate(self.screen.data.actions):
            card = self.action_cards.get(action.key)
            if card is None:
                card = ActionCard(action.key)
                card.start_campaign.connect(self.start_campaign)
                card.export_list.connect(self.export_list)
                card.open_rule.connect(self.open_rule)
                card.show_people.connect(self.show_action_people)
                card.switch_on.connect(self.switch_on)
                self.action_cards[action.key] = card
                self.actions_grid.addWidget(card, i // ACTION_COLUMNS, i % ACTION_COLUMNS)
            stake = ""
            if action.value_at_stake:
                stake = self.tr("At stake: %1 predicted over the next 12 months.").replace(
                    "%1", f"{currency}{action.value_at_stake:,.0f}")
            elif action.stake_pending:  # the analyses after an import are running: Home refreshes when they are in
                stake = self.tr("At stake: worked out once the predictions are updated.")
            card.show_action(action.name(lang), action.count, action.why(lang) if action.count else "", stake,
                             action.recommendation(lang), action.reason(lang) or "", action.tag is not None,
                             switched_off=action.state == "off")

    def _show_campaigns(self) -> None:
        while self.campaigns_box.count():
            item = self.campaigns_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        cards = self.screen.data.campaigns
        if not cards:
            label = QLabel(self.tr("No campaigns yet. Start one from an action above: a holdout group is kept back,"
                                   " and after the next import Home says whether it worked."))
            label.setWordWrap(True)
            label.setStyleSheet(MUTED)
            self.campaigns_box.addWidget(label)
            return
        lang = current_language()
        for card in cards[:6]:
            result = card.results
            c = result.campaign
            line = QLabel(f"<a href='{c.id}'><b>{_escape(c.name)}</b></a> · {_escape(c.source.name(lang))} · "
                          f"{_escape(status_text(result.status))}<br>{_escape(verdict_text(result))}")
            line.setObjectName("campaignLine")
            line.setWordWrap(True)
            line.setTextFormat(Qt.TextFormat.RichText)
            line.setToolTip(self.tr("Open this campaign's results"))
            line.linkActivated.connect(self._campaign_link)
            self.campaigns_box.addWidget(line)
        more = QPushButton(self.tr("All campaigns…"))
        more.clicked.connect(lambda: self.go_to.emit("campaigns", None))
        row = QHBoxLayout()
        row.addWidget(more)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        self.campaigns_box.addWidget(holder)

    def _campaign_link(self, href: str) -> None:
        self.open_campaign(int(href))

    def open_campaign(self, campaign_id: int) -> None:
        """Show one campaign's results in the Campaigns section."""
        self.go_to.emit("campaigns", int(campaign_id))

    # -- the customers behind ------------------------------------------------------------------------------------
    def _kpi_clicked(self) -> None:
        card = self.sender()
        if isinstance(card, KpiCard):
            self.open_kpi(card.key)

    def open_kpi(self, key: str) -> None:
        """Show the customers behind a KPI card in the data browser."""
        if self.screen is None:
            return
        period = self.screen.data.period
        what = self.tr("%1, %2 (from Home)").replace("%1", texts.figure_name(key)).replace(
            "%2", texts.day_span(period.start.isoformat(), period.end.isoformat()))
        self._open_people(key, period, what)

    def open_bar(self, index: int) -> None:
        """Show the buyers of one bar of the trend chart."""
        if self.screen is None or not 0 <= index < len(self.screen.data.trend):
            return
        bar = self.screen.data.trend[index]
        days = bar.start.isoformat() if bar.start == bar.end else texts.day_span(bar.start.isoformat(),
                                                                                  bar.end.isoformat())
        self._open_people("buyers", Period(bar.start, bar.end), self.tr("Buyers, %1 (from Home)").replace("%1", days))

    def _open_people(self, key: str, period: Period, what: str) -> None:
        self.people.start(customers_behind, self.workspace, key, period,
                          on_done=lambda ids, what=what: self.show_customers(ids, what), on_error=self._failed)

    def _change_clicked(self) -> None:
        card = self.sender()
        if isinstance(card, ChangeCard) and self.screen is not None:
            ids = self.screen.data.changes.customers(card.key)
            self.show_customers(ids, self.tr("%1 since the last import (from Home)").replace(
                "%1", texts.change_name(card.key)))

    def show_action_people(self, key: str) -> None:
        """Show an action card's customers in the data browser."""
        action = self._action(key)
        if action is not None:
            self.show_customers(action.customers, self.tr("%1 (this week's action)").replace(
                "%1", action.name(current_language())))

    def show_customers(self, ids: list[int], what: str) -> None:
        """Open the data browser on exactly these customers, with `what` as its removable filter."""
        self.go_to.emit("data", CustomerList(tuple(ids), what))

    # -- actions -------------------------------------------------------------------------------------------------
    def _action(self, key: str):
        if self.screen is None:
            return None
        return next((a for a in self.screen.data.actions if a.key == key), None)

    def start_campaign(self, key: str):
        """The New campaign dialog on the action's tag, named after the action (holdout on, as always)."""
        from ..campaigns.dialog import CampaignDialog

        action = self._action(key)
        if action is None or action.tag is None:
            return None
        name = default_campaign_name(self.workspace, key, current_language())  # '<action> <date>', never taken
        dialog = CampaignDialog(self.workspace, self, audience=Selector.tag(action.tag.name_en), name=name)
        dialog.created.connect(self._campaign_created)
        return open_window(dialog)

    def _campaign_created(self, _campaign) -> None:
        self.data_changed.emit()  # the Campaigns section and this page list it

    def export_list(self, key: str):
        """The contact-list export dialog on the action's tag."""
        from ..reports.export_dialog import ExportDialog

        action = self._action(key)
        if action is None or action.tag is None:
            return None
        return open_window(ExportDialog(self.workspace, Selector.tag(action.tag.name_en), self))

    def open_rule(self, key: str) -> None:
        """Show the action's tag in the Tags section (edit its rule there, or delete it to switch the card off)."""
        action = self._action(key)
        if action is not None and action.tag is not None:
            self.go_to.emit("tags", action.tag.name_en)

    def switch_on(self, key: str) -> None:
        """Make a switched-off action's tag again (write worker); the data changed."""
        self.writer.start(switch_action_on, self.workspace, key, write=True, on_done=self._switched_on,
                          on_error=self._failed)

    def _switched_on(self, _name: str) -> None:
        self.data_changed.emit()  # the window refreshes every page, this one included


def _escape(text: str) -> str:
    return html.escape(text or "")

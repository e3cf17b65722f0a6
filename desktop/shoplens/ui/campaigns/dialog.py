"""The New campaign dialog: whom (a segment or a tag), name, channel, start, window, holdout share, coupons (the
random seed is drawn, saved with the campaign and shown with its results).

While the choices change it shows the group's size, the usual buying rate, the smallest lift the campaign can
detect and warnings in plain words (worked out in a worker); Create draws the holdout and saves in the write worker.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...campaigns.selectors import Selector
from ...campaigns.store import create_campaign, plan_for, segment_source, tag_source
from ..common.audience import AudienceChooser
from ..common.concurrent import TaskRunner, shutdown_all
from ..common.i18n import current_language
from ..common.progress_box import ProgressBox
from ..common.worker import describe_error
from .texts import channel_names, plan_text, warning_texts


def _source(workspace, selector):
    if selector.kind == "segment":
        return segment_source(workspace, selector.label, selector.run_id)
    return tag_source(workspace, selector.name)


def plan_choice(workspace, selector, start: dt.date, window_days: int, holdout_share: float, channel: str | None = None,
                *, progress=None, cancelled=None):
    """The plan for a segment or tag selector, without those who refused the channel (runs in a worker)."""
    return plan_for(workspace, _source(workspace, selector), start, window_days, holdout_share, channel=channel,
                    progress=progress, cancelled=cancelled)


def create_choice(workspace, selector, name: str, *, progress=None, cancelled=None, **options):
    """Create the campaign for a segment or tag selector (runs in the write worker)."""
    return create_campaign(workspace, name, _source(workspace, selector), progress=progress, cancelled=cancelled,
                           **options)


def default_start(workspace) -> dt.date:
    """The day after the last order (a demo from 2011 still makes sense), else today."""
    from ...features.metrics import default_as_of

    return default_as_of(workspace)


class CampaignDialog(QDialog):
    """Plan and create a campaign; emits `created(campaign)`."""

    created = Signal(object)

    def __init__(self, workspace, parent: QWidget | None = None, *, audience: Selector | None = None,
                 audience_text: str = "", name: str = "") -> None:
        """`audience`: the segment or tag to start with (a segment page's, an action card's), `audience_text` its
        words when it is a segment of an older run; `name`: a suggested campaign name."""
        super().__init__(parent)
        self.workspace = workspace
        self.plan = None
        self.campaign = None
        self.setWindowTitle(self.tr("New campaign"))
        self.setMinimumWidth(580)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._replan)
        self._build()
        if audience is not None:
            self.chooser.select(audience, audience_text)
        self.name_edit.setText(name)
        self._changed()

    def _build(self) -> None:
        lang = current_language()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Most of the group gets your message; a holdout group picked at random does not. After"
                               " the window, comparing the two shows what the campaign itself brought."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. June coupon for sleeping customers"))
        form.addRow(self.tr("Name:"), self.name_edit)
        self.chooser = AudienceChooser(self.workspace.conn, lang, self)
        self.segment_radio, self.segment_combo = self.chooser.segment_radio, self.chooser.segment_combo
        self.tag_radio, self.tag_combo = self.chooser.tag_radio, self.chooser.tag_combo
        self.chooser.changed.connect(self._changed)
        form.addRow(self.tr("Customers:"), self.chooser)
        self.channel_combo = QComboBox()
        for key, text in channel_names().items():
            self.channel_combo.addItem(text, key)
        form.addRow(self.tr("Channel:"), self.channel_combo)
        self.channel_combo.currentIndexChanged.connect(self._changed)  # who refused it is left out of the plan
        self.start_edit = QDateEdit()
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("yyyy-MM-dd")
        start = default_start(self.workspace)
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        form.addRow(self.tr("Start date:"), self.start_edit)
        self.window_spin = QSpinBox()
        self.window_spin.setRange(1, 365)
        self.window_spin.setValue(30)
        self.window_spin.setSuffix(self.tr(" days"))
        self.window_spin.setToolTip(self.tr("A purchase within this many days from the start counts."))
        form.addRow(self.tr("Outcome window:"), self.window_spin)
        self.holdout_spin = QSpinBox()
        self.holdout_spin.setRange(1, 90)
        self.holdout_spin.setValue(10)
        self.holdout_spin.setSuffix("%")
        self.holdout_spin.setToolTip(self.tr("The share of the group that does not get the message."))
        form.addRow(self.tr("Holdout group:"), self.holdout_spin)
        self.coupon_edit = QLineEdit()
        self.coupon_edit.setPlaceholderText(self.tr("optional, e.g. JUNE10"))
        self.coupon_edit.setToolTip(self.tr("Orders that carry this code are counted as redemptions."))
        form.addRow(self.tr("Coupon code (message):"), self.coupon_edit)
        self.holdout_coupon_edit = QLineEdit()
        self.holdout_coupon_edit.setPlaceholderText(self.tr("optional; usually empty"))
        form.addRow(self.tr("Coupon code (holdout):"), self.holdout_coupon_edit)
        layout.addLayout(form)
        self.plan_label = QLabel(self.tr("Counting the customers…"))
        self.plan_label.setObjectName("planLabel")
        self.plan_label.setWordWrap(True)
        layout.addWidget(self.plan_label)
        self.warning_label = QLabel("")
        self.warning_label.setObjectName("warningLabel")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #a15c00;")
        layout.addWidget(self.warning_label)
        self.progress = ProgressBox(self)
        layout.addWidget(self.progress)
        self.planner = TaskRunner(self)
        self.creator = TaskRunner(self, progress=self.progress)
        self.creator.busy_changed.connect(self._update_buttons)
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(self.tr("Create campaign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.create_button.clicked.connect(self.start_create)
        self.close_button.clicked.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_buttons)
        for signal in (self.start_edit.dateChanged, self.window_spin.valueChanged, self.holdout_spin.valueChanged):
            signal.connect(self._changed)

    # -- state ------------------------------------------------------------------------------
    def selector(self):
        """The chosen segment or tag (None when the workspace has neither)."""
        return self.chooser.selector()

    def start_date(self) -> dt.date:
        d = self.start_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def _changed(self, *_args) -> None:
        self.plan = None
        self._update_buttons()
        self._timer.start()

    def _replan(self) -> None:
        selector = self.selector()
        if selector is None:
            self.plan_label.setText(self.tr("This workspace has no segments or tags yet. Segment the customers or"
                                            " create tags first."))
            return
        self.plan_label.setText(self.tr("Counting the customers…"))
        self.planner.start(plan_choice, self.workspace, selector, self.start_date(), self.window_spin.value(),
                           self.holdout_spin.value() / 100, self.channel_combo.currentData(), on_done=self._planned,
                           on_error=self._plan_failed)

    def _plan_failed(self, exc: BaseException) -> None:
        self.plan_label.setText(describe_error(exc))

    def _planned(self, plan) -> None:
        self.plan = plan
        self.plan_label.setText(plan_text(plan))
        self.warning_label.setText("\n".join("⚠ " + w for w in warning_texts(plan.warnings, plan.mde)))
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        ready = self.plan is not None and self.plan.holdout > 0 and bool(self.name_edit.text().strip())
        self.create_button.setEnabled(ready and not self.creator.busy)

    # -- creating ---------------------------------------------------------------------------
    def start_create(self) -> None:
        """Draw the holdout group and save the campaign in the write worker."""
        self.creator.start(
            create_choice, self.workspace, self.selector(), self.name_edit.text(), write=True,
            status=self.tr("Creating the campaign…"), on_done=self._created, on_cancel=self._stopped,
            channel=self.channel_combo.currentData(), start=self.start_date(), window_days=self.window_spin.value(),
            holdout_share=self.holdout_spin.value() / 100, seed=None,  # drawn and recorded by the core
            coupon_treatment=self.coupon_edit.text(), coupon_holdout=self.holdout_coupon_edit.text())

    def _created(self, campaign) -> None:
        self.campaign = campaign
        self.created.emit(campaign)
        self.accept()

    def _stopped(self) -> None:
        self.progress.set_status(self.tr("Stopped. No campaign was created."))

    def reject(self) -> None:
        """Closing stops the planning and a running creation (nothing is saved)."""
        shutdown_all(self)
        super().reject()


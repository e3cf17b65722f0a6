"""'Forget this customer' from the profile card: a confirmation naming the person, then the erasure in the write worker."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...privacy.erase import ErasureResult, forget_customer
from ..common.concurrent import TaskRunner
from ..common.formatting import format_count
from ..common.messages import show_error, show_info
from ..common.section_page import page_of

T = QCoreApplication


def can_forget(workspace) -> bool:
    """True when the workspace is open for writing (a read-only copy cannot forget anyone)."""
    return workspace is not None and not getattr(workspace, "readonly", False)


def confirmation_text(name: str, backups: int) -> str:
    """The question asked before an erasure, naming the person."""
    return T.translate("ForgetCustomer", "Forget %1?\n\nShopLens will remove this customer from every table,"
                       " from the imported rows and from every backup copy (%2 now), so their name, phone number and"
                       " e-mail are left nowhere in the files."
                       " The audit log will only record that a customer was forgotten.\n\nThis cannot be undone.") \
        .replace("%1", name).replace("%2", format_count(backups))


def result_text(result: ErasureResult) -> str:
    """What an erasure removed, in a sentence."""
    text = T.translate("ForgetCustomer", "The customer was forgotten: %1 rows removed (%2 imported rows), %3 backup"
                       " copies rewritten.") \
        .replace("%1", format_count(result.rows_removed)).replace("%2", format_count(result.raw_rows)) \
        .replace("%3", format_count(result.backups_rewritten))
    if result.backups_failed:
        text += "\n\n" + T.translate("ForgetCustomer", "These backup copies could not be rewritten; delete them by"
                                     " hand: %1") \
            .replace("%1", ", ".join(result.backups_failed))
    return text


class ForgetCustomer:
    """Asks, then forgets the card's customer in the write worker; the card closes when it is done."""

    def __init__(self, card, workspace) -> None:
        self.card = card
        self.workspace = workspace
        self.runner = TaskRunner(card)
        self.forget_button = None

    def ask(self) -> QMessageBox:
        """Show the confirmation (non-modal); the erasure starts when 'Forget' is clicked."""
        self.card.forgetting = self  # kept alive while asking and working; let go in _finish
        c = self.card.customer
        name = c.get("name") or T.translate("ForgetCustomer", "customer %1").replace("%1", str(self.card.customer_id))
        details = ", ".join(str(v) for v in (c.get("phone"), c.get("email"), c.get("member_no")) if v)
        if details:
            name = f"{name} ({details})"
        box = QMessageBox(QMessageBox.Icon.Warning, T.translate("ForgetCustomer", "Forget this customer"),
                          confirmation_text(name, len(self.workspace.backups())), QMessageBox.StandardButton.Cancel,
                          self.card)
        box.setObjectName("forgetConfirm")
        self.forget_button = box.addButton(T.translate("ForgetCustomer", "Forget"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(self._answered)  # the box is the card's child: it goes with the card
        box.open()
        return box

    def _answered(self, button) -> None:
        if button is self.forget_button:
            self.start()
        else:
            self._finish()

    def _finish(self) -> None:
        if getattr(self.card, "forgetting", None) is self:
            self.card.forgetting = None

    def start(self):
        """Run the erasure in the write worker (without asking)."""
        self.card.forgetting = self
        self.card.set_busy(T.translate("ForgetCustomer", "Forgetting the customer…"))
        return self.runner.start(forget_customer, self.workspace, customer_id=self.card.customer_id, write=True,
                                 on_done=self._done, on_error=self._failed)

    def _done(self, result: ErasureResult) -> None:
        parent: QWidget | None = self.card.parentWidget()
        show_info(parent, T.translate("ForgetCustomer", "Customer forgotten"), result_text(result))
        page = page_of(parent)
        if page is not None:
            page.data_changed.emit()  # the other pages and the counts refresh
        self._finish()
        self.card.close()

    def _failed(self, exc: BaseException) -> None:
        self.card.set_busy(None)
        self._finish()
        show_error(self.card, T.translate("ForgetCustomer", "The customer could not be forgotten"), exc)

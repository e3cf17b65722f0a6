"""Table models and delegates of the import wizard: the first rows of a sheet, the column mapping, skipped rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QComboBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...ingest.fields import FIELDS, IGNORE
from ..common.field_labels import entity_label, field_labels, not_imported_label
from .texts import guess_reason_text, skip_reason_text

Index = QModelIndex | QPersistentModelIndex
HEADER_BACKGROUND = QColor("#ffe9a8")
MAX_CELL_TEXT = 120


def column_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the column names a spreadsheet shows."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


class GridModel(QAbstractTableModel):
    """The first rows of a sheet as read, with the header row highlighted and the rows above it greyed."""

    def __init__(self, rows: list[list[str]], row_numbers: list[int], header_index: int = 0, parent=None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.row_numbers = row_numbers
        self.header_index = header_index
        self.width = max((len(r) for r in rows), default=0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.width

    def set_header_index(self, index: int) -> None:
        """Highlight another row as the header."""
        self.header_index = index
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, max(self.width - 1, 0)))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.rows) - 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        row = self.rows[r]
        text = row[c] if c < len(row) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            return text if len(text) <= MAX_CELL_TEXT else text[:MAX_CELL_TEXT] + "…"
        if role == Qt.ItemDataRole.ToolTipRole and len(text) > 30:
            return text
        if role == Qt.ItemDataRole.BackgroundRole and r == self.header_index:
            return QBrush(HEADER_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and r < self.header_index:
            return QBrush(QColor("#9a9a9a"))
        if role == Qt.ItemDataRole.FontRole and r == self.header_index:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return column_letters(section)
            return str(self.row_numbers[section])
        if role == Qt.ItemDataRole.FontRole and orientation == Qt.Orientation.Vertical and section == self.header_index:
            font = QFont()
            font.setBold(True)
            return font
        return None


class MappingModel(QAbstractTableModel):
    """One row per source column: example values, the field it is imported as (editable), confidence, why."""

    COLUMN, SAMPLES, FIELD, CONFIDENCE, WHY = range(5)
    mapping_changed = Signal(dict)

    def __init__(self, guesses: list, mapping: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.guesses = guesses
        self.mapping = dict(mapping)
        self.labels = field_labels()
        self.titles = [self.tr("Column in the file"), self.tr("Example values"), self.tr("Import as"),
                       self.tr("Confidence"), self.tr("Why")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.guesses)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def field_of(self, column: str) -> str:
        """The field key a source column is imported as ('' = not imported)."""
        return self.mapping.get(column, IGNORE)

    def confidence(self, row: int) -> float | None:
        """The guess's confidence when the user kept the guessed field; None when the user chose."""
        guess = self.guesses[row]
        if self.field_of(guess.column) != guess.field:
            return None
        return guess.confidence if guess.field else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == self.FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        guess, col = self.guesses[index.row()], index.column()
        key = self.field_of(guess.column)
        if role == Qt.ItemDataRole.EditRole and col == self.FIELD:
            return key
        if role == Qt.ItemDataRole.UserRole and col == self.CONFIDENCE:
            return self.confidence(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COLUMN:
                return guess.column
            if col == self.SAMPLES:
                return ", ".join(s if len(s) <= 30 else s[:30] + "…" for s in guess.samples[:3])
            if col == self.FIELD:
                return self.labels.get(key, key) if key else not_imported_label()
            if col == self.CONFIDENCE:
                value = self.confidence(index.row())
                if value is None:
                    return self.tr("your choice") if key != guess.field else ""
                return f"{round(value * 100)} %"
            if col == self.WHY:
                return guess_reason_text(guess.reason) if key == guess.field else self.tr("chosen by you")
        if role == Qt.ItemDataRole.ToolTipRole and col == self.SAMPLES:
            return "\n".join(guess.samples)
        if role == Qt.ItemDataRole.ForegroundRole and not key and col in (self.COLUMN, self.FIELD):
            return QBrush(QColor("#8a8a8a"))
        if role == Qt.ItemDataRole.FontRole and col == self.FIELD and key:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.FIELD or role != Qt.ItemDataRole.EditRole:
            return False
        self.set_field(self.guesses[index.row()].column, value or IGNORE)
        return True

    def set_field(self, column: str, key: str) -> None:
        """Import `column` as `key`; a field can belong to one column only, so another holding it gives it up."""
        if self.field_of(column) == key:
            return
        if key:
            for other, other_key in self.mapping.items():
                if other_key == key and other != column:
                    self.mapping[other] = IGNORE
        self.mapping[column] = key
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 4))
        self.mapping_changed.emit(dict(self.mapping))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None


class FieldDelegate(QStyledItemDelegate):
    """A drop-down of every field (grouped customer/order) plus "not imported"."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        labels = field_labels()
        combo.addItem(not_imported_label(), IGNORE)
        for entity in ("customer", "order"):
            combo.insertSeparator(combo.count())
            for f in FIELDS:
                if f.entity == entity:
                    combo.addItem(f"{entity_label(entity)} · {labels[f.key]}", f.key)
        combo.activated.connect(lambda _i, c=combo: (self.commitData.emit(c), self.closeEditor.emit(c)))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ConfidenceDelegate(QStyledItemDelegate):
    """A small bar for the guess's confidence: green when sure, amber when likely, red when a guess."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.UserRole)
        if value is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = option.rect.adjusted(4, 6, -46, -6)
        color = QColor("#3a9a4a") if value >= 0.8 else QColor("#d19a1a") if value >= 0.5 else QColor("#c8553d")
        painter.save()
        painter.setPen(QColor("#c8c8c8"))
        painter.setBrush(QColor("#f0f0f0"))
        painter.drawRect(rect)
        painter.fillRect(QRect(rect.left() + 1, rect.top() + 1, int((rect.width() - 1) * value), rect.height() - 1),
                         color)
        painter.setPen(option.palette.text().color())
        painter.drawText(option.rect.adjusted(0, 0, -4, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         f"{round(value * 100)} %")
        painter.restore()


class SkippedModel(QAbstractTableModel):
    """Rows that were not imported as data: file, row number, why, the row's text."""

    def __init__(self, items: list[tuple[str, object]], parent=None) -> None:
        super().__init__(parent)
        self.items = items  # (file label, SkippedRow)
        self.titles = [self.tr("File"), self.tr("Row"), self.tr("Why"), self.tr("Text")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        file, row = self.items[index.row()]
        return (file, str(row.row), skip_reason_text(row.reason), row.text)[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None

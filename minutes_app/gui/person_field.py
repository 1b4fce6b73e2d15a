"""A field that names one attendee in a role, typed as a few letters without accents or picked from a list.

Every person field (speaker, presenter, chair, secretary) ends in one of three visible states: the person
chosen (a unique match, or the entry highlighted in the list), the typed text kept and marked with why it
names nobody (not in the attendee list, fits several people, absent), or the list open asking to choose.
Never a silent return to the person stored before.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QComboBox, QLineEdit

from minutes_app.domain.model import Attendee, ItemKind
from minutes_app.domain.people import PersonRole, Reading, read_person, refusal
from minutes_app.gui.entry_marks import mark, problem_of, unmark
from minutes_app.gui.popups import keep_on_screen
from minutes_app.gui.speaker_completer import ID_ROLE, NAME_ROLE, AttendeeListModel, FoldingCompleter


class PersonField(QObject):
    """Resolves what is typed in ``line_edit`` (or an editable ``combo``) to an attendee id.

    ``personChosen`` is emitted when the secretary settles on a person ("" for an emptied field); the
    tab (or a FieldBinder) stores it. ``show_person`` displays a stored person, marked when the person
    can no longer fill the role (a chair marked absent afterwards). With ``settle_on_leave`` the field
    settles by itself when focus leaves; a binder turns that off and calls ``settle`` in its own order.
    """

    personChosen = Signal(str)
    problem = Signal(str)  # why the typed text names nobody, for the status bar; "" when settled

    def __init__(
        self,
        editor,
        line_edit: QLineEdit,
        role: PersonRole,
        *,
        combo: QComboBox | None = None,
        holder: Callable[[], Attendee | None] | None = None,
        settle_on_leave: bool = True,
        parent: QObject | None = None,
    ):
        super().__init__(parent or line_edit)
        self.editor, self._line_edit, self.role, self.combo = editor, line_edit, role, combo
        self.holder = holder or (lambda: None)
        self.person_id = ""
        self._typed = ""  # text on screen that names nobody, restored when a list reset overwrites it
        self.widget = combo if combo is not None else line_edit  # the one that takes focus and marks
        self.model = AttendeeListModel(editor, detailed=True, accepts=self.accepts, parent=self)
        self.completer = FoldingCompleter(self.model, self)
        line_edit.setCompleter(self.completer)
        line_edit.setClearButtonEnabled(combo is None)  # a combo empties through its "nobody" entry
        self.completer.activated[QModelIndex].connect(self._on_completion)
        line_edit.returnPressed.connect(self._on_return)
        if settle_on_leave:
            self.widget.installEventFilter(self)  # leaving by Tab from an open list skips editingFinished
        if combo is not None:
            combo.activated.connect(self._on_combo_activated)
            combo.model().modelReset.connect(self._redisplay)
        editor.itemChanged.connect(self._on_item_changed)
        editor.itemsReset.connect(self._on_items_reset)

    @property
    def line_edit(self) -> QLineEdit:
        """The field's line edit, asked of the combo each time: an item view that takes over a cell
        editor leaves the first Python handle of its line edit unusable."""
        return self.combo.lineEdit() if self.combo is not None else self._line_edit

    # -- reading -----------------------------------------------------------------------------------
    def accepts(self, person: Attendee) -> bool:
        return refusal(self.role, person, self.holder()) is None

    def reading(self) -> Reading:
        """What the text on screen names; the person shown stays chosen even when names repeat."""
        text = self.line_edit.text()
        shown = self._person(self.person_id)
        if shown is not None and text.strip() == shown.name.strip():
            return Reading(self.person_id, [shown])
        return read_person(self.editor.meeting, text, self.role, self.holder())

    @property
    def typed(self) -> str:
        """Text on screen that names nobody ("" when the field shows a person)."""
        return self._typed

    def resolve(self) -> str | None:
        """The id the text stands for ("" for nobody), or None while it names nobody clearly."""
        return self.reading().person_id

    def _person(self, person_id: str) -> Attendee | None:
        meeting = self.editor.meeting
        return meeting.attendee(person_id) if person_id and meeting is not None else None

    # -- settling ----------------------------------------------------------------------------------
    def settle(self, *, ask: bool = False) -> str | None:
        """Choose what the text names, or keep it marked; with ``ask`` an unclear name opens the list."""
        if not shiboken6.isValid(self.line_edit) or self.line_edit.isReadOnly():
            return self.person_id  # read-only, or the window is being torn down
        reading = self.reading()
        if reading.person_id is not None:
            if reading.person_id != self.person_id:
                self._choose(reading.person_id)
            else:
                self.show_person(reading.person_id)
            return reading.person_id
        reason = str(reading.problem)
        self._typed = self.line_edit.text()
        mark(self.widget, reason, show_now=not (ask and reading.matches))
        self.problem.emit(reason)
        if ask and reading.matches:
            QTimer.singleShot(0, self._ask)
        return None

    def take_highlighted(self) -> None:
        """Close the open list; the entry highlighted in it, if any, is the person chosen."""
        popup = self.completer.popup()
        if popup.isVisible():
            index = popup.currentIndex()
            popup.hide()
            if index.isValid():
                self.line_edit.setText(index.data(NAME_ROLE) or "")
                self._choose(index.data(ID_ROLE) or "")

    @Slot()
    def _ask(self) -> None:
        """Show the people the letters fit, none highlighted: Enter alone must not pick one of them."""
        if self.line_edit.hasFocus():
            self.completer.setCompletionPrefix(self.line_edit.text())
            self.completer.complete()
            self.completer.popup().setCurrentIndex(QModelIndex())

    def _choose(self, person_id: str) -> None:
        self.show_person(person_id)
        self.problem.emit("")
        self.personChosen.emit(person_id)

    def show_person(self, person_id: str) -> None:
        """Display a stored person without telling anyone; marked if the role no longer fits them."""
        self.person_id = person_id or ""
        self._typed = ""
        if not shiboken6.isValid(self.line_edit):  # focus leaving a window being torn down
            return
        if self.completer.popup().isVisible():  # a list for what was typed before is stale now
            self.completer.popup().hide()
        person = self._person(self.person_id)
        self._display(person.name if person else "")
        not_allowed = refusal(self.role, person, self.holder()) if person is not None else None
        if not_allowed is not None:
            mark(self.widget, str(not_allowed), show_now=False)
        else:
            unmark(self.widget)

    def show_text(self, text: str, reason: str) -> None:
        """Display text that names nobody, kept from earlier, with its reason."""
        self._typed = text
        self._display(text)
        mark(self.widget, reason, show_now=False)

    def _display(self, text: str) -> None:
        if self.combo is not None:
            index = self.combo.findData(self.person_id, ID_ROLE)
            if index >= 0 and index != self.combo.currentIndex():
                self.combo.setCurrentIndex(index)
        if self.line_edit.text() != text:
            self.line_edit.setText(text)

    # -- signals -----------------------------------------------------------------------------------
    @Slot(QModelIndex)
    def _on_completion(self, index: QModelIndex) -> None:
        self._choose(index.data(ID_ROLE) or "")

    @Slot(int)
    def _on_combo_activated(self, index: int) -> None:
        if not shiboken6.isValid(self.line_edit):
            return
        person_id = self.combo.itemData(index, ID_ROLE)
        if person_id is not None:
            self._choose(person_id)

    @Slot()
    def _on_return(self) -> None:
        """Enter reaches the field before the open list handles it: a highlighted entry is about to be
        chosen by the list; otherwise the text is read now, and the list asks again if it is unclear."""
        popup = self.completer.popup()
        if not (popup.isVisible() and popup.currentIndex().isValid()):
            self.settle(ask=True)

    def eventFilter(self, watched, event):
        # The completion list opening takes the focus too: that is no leaving of the field.
        if (
            watched is self.widget
            and event.type() == QEvent.Type.FocusOut
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            self.settle()
        return False

    @Slot()
    def _redisplay(self) -> None:
        """The people changed (or the combo put its own text back): show the person again, unless the
        field holds text that names nobody, which stays as typed."""
        if not shiboken6.isValid(self.line_edit) or self.line_edit.hasFocus():
            return
        if not problem_of(self.widget) or self._shows_person():
            self.show_person(self.person_id)
        elif self.line_edit.text() != self._typed:
            self._display(self._typed)

    def _shows_person(self) -> bool:
        person = self._person(self.person_id)
        return person is not None and self.line_edit.text().strip() == person.name.strip()

    @Slot(str, str, str)
    def _on_item_changed(self, kind: str, _item_id: str, field: str) -> None:
        if kind == ItemKind.ATTENDEES.value and field in ("name", "attendance", "substitute_for"):
            self._redisplay()

    @Slot(str)
    def _on_items_reset(self, kind: str) -> None:
        if kind == ItemKind.ATTENDEES.value:
            self._redisplay()


def person_combo(
    editor,
    combo: QComboBox,
    role: PersonRole,
    *,
    none_label: str = "",
    holder: Callable[[], Attendee | None] | None = None,
    settle_on_leave: bool = True,
) -> PersonField:
    """Make ``combo`` a person field: editable, listing "nobody" and the people who can fill ``role``."""
    accepts = lambda person: refusal(role, person, holder() if holder else None) is None  # noqa: E731
    combo.setModel(AttendeeListModel(editor, none_label=none_label, accepts=accepts, parent=combo))
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    keep_on_screen(combo.view().window())
    return PersonField(
        editor,
        combo.lineEdit(),
        role,
        combo=combo,
        holder=holder,
        settle_on_leave=settle_on_leave,
        parent=combo,
    )

"""Two-way links between input widgets and the fields of the open meeting or of one of its items."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from minutes_app.domain.dates import format_time, parse_time
from minutes_app.domain.model import ItemKind
from minutes_app.domain.people import PersonRole
from minutes_app.gui.entry_marks import mark, problem_of, unmark
from minutes_app.gui.person_field import PersonField, person_combo
from minutes_app.messages import UserError

_BREAKS = str.maketrans({"\u2029": "\n", "\u2028": "\n", "\ufdd0": "\n", "\ufdd1": "\n"})


def plain_text(widget: QPlainTextEdit) -> str:
    """toPlainText() without its one lossy step: it turns every no-break space into a space, so one
    keystroke would have rewritten all of a pasted text's no-break spaces."""
    return widget.document().toRawText().translate(_BREAKS)


@dataclass
class _Link:
    widget: QWidget
    field: str
    read: Callable[[], object]  # raises ValueError while the input is not (yet) a value
    write: Callable[[object], None]
    typing: bool
    on_leave: bool = False  # stored when focus leaves or Enter is pressed, not per keystroke
    commit: Callable[[], object] | None = None  # the widget's own reading of typed text, before leaving
    kept_text: Callable[[], str] | None = None  # refused text to keep while another item is shown
    show_kept: Callable[[str, str], None] | None = None  # (text, reason) back on screen


class FieldBinder(QObject):
    """Keeps widgets and fields in step both ways without echo.

    A widget is rewritten only when what it shows differs from the stored value, so that the cursor
    never jumps while the secretary types; a field is written only when the user changed it. With
    ``kind`` the binder edits the fields of one item (``set_item``), else the meeting's own fields.
    Typed text that is not a value (a time "25:10") stays on screen, marked with the reason, and is kept
    per item while the secretary looks at another one; it never silently turns back into the old value.
    """

    problem = Signal(str)  # why typed text was refused, for the status bar

    def __init__(self, editor, kind: ItemKind | None = None, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.kind = kind
        self.item_id: str | None = None
        self._links: list[_Link] = []
        self._writing = False
        self._refused: dict[tuple[str | None, str], tuple[str, str]] = {}  # (item, field): (text, reason)
        self._whole_values: set[QWidget] = set()  # fields typed as a whole (times)
        self._fresh: set[QWidget] = set()  # ... focused, and not typed into yet
        editor.meetingLoaded.connect(self._on_loaded)
        editor.readOnlyChanged.connect(self._update_enabled)
        if kind is None:
            editor.meetingFieldChanged.connect(self._on_field_changed)
        else:
            editor.itemChanged.connect(self._on_item_changed)
            editor.itemsReset.connect(self._on_items_reset)

    # -- the target --------------------------------------------------------------------------------
    def target(self):
        meeting = self.editor.meeting
        if meeting is None or self.kind is None:
            return meeting
        return next((item for item in meeting.items(self.kind) if item.id == self.item_id), None)

    def widget_of(self, field: str) -> QWidget | None:
        """The widget showing ``field``, for code that must point at it (find, phrases)."""
        return next((link.widget for link in self._links if link.field == field), None)

    def set_item(self, item_id: str | None) -> None:
        if item_id != self.item_id:
            self.editor.flush()
            self._keep_refused()
            self.item_id = item_id
            self.refresh(force=True)
            self._show_refused()
        else:
            self.refresh()

    # -- kinds of widget ---------------------------------------------------------------------------
    def line(self, widget: QLineEdit, field: str) -> None:
        self._add(_Link(widget, field, widget.text, lambda v: widget.setText(v or ""), True))
        widget.textEdited.connect(lambda _text: self._store(field))

    def time(self, widget: QLineEdit, field: str) -> None:
        """A time typed freely ("8h25"), stored when the secretary leaves the field or presses Enter.

        Not per keystroke: "1" on the way to "10:15" would briefly be a wrong time. What does not parse
        stays as typed, marked red with the reason, until it is corrected.
        """
        read = lambda: parse_time(widget.text())  # noqa: E731
        self._add(
            _Link(
                widget,
                field,
                read,
                lambda v: widget.setText(format_time(v)),
                False,
                on_leave=True,
                kept_text=widget.text,
                show_kept=lambda text, reason: (widget.setText(text), mark(widget, reason, show_now=False)),
            )
        )
        widget.returnPressed.connect(lambda: self._leave(widget))
        self._whole_values.add(widget)

    def text(self, widget: QPlainTextEdit, field: str, *, lines: bool = False) -> None:
        """Multi-line text; with ``lines`` the field is a list of the non-empty lines (recipients)."""
        if lines:
            read = lambda: [line.strip() for line in plain_text(widget).splitlines() if line.strip()]  # noqa: E731
            write = lambda v: widget.setPlainText("\n".join(v or []))  # noqa: E731
        else:
            read, write = (lambda: plain_text(widget)), lambda v: widget.setPlainText(v or "")
        self._add(_Link(widget, field, read, write, True))
        widget.textChanged.connect(lambda: self._store(field))

    def date(self, widget: QDateEdit, field: str) -> None:
        """A date edit; a DateEdit reads typed text itself and reports refusals through ``problem``."""
        if hasattr(widget, "problem"):
            widget.problem.connect(self._relay_problem)
        self._add(
            _Link(
                widget,
                field,
                lambda: widget.date().toPython(),
                lambda v: v is not None and widget.setDate(QDate(v)),
                True,
                commit=getattr(widget, "commit_typing", None),
            )
        )
        widget.dateChanged.connect(lambda _date: self._store(field))

    def number(self, widget: QSpinBox, field: str) -> None:
        """A count where the spin box's minimum (shown as its special text) means "not given"."""

        def read():
            return None if widget.value() == widget.minimum() else widget.value()

        self._add(
            _Link(widget, field, read, lambda v: widget.setValue(widget.minimum() if v is None else v), True)
        )
        widget.valueChanged.connect(lambda _value: self._store(field))

    def choice(self, widget: QComboBox, field: str, role=None, convert=None) -> None:
        """A combo whose item data (in ``role``) are the field's values; only the user's picks store.

        ``convert`` turns the item data back into the field's type (Qt keeps enum values as plain str).
        """
        role = Qt.ItemDataRole.UserRole if role is None else role

        def write(value):
            index = widget.findData(value, role)
            widget.setCurrentIndex(index if index >= 0 else widget.findData("", role))

        def read():
            value = widget.currentData(role)
            return convert(value) if convert is not None and value is not None else value

        self._add(_Link(widget, field, read, write, False))
        widget.activated.connect(lambda _index: self._store(field))
        widget.model().modelReset.connect(lambda: self.refresh(field))
        widget.model().rowsInserted.connect(lambda *_args: self.refresh(field))

    def person(self, widget: QLineEdit | QComboBox, field: str, role: PersonRole, *, none_label: str = ""):
        """A person of the meeting in ``role``, typed without accents or (a combo box) picked from a list.

        A combo box is made editable over the people who can fill the role, with "nobody" on top.
        """
        if isinstance(widget, QComboBox):
            person = person_combo(self.editor, widget, role, none_label=none_label, settle_on_leave=False)
        else:
            person = PersonField(self.editor, widget, role, settle_on_leave=False, parent=self)
        person.personChosen.connect(lambda _id: self._store(field))
        person.problem.connect(self._relay_problem)
        self._add(
            _Link(
                widget,
                field,
                lambda: person.person_id,
                person.show_person,
                False,
                commit=person.settle,
                kept_text=lambda: person.typed,
                show_kept=person.show_text,
            )
        )
        return person

    def _add(self, link: _Link) -> None:
        self._links.append(link)
        link.widget.installEventFilter(self)
        self._refresh_link(link)
        self._update_enabled()

    # -- widget → field ----------------------------------------------------------------------------
    def _store(self, field: str) -> None:
        target = self.target()
        if self._writing or target is None or self.editor.read_only:
            return
        link = next(link for link in self._links if link.field == field)
        try:
            value = link.read()
        except ValueError:
            return
        if value == getattr(target, field):
            return
        if self.kind is None:
            self.editor.set_meeting_field(field, value, typing=link.typing)
        else:
            self.editor.set_item_field(self.kind, self.item_id, field, value, typing=link.typing)

    def _store_typed(self, link: _Link) -> None:
        """Store typed text that waited for the field to be left, or mark it with the reason it is not."""
        target = self.target()
        if target is None or self.editor.read_only:
            return
        try:
            link.read()
        except UserError as error:  # the parsers' EntryError: the reason in the secretary's words
            self._refuse(link, str(error))
            return
        except ValueError:
            self._refuse(link, self.tr("Giá trị không hợp lệ."))
            return
        if problem_of(link.widget):
            unmark(link.widget)
            self.problem.emit("")
        self._refused.pop((self.item_id, link.field), None)
        self._store(link.field)

    def _refuse(self, link: _Link, reason: str) -> None:
        mark(link.widget, reason)
        self.problem.emit(reason)

    @Slot(str)
    def _relay_problem(self, reason: str) -> None:
        self.problem.emit(reason)

    def eventFilter(self, watched, event):
        kind = event.type()
        if kind == QEvent.Type.FocusOut and event.reason() != Qt.FocusReason.PopupFocusReason:
            self._leave(watched)
        elif kind == QEvent.Type.FocusIn and watched in self._whole_values:
            self._fresh.add(watched)
        elif kind == QEvent.Type.KeyPress and watched in self._fresh:
            self._replace_on_typing(watched, event)
        return False

    def _replace_on_typing(self, widget: QLineEdit, event) -> None:
        """A time is typed whole: the first character after focusing replaces the text, wherever the
        cursor was ("08:30" typed after Home is 08:30, not "08:3008:00"); Backspace or Delete edit it."""
        commands = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        text = event.text()
        if text and text.isprintable() and not event.modifiers() & commands and not widget.isReadOnly():
            widget.clear()
            self._fresh.discard(widget)
        elif event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._fresh.discard(widget)

    def _leave(self, widget) -> None:
        """Focus left (or Enter): store what waits for that, end the typing step, show the stored form.

        Only fields stored on leaving are rewritten unasked ("8h25" becomes "08:25"); a text that already
        shows its stored value keeps its selection and scroll position (a search hit stays marked). A
        widget still showing refused text keeps it: putting the stored value back would be a silent
        revert of what the secretary typed.
        """
        if widget in self._whole_values and widget.hasFocus():  # Enter: the next typing starts afresh
            self._fresh.add(widget)
        for link in self._links:
            if link.widget is widget and link.commit is not None and self.target() is not None:
                link.commit()
        for link in self._links:
            if link.widget is widget and link.on_leave:
                self._store_typed(link)
        self.editor.flush()
        for link in self._links:
            if link.widget is widget and not problem_of(widget):
                self._refresh_link(link, force=link.on_leave)

    def _keep_refused(self) -> None:
        """Before showing another item: remember refused text of this one, and clear the marks."""
        for link in self._links:
            reason = problem_of(link.widget)
            text = link.kept_text() if reason and link.kept_text is not None else ""
            if text:
                self._refused[(self.item_id, link.field)] = (text, reason)
            unmark(link.widget)

    def keep_refused(self, item_id: str, field: str, text: str, reason: str) -> None:
        """Text for ``field`` of ``item_id`` that named nothing yet: shown, marked, when the item is."""
        self._refused[(item_id, field)] = (text, reason)
        if item_id == self.item_id:
            self._show_refused()

    def _show_refused(self) -> None:
        for link in self._links:
            kept = self._refused.get((self.item_id, link.field))
            if kept is not None and link.show_kept is not None:
                link.show_kept(*kept)

    # -- field → widget ----------------------------------------------------------------------------
    def refresh(self, field: str | None = None, *, force: bool = False) -> None:
        """Show the stored values; a widget holding refused text keeps it unless ``force``."""
        for link in self._links:
            if field is None or link.field == field:
                if force:
                    unmark(link.widget)
                if not problem_of(link.widget):
                    self._refresh_link(link, force=force)
        self._update_enabled()

    @Slot(str)
    def _on_field_changed(self, field: str) -> None:
        """The stored value changed (an edit, an undo): it replaces whatever the widget held."""
        self._refused.pop((self.item_id, field), None)
        for link in self._links:
            if link.field == field:
                refused = bool(problem_of(link.widget))
                unmark(link.widget)
                self._refresh_link(link, force=refused)
        self._update_enabled()

    def _refresh_link(self, link: _Link, *, force: bool = False) -> None:
        target = self.target()
        value = getattr(target, link.field) if target is not None else None
        try:
            if not force and target is not None and link.read() == value:
                return
        except ValueError:
            pass
        if force and target is None:
            return
        self._writing = True
        try:
            link.write(value)
        finally:
            self._writing = False

    @Slot()
    def _on_loaded(self) -> None:
        self.item_id = None
        self._refused.clear()
        self.refresh(force=True)

    @Slot(str, str, str)
    def _on_item_changed(self, kind: str, item_id: str, field: str) -> None:
        if kind == self.kind.value and item_id == self.item_id:
            self._on_field_changed(field)

    @Slot(str)
    def _on_items_reset(self, kind: str) -> None:
        if kind == self.kind.value:
            self.refresh()

    @Slot()
    def _update_enabled(self, *_args) -> None:
        """Read-only shows the text (still selectable and copyable) but refuses changes."""
        has_target = self.target() is not None
        read_only = self.editor.read_only or not has_target
        for link in self._links:
            widget = link.widget
            widget.setEnabled(
                has_target if not isinstance(widget, QComboBox) else has_target and not read_only
            )
            if hasattr(widget, "setReadOnly"):
                widget.setReadOnly(read_only)

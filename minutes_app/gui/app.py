"""Start of the window: application names, language, the database, and the main window on the newest meeting."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from minutes_app import messages, paths
from minutes_app.gui.settings import APPLICATION, ORGANIZATION, Settings
from minutes_app.messages import UserError

_installed: list[QTranslator] = []


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """English is a translation of the Vietnamese source strings; Qt's own buttons follow the language.

    Translators of an earlier call are removed first, so that the language can be chosen again (tests).
    Widgets built afterwards are in the new language; the open window keeps its own until restarted.
    """
    while _installed:
        app.removeTranslator(_installed.pop())
    installed = _installed
    candidates = [(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    if language == "en":
        candidates.append(("minutes_app_en", str(paths.TRANSLATIONS)))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Vietnamese))
    return installed


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("minutes-app")  # the menu entry scripts/install-desktop writes: its icon and name
    return app


def run(db_path: str | os.PathLike | None = None, lang: str | None = None) -> int:
    """What ``minutes-app`` without a subcommand does; returns the exit status."""
    app = application()
    settings = Settings()
    language = messages.language_from_environment(lang) if lang else settings.language
    messages.set_language(language)
    install_translators(app, language)

    from minutes_app.first_start import open_default_store
    from minutes_app.gui import recovery

    path = paths.default_database(db_path)
    try:
        store = recovery.open_or_recover(path, lambda: open_default_store(path, seed=db_path is None))
    except UserError as error:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Không mở được tệp dữ liệu"), str(error))
        return 1

    from minutes_app.gui.main_window import MainWindow

    try:
        window = MainWindow(store, settings)
        recovery.install(window)
        window.open_where_left()
        window.show()
        return app.exec()
    finally:
        store.close()

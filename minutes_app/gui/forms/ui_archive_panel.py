# generated from ui/archive_panel.ui by scripts/build_forms, do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'archive_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_ArchivePanel(object):
    def setupUi(self, ArchivePanel):
        if not ArchivePanel.objectName():
            ArchivePanel.setObjectName(u"ArchivePanel")
        ArchivePanel.resize(320, 600)
        self.archiveLayout = QVBoxLayout(ArchivePanel)
        self.archiveLayout.setObjectName(u"archiveLayout")
        self.archiveLayout.setContentsMargins(0, 0, 0, 0)
        self.searchEdit = QLineEdit(ArchivePanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.archiveLayout.addWidget(self.searchEdit)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.yearCombo = QComboBox(ArchivePanel)
        self.yearCombo.setObjectName(u"yearCombo")

        self.filterLayout.addWidget(self.yearCombo)

        self.statusCombo = QComboBox(ArchivePanel)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)


        self.archiveLayout.addLayout(self.filterLayout)

        self.meetingsView = QTableView(ArchivePanel)
        self.meetingsView.setObjectName(u"meetingsView")
        self.meetingsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.meetingsView.setAlternatingRowColors(True)
        self.meetingsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meetingsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meetingsView.setShowGrid(False)
        self.meetingsView.setWordWrap(False)
        self.meetingsView.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.meetingsView.horizontalHeader().setStretchLastSection(True)
        self.meetingsView.verticalHeader().setVisible(False)

        self.archiveLayout.addWidget(self.meetingsView)

        self.countLabel = QLabel(ArchivePanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.archiveLayout.addWidget(self.countLabel)


        self.retranslateUi(ArchivePanel)

        QMetaObject.connectSlotsByName(ArchivePanel)
    # setupUi

    def retranslateUi(self, ArchivePanel):
#if QT_CONFIG(accessibility)
        ArchivePanel.setAccessibleName(QCoreApplication.translate("ArchivePanel", u"Kho l\u01b0u tr\u1eef", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ArchivePanel", u"T\u00ecm ki\u1ebfm cu\u1ed9c h\u1ecdp", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ArchivePanel", u"T\u00ecm ki\u1ebfm (g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c)\u2026", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("ArchivePanel", u"L\u1ecdc theo n\u0103m", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("ArchivePanel", u"L\u1ecdc theo tr\u1ea1ng th\u00e1i", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.meetingsView.setAccessibleName(QCoreApplication.translate("ArchivePanel", u"Danh s\u00e1ch cu\u1ed9c h\u1ecdp", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# generated from ui/register_window.ui by scripts/build_forms, do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'register_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_RegisterWindow(object):
    def setupUi(self, RegisterWindow):
        if not RegisterWindow.objectName():
            RegisterWindow.setObjectName(u"RegisterWindow")
        RegisterWindow.resize(1280, 760)
        self.registerLayout = QVBoxLayout(RegisterWindow)
        self.registerLayout.setObjectName(u"registerLayout")
        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.registerStatusLabel = QLabel(RegisterWindow)
        self.registerStatusLabel.setObjectName(u"registerStatusLabel")

        self.filtersLayout.addWidget(self.registerStatusLabel)

        self.registerStatusCombo = QComboBox(RegisterWindow)
        self.registerStatusCombo.setObjectName(u"registerStatusCombo")

        self.filtersLayout.addWidget(self.registerStatusCombo)

        self.overdueCheck = QCheckBox(RegisterWindow)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filtersLayout.addWidget(self.overdueCheck)

        self.unitLabel = QLabel(RegisterWindow)
        self.unitLabel.setObjectName(u"unitLabel")

        self.filtersLayout.addWidget(self.unitLabel)

        self.unitEdit = QLineEdit(RegisterWindow)
        self.unitEdit.setObjectName(u"unitEdit")
        self.unitEdit.setClearButtonEnabled(True)

        self.filtersLayout.addWidget(self.unitEdit)

        self.dateFromLabel = QLabel(RegisterWindow)
        self.dateFromLabel.setObjectName(u"dateFromLabel")

        self.filtersLayout.addWidget(self.dateFromLabel)

        self.dateFromEdit = QDateEdit(RegisterWindow)
        self.dateFromEdit.setObjectName(u"dateFromEdit")
        self.dateFromEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.dateFromEdit.setCalendarPopup(True)

        self.filtersLayout.addWidget(self.dateFromEdit)

        self.dateToLabel = QLabel(RegisterWindow)
        self.dateToLabel.setObjectName(u"dateToLabel")

        self.filtersLayout.addWidget(self.dateToLabel)

        self.dateToEdit = QDateEdit(RegisterWindow)
        self.dateToEdit.setObjectName(u"dateToEdit")
        self.dateToEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.dateToEdit.setCalendarPopup(True)

        self.filtersLayout.addWidget(self.dateToEdit)

        self.registerSearchEdit = QLineEdit(RegisterWindow)
        self.registerSearchEdit.setObjectName(u"registerSearchEdit")
        self.registerSearchEdit.setClearButtonEnabled(True)

        self.filtersLayout.addWidget(self.registerSearchEdit)

        self.clearFiltersButton = QToolButton(RegisterWindow)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filtersLayout.addWidget(self.clearFiltersButton)


        self.registerLayout.addLayout(self.filtersLayout)

        self.summaryLabel = QLabel(RegisterWindow)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.registerLayout.addWidget(self.summaryLabel)

        self.registerSplitter = QSplitter(RegisterWindow)
        self.registerSplitter.setObjectName(u"registerSplitter")
        self.registerSplitter.setOrientation(Qt.Orientation.Vertical)
        self.registerSplitter.setChildrenCollapsible(False)
        self.unitsPanel = QWidget(self.registerSplitter)
        self.unitsPanel.setObjectName(u"unitsPanel")
        self.unitsLayout = QHBoxLayout(self.unitsPanel)
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.unitsLayout.setContentsMargins(0, 0, 0, 0)
        self.unitCountsTable = QTableView(self.unitsPanel)
        self.unitCountsTable.setObjectName(u"unitCountsTable")
        self.unitCountsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unitCountsTable.setAlternatingRowColors(True)
        self.unitCountsTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.unitCountsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unitCountsTable.setShowGrid(False)
        self.unitCountsTable.setWordWrap(False)
        self.unitCountsTable.verticalHeader().setVisible(False)

        self.unitsLayout.addWidget(self.unitCountsTable)

        self.unitsSideLayout = QVBoxLayout()
        self.unitsSideLayout.setObjectName(u"unitsSideLayout")
        self.unitCountsLabel = QLabel(self.unitsPanel)
        self.unitCountsLabel.setObjectName(u"unitCountsLabel")

        self.unitsSideLayout.addWidget(self.unitCountsLabel)

        self.mergeUnitsButton = QPushButton(self.unitsPanel)
        self.mergeUnitsButton.setObjectName(u"mergeUnitsButton")

        self.unitsSideLayout.addWidget(self.mergeUnitsButton)

        self.unitsSideSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.unitsSideLayout.addItem(self.unitsSideSpacer)


        self.unitsLayout.addLayout(self.unitsSideLayout)

        self.unitsLayout.setStretch(0, 1)
        self.registerSplitter.addWidget(self.unitsPanel)
        self.registerTable = QTableView(self.registerSplitter)
        self.registerTable.setObjectName(u"registerTable")
        self.registerTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registerTable.setAlternatingRowColors(True)
        self.registerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.registerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.registerTable.setWordWrap(False)
        self.registerSplitter.addWidget(self.registerTable)
        self.registerTable.verticalHeader().setVisible(False)

        self.registerLayout.addWidget(self.registerSplitter)

        self.registerActionsLayout = QHBoxLayout()
        self.registerActionsLayout.setObjectName(u"registerActionsLayout")
        self.recordProgressButton = QPushButton(RegisterWindow)
        self.recordProgressButton.setObjectName(u"recordProgressButton")

        self.registerActionsLayout.addWidget(self.recordProgressButton)

        self.openMeetingButton = QPushButton(RegisterWindow)
        self.openMeetingButton.setObjectName(u"openMeetingButton")

        self.registerActionsLayout.addWidget(self.openMeetingButton)

        self.registerUndoButton = QToolButton(RegisterWindow)
        self.registerUndoButton.setObjectName(u"registerUndoButton")

        self.registerActionsLayout.addWidget(self.registerUndoButton)

        self.registerRedoButton = QToolButton(RegisterWindow)
        self.registerRedoButton.setObjectName(u"registerRedoButton")

        self.registerActionsLayout.addWidget(self.registerRedoButton)

        self.registerActionsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registerActionsLayout.addItem(self.registerActionsSpacer)

        self.registerCountLabel = QLabel(RegisterWindow)
        self.registerCountLabel.setObjectName(u"registerCountLabel")
        self.registerCountLabel.setText(u"")

        self.registerActionsLayout.addWidget(self.registerCountLabel)

        self.exportRegisterButton = QPushButton(RegisterWindow)
        self.exportRegisterButton.setObjectName(u"exportRegisterButton")

        self.registerActionsLayout.addWidget(self.exportRegisterButton)

        self.closeRegisterButton = QPushButton(RegisterWindow)
        self.closeRegisterButton.setObjectName(u"closeRegisterButton")

        self.registerActionsLayout.addWidget(self.closeRegisterButton)


        self.registerLayout.addLayout(self.registerActionsLayout)

        self.registerLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.registerStatusLabel.setBuddy(self.registerStatusCombo)
        self.unitLabel.setBuddy(self.unitEdit)
        self.dateFromLabel.setBuddy(self.dateFromEdit)
        self.dateToLabel.setBuddy(self.dateToEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.registerStatusCombo, self.overdueCheck)
        QWidget.setTabOrder(self.overdueCheck, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.dateFromEdit)
        QWidget.setTabOrder(self.dateFromEdit, self.dateToEdit)
        QWidget.setTabOrder(self.dateToEdit, self.registerSearchEdit)
        QWidget.setTabOrder(self.registerSearchEdit, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.registerTable)
        QWidget.setTabOrder(self.registerTable, self.recordProgressButton)
        QWidget.setTabOrder(self.recordProgressButton, self.openMeetingButton)
        QWidget.setTabOrder(self.openMeetingButton, self.exportRegisterButton)
        QWidget.setTabOrder(self.exportRegisterButton, self.unitCountsTable)
        QWidget.setTabOrder(self.unitCountsTable, self.mergeUnitsButton)
        QWidget.setTabOrder(self.mergeUnitsButton, self.closeRegisterButton)

        self.retranslateUi(RegisterWindow)

        QMetaObject.connectSlotsByName(RegisterWindow)
    # setupUi

    def retranslateUi(self, RegisterWindow):
        RegisterWindow.setWindowTitle(QCoreApplication.translate("RegisterWindow", u"Theo d\u00f5i th\u1ef1c hi\u1ec7n k\u1ebft lu\u1eadn", None))
#if QT_CONFIG(accessibility)
        RegisterWindow.setAccessibleName(QCoreApplication.translate("RegisterWindow", u"Theo d\u00f5i th\u1ef1c hi\u1ec7n k\u1ebft lu\u1eadn", None))
#endif // QT_CONFIG(accessibility)
        self.registerStatusLabel.setText(QCoreApplication.translate("RegisterWindow", u"&T\u00ecnh tr\u1ea1ng:", None))
#if QT_CONFIG(accessibility)
        self.registerStatusCombo.setAccessibleName(QCoreApplication.translate("RegisterWindow", u"L\u1ecdc theo t\u00ecnh tr\u1ea1ng", None))
#endif // QT_CONFIG(accessibility)
        self.overdueCheck.setText(QCoreApplication.translate("RegisterWindow", u"Ch\u1ec9 &qu\u00e1 h\u1ea1n", None))
        self.unitLabel.setText(QCoreApplication.translate("RegisterWindow", u"\u0110\u01a1n &v\u1ecb:", None))
#if QT_CONFIG(accessibility)
        self.unitEdit.setAccessibleName(QCoreApplication.translate("RegisterWindow", u"L\u1ecdc theo \u0111\u01a1n v\u1ecb th\u1ef1c hi\u1ec7n", None))
#endif // QT_CONFIG(accessibility)
        self.unitEdit.setPlaceholderText(QCoreApplication.translate("RegisterWindow", u"g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c", None))
        self.dateFromLabel.setText(QCoreApplication.translate("RegisterWindow", u"&H\u1ecdp t\u1eeb:", None))
#if QT_CONFIG(accessibility)
        self.dateFromEdit.setAccessibleName(QCoreApplication.translate("RegisterWindow", u"Cu\u1ed9c h\u1ecdp t\u1eeb ng\u00e0y", None))
#endif // QT_CONFIG(accessibility)
        self.dateToLabel.setText(QCoreApplication.translate("RegisterWindow", u"\u0111\u1ebf&n:", None))
#if QT_CONFIG(accessibility)
        self.dateToEdit.setAccessibleName(QCoreApplication.translate("RegisterWindow", u"Cu\u1ed9c h\u1ecdp \u0111\u1ebfn ng\u00e0y", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.registerSearchEdit.setAccessibleName(QCoreApplication.translate("RegisterWindow", u"T\u00ecm trong n\u1ed9i dung k\u1ebft lu\u1eadn", None))
#endif // QT_CONFIG(accessibility)
        self.registerSearchEdit.setPlaceholderText(QCoreApplication.translate("RegisterWindow", u"T\u00ecm trong n\u1ed9i dung\u2026", None))
        self.clearFiltersButton.setText(QCoreApplication.translate("RegisterWindow", u"&B\u1ecf l\u1ecdc", None))
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("RegisterWindow", u"T\u1ed5ng h\u1ee3p", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unitCountsTable.setAccessibleName(QCoreApplication.translate("RegisterWindow", u"S\u1ed1 k\u1ebft lu\u1eadn theo \u0111\u01a1n v\u1ecb", None))
#endif // QT_CONFIG(accessibility)
        self.unitCountsLabel.setText(QCoreApplication.translate("RegisterWindow", u"Theo \u0111\u01a1n v\u1ecb:\n"
"b\u1ea5m m\u1ed9t d\u00f2ng \u0111\u1ec3 l\u1ecdc,\n"
"ch\u1ecdn nhi\u1ec1u d\u00f2ng \u0111\u1ec3 g\u1ed9p.", None))
        self.mergeUnitsButton.setText(QCoreApplication.translate("RegisterWindow", u"&G\u1ed9p \u0111\u01a1n v\u1ecb\u2026", None))
#if QT_CONFIG(tooltip)
        self.mergeUnitsButton.setToolTip(QCoreApplication.translate("RegisterWindow", u"G\u1ed9p c\u00e1c c\u00e1ch ghi kh\u00e1c nhau c\u1ee7a m\u1ed9t \u0111\u01a1n v\u1ecb (ch\u1ecdn m\u1ed9t ho\u1eb7c nhi\u1ec1u d\u00f2ng b\u00ean tr\u00e1i)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.registerTable.setAccessibleName(QCoreApplication.translate("RegisterWindow", u"C\u00e1c k\u1ebft lu\u1eadn trong kho l\u01b0u tr\u1eef", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.registerTable.setAccessibleDescription(QCoreApplication.translate("RegisterWindow", u"Enter ho\u1eb7c b\u1ea5m t\u00ean cu\u1ed9c h\u1ecdp \u0111\u1ec3 m\u1edf cu\u1ed9c h\u1ecdp t\u1ea1i k\u1ebft lu\u1eadn; F2 ghi ti\u1ebfn \u0111\u1ed9", None))
#endif // QT_CONFIG(accessibility)
        self.recordProgressButton.setText(QCoreApplication.translate("RegisterWindow", u"Ghi &ti\u1ebfn \u0111\u1ed9\u2026", None))
#if QT_CONFIG(tooltip)
        self.recordProgressButton.setToolTip(QCoreApplication.translate("RegisterWindow", u"Ghi t\u00ecnh tr\u1ea1ng, ng\u00e0y v\u00e0 k\u1ebft qu\u1ea3 th\u1ef1c hi\u1ec7n c\u1ee7a k\u1ebft lu\u1eadn \u0111ang ch\u1ecdn (F2)", None))
#endif // QT_CONFIG(tooltip)
        self.openMeetingButton.setText(QCoreApplication.translate("RegisterWindow", u"&M\u1edf cu\u1ed9c h\u1ecdp", None))
#if QT_CONFIG(tooltip)
        self.openMeetingButton.setToolTip(QCoreApplication.translate("RegisterWindow", u"M\u1edf cu\u1ed9c h\u1ecdp \u0111\u00e3 giao k\u1ebft lu\u1eadn n\u00e0y, t\u1ea1i \u0111\u00fang k\u1ebft lu\u1eadn (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.exportRegisterButton.setText(QCoreApplication.translate("RegisterWindow", u"&In, xu\u1ea5t b\u00e1o c\u00e1o", None))
#if QT_CONFIG(tooltip)
        self.exportRegisterButton.setToolTip(QCoreApplication.translate("RegisterWindow", u"B\u00e1o c\u00e1o theo b\u1ed9 l\u1ecdc \u0111ang ch\u1ecdn: PDF, Word, Excel ho\u1eb7c CSV", None))
#endif // QT_CONFIG(tooltip)
        self.closeRegisterButton.setText(QCoreApplication.translate("RegisterWindow", u"\u0110\u00f3ng", None))
    # retranslateUi


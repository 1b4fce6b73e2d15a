# generated from ui/reports_tab.ui by scripts/build_forms, do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_ReportsTab(object):
    def setupUi(self, ReportsTab):
        if not ReportsTab.objectName():
            ReportsTab.setObjectName(u"ReportsTab")
        ReportsTab.resize(1100, 700)
        self.mainLayout = QVBoxLayout(ReportsTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(ReportsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 4, 0)
        self.listButtonsLayout = QHBoxLayout()
        self.listButtonsLayout.setObjectName(u"listButtonsLayout")
        self.addReportButton = QToolButton(self.listPanel)
        self.addReportButton.setObjectName(u"addReportButton")
        self.addReportButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.listButtonsLayout.addWidget(self.addReportButton)

        self.removeReportButton = QToolButton(self.listPanel)
        self.removeReportButton.setObjectName(u"removeReportButton")
        self.removeReportButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.listButtonsLayout.addWidget(self.removeReportButton)

        self.moveUpButton = QToolButton(self.listPanel)
        self.moveUpButton.setObjectName(u"moveUpButton")
        self.moveUpButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.listButtonsLayout.addWidget(self.moveUpButton)

        self.moveDownButton = QToolButton(self.listPanel)
        self.moveDownButton.setObjectName(u"moveDownButton")
        self.moveDownButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.listButtonsLayout.addWidget(self.moveDownButton)

        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtonsLayout.addItem(self.buttonsSpacer)


        self.listLayout.addLayout(self.listButtonsLayout)

        self.reportsTable = QTableView(self.listPanel)
        self.reportsTable.setObjectName(u"reportsTable")
        self.reportsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reportsTable.setAlternatingRowColors(True)
        self.reportsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reportsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reportsTable.setDragEnabled(True)
        self.reportsTable.setDragDropOverwriteMode(False)
        self.reportsTable.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.reportsTable.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.reportsTable.setWordWrap(False)

        self.listLayout.addWidget(self.reportsTable)

        self.splitter.addWidget(self.listPanel)
        self.detailsPanel = QWidget(self.splitter)
        self.detailsPanel.setObjectName(u"detailsPanel")
        self.detailsLayout = QVBoxLayout(self.detailsPanel)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(4, 0, 0, 0)
        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.detailsForm.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.reportTitleLabel = QLabel(self.detailsPanel)
        self.reportTitleLabel.setObjectName(u"reportTitleLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reportTitleLabel)

        self.reportTitleEdit = QLineEdit(self.detailsPanel)
        self.reportTitleEdit.setObjectName(u"reportTitleEdit")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reportTitleEdit)

        self.presenterLabel = QLabel(self.detailsPanel)
        self.presenterLabel.setObjectName(u"presenterLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.presenterLabel)

        self.presenterCombo = QComboBox(self.detailsPanel)
        self.presenterCombo.setObjectName(u"presenterCombo")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.presenterCombo)

        self.reportTimeLabel = QLabel(self.detailsPanel)
        self.reportTimeLabel.setObjectName(u"reportTimeLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reportTimeLabel)

        self.timeLayout = QHBoxLayout()
        self.timeLayout.setObjectName(u"timeLayout")
        self.reportTimeEdit = QLineEdit(self.detailsPanel)
        self.reportTimeEdit.setObjectName(u"reportTimeEdit")
        self.reportTimeEdit.setMaximumSize(QSize(80, 16777215))

        self.timeLayout.addWidget(self.reportTimeEdit)

        self.timeSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeLayout.addItem(self.timeSpacer)


        self.detailsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.timeLayout)


        self.detailsLayout.addLayout(self.detailsForm)

        self.reportContentLabel = QLabel(self.detailsPanel)
        self.reportContentLabel.setObjectName(u"reportContentLabel")

        self.detailsLayout.addWidget(self.reportContentLabel)

        self.reportContentEdit = QPlainTextEdit(self.detailsPanel)
        self.reportContentEdit.setObjectName(u"reportContentEdit")
        self.reportContentEdit.setTabChangesFocus(True)

        self.detailsLayout.addWidget(self.reportContentEdit)

        self.splitter.addWidget(self.detailsPanel)

        self.mainLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.reportsTable, self.addReportButton)
        QWidget.setTabOrder(self.addReportButton, self.removeReportButton)
        QWidget.setTabOrder(self.removeReportButton, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.reportTitleEdit)
        QWidget.setTabOrder(self.reportTitleEdit, self.presenterCombo)
        QWidget.setTabOrder(self.presenterCombo, self.reportTimeEdit)
        QWidget.setTabOrder(self.reportTimeEdit, self.reportContentEdit)

        self.retranslateUi(ReportsTab)

        QMetaObject.connectSlotsByName(ReportsTab)
    # setupUi

    def retranslateUi(self, ReportsTab):
#if QT_CONFIG(accessibility)
        ReportsTab.setAccessibleName(QCoreApplication.translate("ReportsTab", u"B\u00e1o c\u00e1o", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reportsTable.setAccessibleName(QCoreApplication.translate("ReportsTab", u"Danh s\u00e1ch b\u00e1o c\u00e1o", None))
#endif // QT_CONFIG(accessibility)
        self.reportTitleLabel.setText(QCoreApplication.translate("ReportsTab", u"T\u00ean b\u00e1o c\u00e1o:", None))
#if QT_CONFIG(accessibility)
        self.reportTitleEdit.setAccessibleName(QCoreApplication.translate("ReportsTab", u"T\u00ean b\u00e1o c\u00e1o", None))
#endif // QT_CONFIG(accessibility)
        self.reportTitleEdit.setPlaceholderText(QCoreApplication.translate("ReportsTab", u"V\u00ed d\u1ee5: B\u00e1o c\u00e1o k\u1ebft qu\u1ea3 c\u00f4ng t\u00e1c qu\u00fd 3", None))
        self.presenterLabel.setText(QCoreApplication.translate("ReportsTab", u"Ng\u01b0\u1eddi tr\u00ecnh b\u00e0y:", None))
#if QT_CONFIG(accessibility)
        self.presenterCombo.setAccessibleName(QCoreApplication.translate("ReportsTab", u"Ng\u01b0\u1eddi tr\u00ecnh b\u00e0y", None))
#endif // QT_CONFIG(accessibility)
        self.reportTimeLabel.setText(QCoreApplication.translate("ReportsTab", u"Gi\u1edd tr\u00ecnh b\u00e0y:", None))
#if QT_CONFIG(accessibility)
        self.reportTimeEdit.setAccessibleName(QCoreApplication.translate("ReportsTab", u"Gi\u1edd tr\u00ecnh b\u00e0y", None))
#endif // QT_CONFIG(accessibility)
        self.reportTimeEdit.setPlaceholderText(QCoreApplication.translate("ReportsTab", u"hh:mm", None))
        self.reportContentLabel.setText(QCoreApplication.translate("ReportsTab", u"N\u1ed9i dung t\u00f3m t\u1eaft:", None))
#if QT_CONFIG(accessibility)
        self.reportContentEdit.setAccessibleName(QCoreApplication.translate("ReportsTab", u"N\u1ed9i dung b\u00e1o c\u00e1o", None))
#endif // QT_CONFIG(accessibility)
        self.reportContentEdit.setPlaceholderText(QCoreApplication.translate("ReportsTab", u"T\u00f3m t\u1eaft n\u1ed9i dung b\u00e1o c\u00e1o nh\u01b0 \u0111\u01b0\u1ee3c tr\u00ecnh b\u00e0y t\u1ea1i cu\u1ed9c h\u1ecdp", None))
    # retranslateUi


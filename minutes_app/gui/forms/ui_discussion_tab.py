# generated from ui/discussion_tab.ui by scripts/build_forms, do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'discussion_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_DiscussionTab(object):
    def setupUi(self, DiscussionTab):
        if not DiscussionTab.objectName():
            DiscussionTab.setObjectName(u"DiscussionTab")
        DiscussionTab.resize(1100, 700)
        self.mainLayout = QVBoxLayout(DiscussionTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.newEntryGroup = QGroupBox(DiscussionTab)
        self.newEntryGroup.setObjectName(u"newEntryGroup")
        self.newEntryGroupLayout = QVBoxLayout(self.newEntryGroup)
        self.newEntryGroupLayout.setObjectName(u"newEntryGroupLayout")
        self.newEntryLayout = QHBoxLayout()
        self.newEntryLayout.setSpacing(6)
        self.newEntryLayout.setObjectName(u"newEntryLayout")
        self.currentReportLabel = QLabel(self.newEntryGroup)
        self.currentReportLabel.setObjectName(u"currentReportLabel")

        self.newEntryLayout.addWidget(self.currentReportLabel)

        self.currentReportCombo = QComboBox(self.newEntryGroup)
        self.currentReportCombo.setObjectName(u"currentReportCombo")
        self.currentReportCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentReportCombo.setMinimumContentsLength(24)

        self.newEntryLayout.addWidget(self.currentReportCombo)

        self.nextSpeakerLabel = QLabel(self.newEntryGroup)
        self.nextSpeakerLabel.setObjectName(u"nextSpeakerLabel")

        self.newEntryLayout.addWidget(self.nextSpeakerLabel)

        self.nextSpeakerEdit = QLineEdit(self.newEntryGroup)
        self.nextSpeakerEdit.setObjectName(u"nextSpeakerEdit")
        self.nextSpeakerEdit.setMinimumSize(QSize(300, 0))

        self.newEntryLayout.addWidget(self.nextSpeakerEdit)

        self.newContributionButton = QPushButton(self.newEntryGroup)
        self.newContributionButton.setObjectName(u"newContributionButton")

        self.newEntryLayout.addWidget(self.newContributionButton)

        self.newEntryLayout.setStretch(1, 2)
        self.newEntryLayout.setStretch(3, 3)

        self.newEntryGroupLayout.addLayout(self.newEntryLayout)

        self.recentLayout = QHBoxLayout()
        self.recentLayout.setObjectName(u"recentLayout")
        self.recentLabel = QLabel(self.newEntryGroup)
        self.recentLabel.setObjectName(u"recentLabel")

        self.recentLayout.addWidget(self.recentLabel)

        self.recentSpeakersLayout = QHBoxLayout()
        self.recentSpeakersLayout.setSpacing(4)
        self.recentSpeakersLayout.setObjectName(u"recentSpeakersLayout")

        self.recentLayout.addLayout(self.recentSpeakersLayout)

        self.recentSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recentLayout.addItem(self.recentSpacer)


        self.newEntryGroupLayout.addLayout(self.recentLayout)


        self.mainLayout.addWidget(self.newEntryGroup)

        self.splitter = QSplitter(DiscussionTab)
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
        self.moveUpButton = QToolButton(self.listPanel)
        self.moveUpButton.setObjectName(u"moveUpButton")
        self.moveUpButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.listButtonsLayout.addWidget(self.moveUpButton)

        self.moveDownButton = QToolButton(self.listPanel)
        self.moveDownButton.setObjectName(u"moveDownButton")
        self.moveDownButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.listButtonsLayout.addWidget(self.moveDownButton)

        self.removeContributionButton = QToolButton(self.listPanel)
        self.removeContributionButton.setObjectName(u"removeContributionButton")
        self.removeContributionButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.listButtonsLayout.addWidget(self.removeContributionButton)

        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtonsLayout.addItem(self.buttonsSpacer)


        self.listLayout.addLayout(self.listButtonsLayout)

        self.contributionsTable = QTableView(self.listPanel)
        self.contributionsTable.setObjectName(u"contributionsTable")
        self.contributionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contributionsTable.setAlternatingRowColors(True)
        self.contributionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contributionsTable.setDragEnabled(True)
        self.contributionsTable.setDragDropOverwriteMode(False)
        self.contributionsTable.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.contributionsTable.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.contributionsTable.setWordWrap(False)

        self.listLayout.addWidget(self.contributionsTable)

        self.splitter.addWidget(self.listPanel)
        self.detailsPanel = QWidget(self.splitter)
        self.detailsPanel.setObjectName(u"detailsPanel")
        self.detailsLayout = QVBoxLayout(self.detailsPanel)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(4, 0, 0, 0)
        self.entryForm = QFormLayout()
        self.entryForm.setObjectName(u"entryForm")
        self.entryForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.entryForm.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.entryTimeLabel = QLabel(self.detailsPanel)
        self.entryTimeLabel.setObjectName(u"entryTimeLabel")

        self.entryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.entryTimeLabel)

        self.entryTimeLayout = QHBoxLayout()
        self.entryTimeLayout.setObjectName(u"entryTimeLayout")
        self.entryTimeEdit = QLineEdit(self.detailsPanel)
        self.entryTimeEdit.setObjectName(u"entryTimeEdit")
        self.entryTimeEdit.setMaximumSize(QSize(80, 16777215))

        self.entryTimeLayout.addWidget(self.entryTimeEdit)

        self.entryReportLabel = QLabel(self.detailsPanel)
        self.entryReportLabel.setObjectName(u"entryReportLabel")

        self.entryTimeLayout.addWidget(self.entryReportLabel)

        self.entryReportCombo = QComboBox(self.detailsPanel)
        self.entryReportCombo.setObjectName(u"entryReportCombo")

        self.entryTimeLayout.addWidget(self.entryReportCombo)

        self.entryTimeLayout.setStretch(2, 1)

        self.entryForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.entryTimeLayout)

        self.entrySpeakerLabel = QLabel(self.detailsPanel)
        self.entrySpeakerLabel.setObjectName(u"entrySpeakerLabel")

        self.entryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.entrySpeakerLabel)

        self.entrySpeakerEdit = QLineEdit(self.detailsPanel)
        self.entrySpeakerEdit.setObjectName(u"entrySpeakerEdit")

        self.entryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.entrySpeakerEdit)


        self.detailsLayout.addLayout(self.entryForm)

        self.entryContentLabel = QLabel(self.detailsPanel)
        self.entryContentLabel.setObjectName(u"entryContentLabel")

        self.detailsLayout.addWidget(self.entryContentLabel)

        self.entryContentEdit = QPlainTextEdit(self.detailsPanel)
        self.entryContentEdit.setObjectName(u"entryContentEdit")
        self.entryContentEdit.setTabChangesFocus(True)

        self.detailsLayout.addWidget(self.entryContentEdit)

        self.splitter.addWidget(self.detailsPanel)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.currentReportCombo, self.nextSpeakerEdit)
        QWidget.setTabOrder(self.nextSpeakerEdit, self.newContributionButton)
        QWidget.setTabOrder(self.newContributionButton, self.contributionsTable)
        QWidget.setTabOrder(self.contributionsTable, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.removeContributionButton)
        QWidget.setTabOrder(self.removeContributionButton, self.entryTimeEdit)
        QWidget.setTabOrder(self.entryTimeEdit, self.entryReportCombo)
        QWidget.setTabOrder(self.entryReportCombo, self.entrySpeakerEdit)
        QWidget.setTabOrder(self.entrySpeakerEdit, self.entryContentEdit)

        self.retranslateUi(DiscussionTab)

        QMetaObject.connectSlotsByName(DiscussionTab)
    # setupUi

    def retranslateUi(self, DiscussionTab):
#if QT_CONFIG(accessibility)
        DiscussionTab.setAccessibleName(QCoreApplication.translate("DiscussionTab", u"Th\u1ea3o lu\u1eadn", None))
#endif // QT_CONFIG(accessibility)
        self.newEntryGroup.setTitle(QCoreApplication.translate("DiscussionTab", u"\u00dd ki\u1ebfn m\u1edbi (Ctrl+Enter \u1edf b\u1ea5t c\u1ee9 \u0111\u00e2u trong trang n\u00e0y)", None))
        self.currentReportLabel.setText(QCoreApplication.translate("DiscussionTab", u"B\u00e1o c\u00e1o:", None))
#if QT_CONFIG(accessibility)
        self.currentReportCombo.setAccessibleName(QCoreApplication.translate("DiscussionTab", u"B\u00e1o c\u00e1o \u0111ang \u0111\u01b0\u1ee3c th\u1ea3o lu\u1eadn", None))
#endif // QT_CONFIG(accessibility)
        self.nextSpeakerLabel.setText(QCoreApplication.translate("DiscussionTab", u"Ng\u01b0\u1eddi ph\u00e1t bi\u1ec3u:", None))
#if QT_CONFIG(accessibility)
        self.nextSpeakerEdit.setAccessibleName(QCoreApplication.translate("DiscussionTab", u"Ng\u01b0\u1eddi ph\u00e1t bi\u1ec3u ti\u1ebfp theo", None))
#endif // QT_CONFIG(accessibility)
        self.nextSpeakerEdit.setPlaceholderText(QCoreApplication.translate("DiscussionTab", u"G\u00f5 v\u00e0i ch\u1eef c\u1ee7a t\u00ean, kh\u00f4ng c\u1ea7n d\u1ea5u", None))
#if QT_CONFIG(accessibility)
        self.newContributionButton.setAccessibleName(QCoreApplication.translate("DiscussionTab", u"\u00dd ki\u1ebfn m\u1edbi", None))
#endif // QT_CONFIG(accessibility)
        self.recentLabel.setText(QCoreApplication.translate("DiscussionTab", u"G\u1ea7n \u0111\u00e2y:", None))
#if QT_CONFIG(accessibility)
        self.contributionsTable.setAccessibleName(QCoreApplication.translate("DiscussionTab", u"C\u00e1c \u00fd ki\u1ebfn th\u1ea3o lu\u1eadn", None))
#endif // QT_CONFIG(accessibility)
        self.entryTimeLabel.setText(QCoreApplication.translate("DiscussionTab", u"Gi\u1edd:", None))
#if QT_CONFIG(accessibility)
        self.entryTimeEdit.setAccessibleName(QCoreApplication.translate("DiscussionTab", u"Gi\u1edd ph\u00e1t bi\u1ec3u", None))
#endif // QT_CONFIG(accessibility)
        self.entryTimeEdit.setPlaceholderText(QCoreApplication.translate("DiscussionTab", u"hh:mm", None))
        self.entryReportLabel.setText(QCoreApplication.translate("DiscussionTab", u"V\u1ec1 b\u00e1o c\u00e1o:", None))
#if QT_CONFIG(accessibility)
        self.entryReportCombo.setAccessibleName(QCoreApplication.translate("DiscussionTab", u"B\u00e1o c\u00e1o m\u00e0 \u00fd ki\u1ebfn \u0111\u1ec1 c\u1eadp", None))
#endif // QT_CONFIG(accessibility)
        self.entrySpeakerLabel.setText(QCoreApplication.translate("DiscussionTab", u"Ng\u01b0\u1eddi ph\u00e1t bi\u1ec3u:", None))
#if QT_CONFIG(accessibility)
        self.entrySpeakerEdit.setAccessibleName(QCoreApplication.translate("DiscussionTab", u"Ng\u01b0\u1eddi ph\u00e1t bi\u1ec3u c\u1ee7a \u00fd ki\u1ebfn", None))
#endif // QT_CONFIG(accessibility)
        self.entrySpeakerEdit.setPlaceholderText(QCoreApplication.translate("DiscussionTab", u"G\u00f5 v\u00e0i ch\u1eef c\u1ee7a t\u00ean, kh\u00f4ng c\u1ea7n d\u1ea5u", None))
        self.entryContentLabel.setText(QCoreApplication.translate("DiscussionTab", u"N\u1ed9i dung:", None))
#if QT_CONFIG(accessibility)
        self.entryContentEdit.setAccessibleName(QCoreApplication.translate("DiscussionTab", u"N\u1ed9i dung \u00fd ki\u1ebfn", None))
#endif // QT_CONFIG(accessibility)
        self.entryContentEdit.setPlaceholderText(QCoreApplication.translate("DiscussionTab", u"N\u1ed9i dung \u00fd ki\u1ebfn ph\u00e1t bi\u1ec3u", None))
    # retranslateUi


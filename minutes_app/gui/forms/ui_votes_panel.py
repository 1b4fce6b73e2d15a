# generated from ui/votes_panel.ui by scripts/build_forms, do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'votes_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QSizePolicy, QSpacerItem,
    QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_VotesPanel(object):
    def setupUi(self, VotesPanel):
        if not VotesPanel.objectName():
            VotesPanel.setObjectName(u"VotesPanel")
        VotesPanel.resize(1100, 220)
        self.panelLayout = QVBoxLayout(VotesPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.votesGroup = QGroupBox(VotesPanel)
        self.votesGroup.setObjectName(u"votesGroup")
        self.votesLayout = QVBoxLayout(self.votesGroup)
        self.votesLayout.setObjectName(u"votesLayout")
        self.voteButtonsLayout = QHBoxLayout()
        self.voteButtonsLayout.setObjectName(u"voteButtonsLayout")
        self.addVoteButton = QToolButton(self.votesGroup)
        self.addVoteButton.setObjectName(u"addVoteButton")
        self.addVoteButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.voteButtonsLayout.addWidget(self.addVoteButton)

        self.removeVoteButton = QToolButton(self.votesGroup)
        self.removeVoteButton.setObjectName(u"removeVoteButton")
        self.removeVoteButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.voteButtonsLayout.addWidget(self.removeVoteButton)

        self.moveVoteUpButton = QToolButton(self.votesGroup)
        self.moveVoteUpButton.setObjectName(u"moveVoteUpButton")
        self.moveVoteUpButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.voteButtonsLayout.addWidget(self.moveVoteUpButton)

        self.moveVoteDownButton = QToolButton(self.votesGroup)
        self.moveVoteDownButton.setObjectName(u"moveVoteDownButton")
        self.moveVoteDownButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.voteButtonsLayout.addWidget(self.moveVoteDownButton)

        self.voteButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.voteButtonsLayout.addItem(self.voteButtonsSpacer)

        self.presentLabel = QLabel(self.votesGroup)
        self.presentLabel.setObjectName(u"presentLabel")
        self.presentLabel.setText(u"")

        self.voteButtonsLayout.addWidget(self.presentLabel)


        self.votesLayout.addLayout(self.voteButtonsLayout)

        self.votesTable = QTableView(self.votesGroup)
        self.votesTable.setObjectName(u"votesTable")
        self.votesTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.votesTable.setAlternatingRowColors(True)
        self.votesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.votesTable.setDragEnabled(True)
        self.votesTable.setDragDropOverwriteMode(False)
        self.votesTable.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.votesTable.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.votesTable.setWordWrap(True)

        self.votesLayout.addWidget(self.votesTable)

        self.votesWarningLabel = QLabel(self.votesGroup)
        self.votesWarningLabel.setObjectName(u"votesWarningLabel")
        self.votesWarningLabel.setText(u"")
        self.votesWarningLabel.setWordWrap(True)

        self.votesLayout.addWidget(self.votesWarningLabel)


        self.panelLayout.addWidget(self.votesGroup)

        QWidget.setTabOrder(self.votesTable, self.addVoteButton)
        QWidget.setTabOrder(self.addVoteButton, self.removeVoteButton)
        QWidget.setTabOrder(self.removeVoteButton, self.moveVoteUpButton)
        QWidget.setTabOrder(self.moveVoteUpButton, self.moveVoteDownButton)

        self.retranslateUi(VotesPanel)

        QMetaObject.connectSlotsByName(VotesPanel)
    # setupUi

    def retranslateUi(self, VotesPanel):
#if QT_CONFIG(accessibility)
        VotesPanel.setAccessibleName(QCoreApplication.translate("VotesPanel", u"Bi\u1ec3u quy\u1ebft", None))
#endif // QT_CONFIG(accessibility)
        self.votesGroup.setTitle(QCoreApplication.translate("VotesPanel", u"Bi\u1ec3u quy\u1ebft", None))
#if QT_CONFIG(accessibility)
        self.votesTable.setAccessibleName(QCoreApplication.translate("VotesPanel", u"C\u00e1c n\u1ed9i dung bi\u1ec3u quy\u1ebft", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.votesTable.setAccessibleDescription(QCoreApplication.translate("VotesPanel", u"Insert th\u00eam d\u00f2ng, Delete x\u00f3a, Alt+L\u00ean/Xu\u1ed1ng \u0111\u1ed5i th\u1ee9 t\u1ef1", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.votesWarningLabel.setAccessibleName(QCoreApplication.translate("VotesPanel", u"C\u1ea3nh b\u00e1o s\u1ed1 phi\u1ebfu bi\u1ec3u quy\u1ebft", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


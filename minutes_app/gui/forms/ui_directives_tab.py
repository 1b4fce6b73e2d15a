# generated from ui/directives_tab.ui by scripts/build_forms, do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'directives_tab.ui'
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
    QHeaderView, QLabel, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_DirectivesTab(object):
    def setupUi(self, DirectivesTab):
        if not DirectivesTab.objectName():
            DirectivesTab.setObjectName(u"DirectivesTab")
        DirectivesTab.resize(1100, 700)
        self.mainLayout = QVBoxLayout(DirectivesTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(DirectivesTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.conclusionPanel = QWidget(self.splitter)
        self.conclusionPanel.setObjectName(u"conclusionPanel")
        self.conclusionLayout = QVBoxLayout(self.conclusionPanel)
        self.conclusionLayout.setObjectName(u"conclusionLayout")
        self.conclusionLayout.setContentsMargins(0, 0, 0, 0)
        self.conclusionLabel = QLabel(self.conclusionPanel)
        self.conclusionLabel.setObjectName(u"conclusionLabel")

        self.conclusionLayout.addWidget(self.conclusionLabel)

        self.conclusionEdit = QPlainTextEdit(self.conclusionPanel)
        self.conclusionEdit.setObjectName(u"conclusionEdit")
        self.conclusionEdit.setTabChangesFocus(True)

        self.conclusionLayout.addWidget(self.conclusionEdit)

        self.splitter.addWidget(self.conclusionPanel)
        self.directivesGroup = QGroupBox(self.splitter)
        self.directivesGroup.setObjectName(u"directivesGroup")
        self.directivesLayout = QVBoxLayout(self.directivesGroup)
        self.directivesLayout.setObjectName(u"directivesLayout")
        self.listButtonsLayout = QHBoxLayout()
        self.listButtonsLayout.setObjectName(u"listButtonsLayout")
        self.addDirectiveButton = QToolButton(self.directivesGroup)
        self.addDirectiveButton.setObjectName(u"addDirectiveButton")
        self.addDirectiveButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.listButtonsLayout.addWidget(self.addDirectiveButton)

        self.removeDirectiveButton = QToolButton(self.directivesGroup)
        self.removeDirectiveButton.setObjectName(u"removeDirectiveButton")
        self.removeDirectiveButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.listButtonsLayout.addWidget(self.removeDirectiveButton)

        self.moveUpButton = QToolButton(self.directivesGroup)
        self.moveUpButton.setObjectName(u"moveUpButton")
        self.moveUpButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.listButtonsLayout.addWidget(self.moveUpButton)

        self.moveDownButton = QToolButton(self.directivesGroup)
        self.moveDownButton.setObjectName(u"moveDownButton")
        self.moveDownButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.listButtonsLayout.addWidget(self.moveDownButton)

        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtonsLayout.addItem(self.buttonsSpacer)

        self.deadlineHintLabel = QLabel(self.directivesGroup)
        self.deadlineHintLabel.setObjectName(u"deadlineHintLabel")
        self.deadlineHintLabel.setEnabled(False)

        self.listButtonsLayout.addWidget(self.deadlineHintLabel)


        self.directivesLayout.addLayout(self.listButtonsLayout)

        self.directivesTable = QTableView(self.directivesGroup)
        self.directivesTable.setObjectName(u"directivesTable")
        self.directivesTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.directivesTable.setAlternatingRowColors(True)
        self.directivesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.directivesTable.setDragEnabled(True)
        self.directivesTable.setDragDropOverwriteMode(False)
        self.directivesTable.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.directivesTable.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.directivesTable.setWordWrap(True)

        self.directivesLayout.addWidget(self.directivesTable)

        self.splitter.addWidget(self.directivesGroup)

        self.mainLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.conclusionEdit, self.directivesTable)
        QWidget.setTabOrder(self.directivesTable, self.addDirectiveButton)
        QWidget.setTabOrder(self.addDirectiveButton, self.removeDirectiveButton)
        QWidget.setTabOrder(self.removeDirectiveButton, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)

        self.retranslateUi(DirectivesTab)

        QMetaObject.connectSlotsByName(DirectivesTab)
    # setupUi

    def retranslateUi(self, DirectivesTab):
#if QT_CONFIG(accessibility)
        DirectivesTab.setAccessibleName(QCoreApplication.translate("DirectivesTab", u"K\u1ebft lu\u1eadn", None))
#endif // QT_CONFIG(accessibility)
        self.conclusionLabel.setText(QCoreApplication.translate("DirectivesTab", u"K\u1ebft lu\u1eadn c\u1ee7a ng\u01b0\u1eddi ch\u1ee7 tr\u00ec:", None))
#if QT_CONFIG(accessibility)
        self.conclusionEdit.setAccessibleName(QCoreApplication.translate("DirectivesTab", u"K\u1ebft lu\u1eadn c\u1ee7a ng\u01b0\u1eddi ch\u1ee7 tr\u00ec", None))
#endif // QT_CONFIG(accessibility)
        self.conclusionEdit.setPlaceholderText(QCoreApplication.translate("DirectivesTab", u"V\u00ed d\u1ee5: Thay m\u1eb7t Ban Th\u01b0\u1eddng v\u1ee5, \u0111\u1ed3ng ch\u00ed \u2026 k\u1ebft lu\u1eadn nh\u01b0 sau:", None))
        self.directivesGroup.setTitle(QCoreApplication.translate("DirectivesTab", u"Nhi\u1ec7m v\u1ee5 \u0111\u01b0\u1ee3c giao", None))
        self.deadlineHintLabel.setText(QCoreApplication.translate("DirectivesTab", u"Th\u1eddi h\u1ea1n g\u00f5 nh\u01b0 l\u1eddi k\u1ebft lu\u1eadn, v\u00ed d\u1ee5 \u00abtrong qu\u00fd 4/2022\u00bb; h\u1ea1n ch\u00f3t t\u1ef1 t\u00ednh.", None))
#if QT_CONFIG(accessibility)
        self.directivesTable.setAccessibleName(QCoreApplication.translate("DirectivesTab", u"C\u00e1c nhi\u1ec7m v\u1ee5 \u0111\u01b0\u1ee3c giao", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.directivesTable.setAccessibleDescription(QCoreApplication.translate("DirectivesTab", u"Insert th\u00eam d\u00f2ng, Delete x\u00f3a, Alt+L\u00ean/Xu\u1ed1ng \u0111\u1ed5i th\u1ee9 t\u1ef1", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


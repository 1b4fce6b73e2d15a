# generated from ui/previous_directives_panel.ui by scripts/build_forms, do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'previous_directives_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_PreviousDirectivesPanel(object):
    def setupUi(self, PreviousDirectivesPanel):
        if not PreviousDirectivesPanel.objectName():
            PreviousDirectivesPanel.setObjectName(u"PreviousDirectivesPanel")
        PreviousDirectivesPanel.resize(1000, 300)
        self.previousPanelLayout = QVBoxLayout(PreviousDirectivesPanel)
        self.previousPanelLayout.setObjectName(u"previousPanelLayout")
        self.previousPanelLayout.setContentsMargins(0, 0, 0, 0)
        self.previousDirectivesGroup = QGroupBox(PreviousDirectivesPanel)
        self.previousDirectivesGroup.setObjectName(u"previousDirectivesGroup")
        self.previousGroupLayout = QVBoxLayout(self.previousDirectivesGroup)
        self.previousGroupLayout.setObjectName(u"previousGroupLayout")
        self.previousButtonsLayout = QHBoxLayout()
        self.previousButtonsLayout.setObjectName(u"previousButtonsLayout")
        self.addPreviousButton = QToolButton(self.previousDirectivesGroup)
        self.addPreviousButton.setObjectName(u"addPreviousButton")
        self.addPreviousButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.previousButtonsLayout.addWidget(self.addPreviousButton)

        self.removePreviousButton = QToolButton(self.previousDirectivesGroup)
        self.removePreviousButton.setObjectName(u"removePreviousButton")
        self.removePreviousButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.previousButtonsLayout.addWidget(self.removePreviousButton)

        self.movePreviousUpButton = QToolButton(self.previousDirectivesGroup)
        self.movePreviousUpButton.setObjectName(u"movePreviousUpButton")
        self.movePreviousUpButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.previousButtonsLayout.addWidget(self.movePreviousUpButton)

        self.movePreviousDownButton = QToolButton(self.previousDirectivesGroup)
        self.movePreviousDownButton.setObjectName(u"movePreviousDownButton")
        self.movePreviousDownButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.previousButtonsLayout.addWidget(self.movePreviousDownButton)

        self.previousHintLabel = QLabel(self.previousDirectivesGroup)
        self.previousHintLabel.setObjectName(u"previousHintLabel")
        self.previousHintLabel.setText(u"")
        self.previousHintLabel.setWordWrap(True)
        self.previousHintLabel.setEnabled(False)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.previousHintLabel.sizePolicy().hasHeightForWidth())
        self.previousHintLabel.setSizePolicy(sizePolicy)

        self.previousButtonsLayout.addWidget(self.previousHintLabel)


        self.previousGroupLayout.addLayout(self.previousButtonsLayout)

        self.previousSplitter = QSplitter(self.previousDirectivesGroup)
        self.previousSplitter.setObjectName(u"previousSplitter")
        self.previousSplitter.setOrientation(Qt.Orientation.Vertical)
        self.previousSplitter.setChildrenCollapsible(False)
        self.previousDirectivesTable = QTableView(self.previousSplitter)
        self.previousDirectivesTable.setObjectName(u"previousDirectivesTable")
        self.previousDirectivesTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.previousDirectivesTable.setAlternatingRowColors(True)
        self.previousDirectivesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previousDirectivesTable.setDragEnabled(True)
        self.previousDirectivesTable.setDragDropOverwriteMode(False)
        self.previousDirectivesTable.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.previousDirectivesTable.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.previousDirectivesTable.setWordWrap(True)
        self.previousSplitter.addWidget(self.previousDirectivesTable)
        self.previousDetailsPanel = QWidget(self.previousSplitter)
        self.previousDetailsPanel.setObjectName(u"previousDetailsPanel")
        self.previousDetailsLayout = QHBoxLayout(self.previousDetailsPanel)
        self.previousDetailsLayout.setObjectName(u"previousDetailsLayout")
        self.previousDetailsLayout.setContentsMargins(0, 0, 0, 0)
        self.previousStatusLayout = QVBoxLayout()
        self.previousStatusLayout.setObjectName(u"previousStatusLayout")
        self.previousStatusLabel = QLabel(self.previousDetailsPanel)
        self.previousStatusLabel.setObjectName(u"previousStatusLabel")

        self.previousStatusLayout.addWidget(self.previousStatusLabel)

        self.previousStatusCombo = QComboBox(self.previousDetailsPanel)
        self.previousStatusCombo.setObjectName(u"previousStatusCombo")

        self.previousStatusLayout.addWidget(self.previousStatusCombo)

        self.previousStatusSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.previousStatusLayout.addItem(self.previousStatusSpacer)


        self.previousDetailsLayout.addLayout(self.previousStatusLayout)

        self.previousResultLayout = QVBoxLayout()
        self.previousResultLayout.setObjectName(u"previousResultLayout")
        self.previousResultLabel = QLabel(self.previousDetailsPanel)
        self.previousResultLabel.setObjectName(u"previousResultLabel")

        self.previousResultLayout.addWidget(self.previousResultLabel)

        self.previousResultEdit = QPlainTextEdit(self.previousDetailsPanel)
        self.previousResultEdit.setObjectName(u"previousResultEdit")
        self.previousResultEdit.setTabChangesFocus(True)

        self.previousResultLayout.addWidget(self.previousResultEdit)


        self.previousDetailsLayout.addLayout(self.previousResultLayout)

        self.previousDetailsLayout.setStretch(1, 1)
        self.previousSplitter.addWidget(self.previousDetailsPanel)

        self.previousGroupLayout.addWidget(self.previousSplitter)


        self.previousPanelLayout.addWidget(self.previousDirectivesGroup)

#if QT_CONFIG(shortcut)
        self.previousStatusLabel.setBuddy(self.previousStatusCombo)
        self.previousResultLabel.setBuddy(self.previousResultEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.previousDirectivesTable, self.previousStatusCombo)
        QWidget.setTabOrder(self.previousStatusCombo, self.previousResultEdit)
        QWidget.setTabOrder(self.previousResultEdit, self.addPreviousButton)
        QWidget.setTabOrder(self.addPreviousButton, self.removePreviousButton)
        QWidget.setTabOrder(self.removePreviousButton, self.movePreviousUpButton)
        QWidget.setTabOrder(self.movePreviousUpButton, self.movePreviousDownButton)

        self.retranslateUi(PreviousDirectivesPanel)

        QMetaObject.connectSlotsByName(PreviousDirectivesPanel)
    # setupUi

    def retranslateUi(self, PreviousDirectivesPanel):
#if QT_CONFIG(accessibility)
        PreviousDirectivesPanel.setAccessibleName(QCoreApplication.translate("PreviousDirectivesPanel", u"K\u1ebft qu\u1ea3 th\u1ef1c hi\u1ec7n k\u1ebft lu\u1eadn k\u1ef3 tr\u01b0\u1edbc", None))
#endif // QT_CONFIG(accessibility)
        self.previousDirectivesGroup.setTitle(QCoreApplication.translate("PreviousDirectivesPanel", u"K\u1ebft qu\u1ea3 th\u1ef1c hi\u1ec7n k\u1ebft lu\u1eadn k\u1ef3 tr\u01b0\u1edbc", None))
#if QT_CONFIG(accessibility)
        self.previousDirectivesTable.setAccessibleName(QCoreApplication.translate("PreviousDirectivesPanel", u"C\u00e1c k\u1ebft lu\u1eadn k\u1ef3 tr\u01b0\u1edbc \u0111\u01b0\u1ee3c b\u00e1o c\u00e1o", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previousDirectivesTable.setAccessibleDescription(QCoreApplication.translate("PreviousDirectivesPanel", u"Ch\u1ecdn m\u1ed9t d\u00f2ng r\u1ed3i ghi t\u00ecnh tr\u1ea1ng v\u00e0 k\u1ebft qu\u1ea3 \u1edf b\u00ean d\u01b0\u1edbi", None))
#endif // QT_CONFIG(accessibility)
        self.previousStatusLabel.setText(QCoreApplication.translate("PreviousDirectivesPanel", u"T\u00ecnh &tr\u1ea1ng:", None))
#if QT_CONFIG(accessibility)
        self.previousStatusCombo.setAccessibleName(QCoreApplication.translate("PreviousDirectivesPanel", u"T\u00ecnh tr\u1ea1ng th\u1ef1c hi\u1ec7n b\u00e1o c\u00e1o t\u1ea1i cu\u1ed9c h\u1ecdp", None))
#endif // QT_CONFIG(accessibility)
        self.previousResultLabel.setText(QCoreApplication.translate("PreviousDirectivesPanel", u"&K\u1ebft qu\u1ea3 th\u1ef1c hi\u1ec7n (\u0111\u01a1n v\u1ecb b\u00e1o c\u00e1o t\u1ea1i cu\u1ed9c h\u1ecdp):", None))
#if QT_CONFIG(accessibility)
        self.previousResultEdit.setAccessibleName(QCoreApplication.translate("PreviousDirectivesPanel", u"K\u1ebft qu\u1ea3 th\u1ef1c hi\u1ec7n b\u00e1o c\u00e1o t\u1ea1i cu\u1ed9c h\u1ecdp", None))
#endif // QT_CONFIG(accessibility)
        self.previousResultEdit.setPlaceholderText(QCoreApplication.translate("PreviousDirectivesPanel", u"V\u00ed d\u1ee5: \u0110\u00e3 r\u00e0 so\u00e1t xong, 8/8 huy\u1ec7n, th\u00e0nh ph\u1ed1 \u0111\u1ea1t ch\u1ec9 ti\u00eau.", None))
    # retranslateUi


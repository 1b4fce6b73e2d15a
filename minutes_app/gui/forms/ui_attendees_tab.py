# generated from ui/attendees_tab.ui by scripts/build_forms, do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attendees_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QSizePolicy,
    QSpacerItem, QTableView, QToolButton, QVBoxLayout,
    QWidget)

class Ui_AttendeesTab(object):
    def setupUi(self, AttendeesTab):
        if not AttendeesTab.objectName():
            AttendeesTab.setObjectName(u"AttendeesTab")
        AttendeesTab.resize(1100, 640)
        self.mainLayout = QVBoxLayout(AttendeesTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.listButtonsLayout = QHBoxLayout()
        self.listButtonsLayout.setObjectName(u"listButtonsLayout")
        self.addAttendeeButton = QToolButton(AttendeesTab)
        self.addAttendeeButton.setObjectName(u"addAttendeeButton")
        self.addAttendeeButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.listButtonsLayout.addWidget(self.addAttendeeButton)

        self.removeAttendeeButton = QToolButton(AttendeesTab)
        self.removeAttendeeButton.setObjectName(u"removeAttendeeButton")
        self.removeAttendeeButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.listButtonsLayout.addWidget(self.removeAttendeeButton)

        self.separatorLine1 = QFrame(AttendeesTab)
        self.separatorLine1.setObjectName(u"separatorLine1")
        self.separatorLine1.setFrameShape(QFrame.Shape.VLine)
        self.separatorLine1.setFrameShadow(QFrame.Shadow.Sunken)

        self.listButtonsLayout.addWidget(self.separatorLine1)

        self.moveUpButton = QToolButton(AttendeesTab)
        self.moveUpButton.setObjectName(u"moveUpButton")
        self.moveUpButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.listButtonsLayout.addWidget(self.moveUpButton)

        self.moveDownButton = QToolButton(AttendeesTab)
        self.moveDownButton.setObjectName(u"moveDownButton")
        self.moveDownButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.listButtonsLayout.addWidget(self.moveDownButton)

        self.sortByNameButton = QToolButton(AttendeesTab)
        self.sortByNameButton.setObjectName(u"sortByNameButton")
        self.sortByNameButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        self.listButtonsLayout.addWidget(self.sortByNameButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtonsLayout.addItem(self.buttonsSpacer)

        self.markLabel = QLabel(AttendeesTab)
        self.markLabel.setObjectName(u"markLabel")

        self.listButtonsLayout.addWidget(self.markLabel)

        self.presentButton = QToolButton(AttendeesTab)
        self.presentButton.setObjectName(u"presentButton")

        self.listButtonsLayout.addWidget(self.presentButton)

        self.excusedButton = QToolButton(AttendeesTab)
        self.excusedButton.setObjectName(u"excusedButton")

        self.listButtonsLayout.addWidget(self.excusedButton)

        self.absentButton = QToolButton(AttendeesTab)
        self.absentButton.setObjectName(u"absentButton")

        self.listButtonsLayout.addWidget(self.absentButton)


        self.mainLayout.addLayout(self.listButtonsLayout)

        self.attendeesTable = QTableView(AttendeesTab)
        self.attendeesTable.setObjectName(u"attendeesTable")
        self.attendeesTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.attendeesTable.setDragEnabled(True)
        self.attendeesTable.setDragDropOverwriteMode(False)
        self.attendeesTable.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.attendeesTable.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.attendeesTable.setAlternatingRowColors(True)
        self.attendeesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendeesTable.setWordWrap(False)
        self.attendeesTable.verticalHeader().setDefaultSectionSize(26)

        self.mainLayout.addWidget(self.attendeesTable)

        self.pasteHintLabel = QLabel(AttendeesTab)
        self.pasteHintLabel.setObjectName(u"pasteHintLabel")
        self.pasteHintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.pasteHintLabel)

        self.sentenceGroup = QGroupBox(AttendeesTab)
        self.sentenceGroup.setObjectName(u"sentenceGroup")
        self.sentenceLayout = QVBoxLayout(self.sentenceGroup)
        self.sentenceLayout.setObjectName(u"sentenceLayout")
        self.attendanceSentenceLabel = QLabel(self.sentenceGroup)
        self.attendanceSentenceLabel.setObjectName(u"attendanceSentenceLabel")
        self.attendanceSentenceLabel.setWordWrap(True)
        self.attendanceSentenceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attendanceSentenceLabel.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.sentenceLayout.addWidget(self.attendanceSentenceLabel)


        self.mainLayout.addWidget(self.sentenceGroup)

        QWidget.setTabOrder(self.attendeesTable, self.addAttendeeButton)
        QWidget.setTabOrder(self.addAttendeeButton, self.removeAttendeeButton)
        QWidget.setTabOrder(self.removeAttendeeButton, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.sortByNameButton)
        QWidget.setTabOrder(self.sortByNameButton, self.presentButton)
        QWidget.setTabOrder(self.presentButton, self.excusedButton)
        QWidget.setTabOrder(self.excusedButton, self.absentButton)
        QWidget.setTabOrder(self.absentButton, self.attendanceSentenceLabel)

        self.retranslateUi(AttendeesTab)

        QMetaObject.connectSlotsByName(AttendeesTab)
    # setupUi

    def retranslateUi(self, AttendeesTab):
#if QT_CONFIG(accessibility)
        AttendeesTab.setAccessibleName(QCoreApplication.translate("AttendeesTab", u"Th\u00e0nh ph\u1ea7n tham d\u1ef1", None))
#endif // QT_CONFIG(accessibility)
        self.markLabel.setText(QCoreApplication.translate("AttendeesTab", u"\u0110\u00e1nh d\u1ea5u:", None))
#if QT_CONFIG(accessibility)
        self.attendeesTable.setAccessibleName(QCoreApplication.translate("AttendeesTab", u"Danh s\u00e1ch th\u00e0nh ph\u1ea7n tham d\u1ef1", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.attendeesTable.setAccessibleDescription(QCoreApplication.translate("AttendeesTab", u"Ctrl+1 c\u00f3 m\u1eb7t, Ctrl+2 v\u1eafng c\u00f3 l\u00fd do, Ctrl+3 v\u1eafng kh\u00f4ng l\u00fd do, Alt+L\u00ean/Xu\u1ed1ng \u0111\u1ed5i th\u1ee9 t\u1ef1, Ctrl+V d\u00e1n danh s\u00e1ch", None))
#endif // QT_CONFIG(accessibility)
        self.pasteHintLabel.setText(QCoreApplication.translate("AttendeesTab", u"D\u00e1n nhi\u1ec1u ng\u01b0\u1eddi m\u1ed9t l\u00fac t\u1eeb b\u1ea3ng t\u00ednh (Ctrl+V v\u00e0o b\u1ea3ng): m\u1ed7i d\u00f2ng g\u1ed3m H\u1ecd v\u00e0 t\u00ean, Ch\u1ee9c v\u1ee5, \u0110\u01a1n v\u1ecb v\u00e0 (n\u1ebfu c\u00f3) Th\u00e0nh ph\u1ea7n.", None))
        self.sentenceGroup.setTitle(QCoreApplication.translate("AttendeesTab", u"C\u00e2u ghi v\u00e0o bi\u00ean b\u1ea3n", None))
#if QT_CONFIG(accessibility)
        self.attendanceSentenceLabel.setAccessibleName(QCoreApplication.translate("AttendeesTab", u"C\u00e2u \u0111i\u1ec3m danh", None))
#endif // QT_CONFIG(accessibility)
        self.attendanceSentenceLabel.setText("")
    # retranslateUi


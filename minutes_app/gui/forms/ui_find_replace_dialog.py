# generated from ui/find_replace_dialog.ui by scripts/build_forms, do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'find_replace_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QWidget)

class Ui_FindReplaceDialog(object):
    def setupUi(self, FindReplaceDialog):
        if not FindReplaceDialog.objectName():
            FindReplaceDialog.setObjectName(u"FindReplaceDialog")
        FindReplaceDialog.resize(560, 200)
        self.dialogLayout = QGridLayout(FindReplaceDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.findLabel = QLabel(FindReplaceDialog)
        self.findLabel.setObjectName(u"findLabel")

        self.dialogLayout.addWidget(self.findLabel, 0, 0, 1, 1)

        self.findEdit = QLineEdit(FindReplaceDialog)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setClearButtonEnabled(True)

        self.dialogLayout.addWidget(self.findEdit, 0, 1, 1, 1)

        self.findNextButton = QPushButton(FindReplaceDialog)
        self.findNextButton.setObjectName(u"findNextButton")

        self.dialogLayout.addWidget(self.findNextButton, 0, 2, 1, 1)

        self.replaceLabel = QLabel(FindReplaceDialog)
        self.replaceLabel.setObjectName(u"replaceLabel")

        self.dialogLayout.addWidget(self.replaceLabel, 1, 0, 1, 1)

        self.replaceEdit = QLineEdit(FindReplaceDialog)
        self.replaceEdit.setObjectName(u"replaceEdit")

        self.dialogLayout.addWidget(self.replaceEdit, 1, 1, 1, 1)

        self.findPreviousButton = QPushButton(FindReplaceDialog)
        self.findPreviousButton.setObjectName(u"findPreviousButton")
        self.findPreviousButton.setAutoDefault(False)

        self.dialogLayout.addWidget(self.findPreviousButton, 1, 2, 1, 1)

        self.optionsLayout = QHBoxLayout()
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.ignoreAccentsCheck = QCheckBox(FindReplaceDialog)
        self.ignoreAccentsCheck.setObjectName(u"ignoreAccentsCheck")

        self.optionsLayout.addWidget(self.ignoreAccentsCheck)

        self.matchCaseCheck = QCheckBox(FindReplaceDialog)
        self.matchCaseCheck.setObjectName(u"matchCaseCheck")

        self.optionsLayout.addWidget(self.matchCaseCheck)

        self.wholeWordsCheck = QCheckBox(FindReplaceDialog)
        self.wholeWordsCheck.setObjectName(u"wholeWordsCheck")

        self.optionsLayout.addWidget(self.wholeWordsCheck)

        self.optionsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsLayout.addItem(self.optionsSpacer)


        self.dialogLayout.addLayout(self.optionsLayout, 2, 1, 1, 1)

        self.replaceButton = QPushButton(FindReplaceDialog)
        self.replaceButton.setObjectName(u"replaceButton")
        self.replaceButton.setAutoDefault(False)

        self.dialogLayout.addWidget(self.replaceButton, 2, 2, 1, 1)

        self.resultLabel = QLabel(FindReplaceDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setText(u"")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.resultLabel, 3, 0, 1, 2)

        self.replaceAllButton = QPushButton(FindReplaceDialog)
        self.replaceAllButton.setObjectName(u"replaceAllButton")
        self.replaceAllButton.setAutoDefault(False)

        self.dialogLayout.addWidget(self.replaceAllButton, 3, 2, 1, 1)

        self.closeButton = QPushButton(FindReplaceDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.dialogLayout.addWidget(self.closeButton, 4, 2, 1, 1)

        self.dialogLayout.setColumnStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.findLabel.setBuddy(self.findEdit)
        self.replaceLabel.setBuddy(self.replaceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.findEdit, self.replaceEdit)
        QWidget.setTabOrder(self.replaceEdit, self.ignoreAccentsCheck)
        QWidget.setTabOrder(self.ignoreAccentsCheck, self.matchCaseCheck)
        QWidget.setTabOrder(self.matchCaseCheck, self.wholeWordsCheck)
        QWidget.setTabOrder(self.wholeWordsCheck, self.findNextButton)
        QWidget.setTabOrder(self.findNextButton, self.findPreviousButton)
        QWidget.setTabOrder(self.findPreviousButton, self.replaceButton)
        QWidget.setTabOrder(self.replaceButton, self.replaceAllButton)
        QWidget.setTabOrder(self.replaceAllButton, self.closeButton)

        self.retranslateUi(FindReplaceDialog)

        self.findNextButton.setDefault(True)


        QMetaObject.connectSlotsByName(FindReplaceDialog)
    # setupUi

    def retranslateUi(self, FindReplaceDialog):
        FindReplaceDialog.setWindowTitle(QCoreApplication.translate("FindReplaceDialog", u"T\u00ecm v\u00e0 thay", None))
#if QT_CONFIG(accessibility)
        FindReplaceDialog.setAccessibleName(QCoreApplication.translate("FindReplaceDialog", u"T\u00ecm v\u00e0 thay trong bi\u00ean b\u1ea3n", None))
#endif // QT_CONFIG(accessibility)
        self.findLabel.setText(QCoreApplication.translate("FindReplaceDialog", u"&T\u00ecm:", None))
#if QT_CONFIG(accessibility)
        self.findEdit.setAccessibleName(QCoreApplication.translate("FindReplaceDialog", u"Ch\u1eef c\u1ea7n t\u00ecm", None))
#endif // QT_CONFIG(accessibility)
        self.findEdit.setPlaceholderText(QCoreApplication.translate("FindReplaceDialog", u"Ch\u1eef c\u1ea7n t\u00ecm trong m\u1ecdi \u00f4 c\u1ee7a bi\u00ean b\u1ea3n", None))
        self.findNextButton.setText(QCoreApplication.translate("FindReplaceDialog", u"T\u00ecm ti\u1ebf&p", None))
        self.replaceLabel.setText(QCoreApplication.translate("FindReplaceDialog", u"Thay &b\u1eb1ng:", None))
#if QT_CONFIG(accessibility)
        self.replaceEdit.setAccessibleName(QCoreApplication.translate("FindReplaceDialog", u"Ch\u1eef thay v\u00e0o", None))
#endif // QT_CONFIG(accessibility)
        self.replaceEdit.setPlaceholderText(QCoreApplication.translate("FindReplaceDialog", u"\u0110\u1ec3 tr\u1ed1ng \u0111\u1ec3 x\u00f3a ch\u1eef t\u00ecm \u0111\u01b0\u1ee3c", None))
        self.findPreviousButton.setText(QCoreApplication.translate("FindReplaceDialog", u"T\u00ecm &l\u00f9i", None))
        self.ignoreAccentsCheck.setText(QCoreApplication.translate("FindReplaceDialog", u"Kh\u00f4ng ph\u00e2n bi\u1ec7t &d\u1ea5u", None))
#if QT_CONFIG(tooltip)
        self.ignoreAccentsCheck.setToolTip(QCoreApplication.translate("FindReplaceDialog", u"\"tuyen giao\" t\u00ecm \u0111\u01b0\u1ee3c c\u1ea3 \"Tuy\u00ean gi\u00e1o\"", None))
#endif // QT_CONFIG(tooltip)
        self.matchCaseCheck.setText(QCoreApplication.translate("FindReplaceDialog", u"Ph\u00e2n bi\u1ec7t &hoa/th\u01b0\u1eddng", None))
        self.wholeWordsCheck.setText(QCoreApplication.translate("FindReplaceDialog", u"&Nguy\u00ean t\u1eeb", None))
#if QT_CONFIG(tooltip)
        self.wholeWordsCheck.setToolTip(QCoreApplication.translate("FindReplaceDialog", u"Kh\u00f4ng t\u00ecm trong t\u1eeb d\u00e0i h\u01a1n: \"ban\" kh\u00f4ng kh\u1edbp \"Banner\"", None))
#endif // QT_CONFIG(tooltip)
        self.replaceButton.setText(QCoreApplication.translate("FindReplaceDialog", u"&Thay", None))
#if QT_CONFIG(accessibility)
        self.resultLabel.setAccessibleName(QCoreApplication.translate("FindReplaceDialog", u"K\u1ebft qu\u1ea3 t\u00ecm", None))
#endif // QT_CONFIG(accessibility)
        self.replaceAllButton.setText(QCoreApplication.translate("FindReplaceDialog", u"Thay t&\u1ea5t c\u1ea3", None))
        self.closeButton.setText(QCoreApplication.translate("FindReplaceDialog", u"\u0110\u00f3ng", None))
    # retranslateUi


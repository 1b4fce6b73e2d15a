# generated from ui/followup_dialog.ui by scripts/build_forms, do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_FollowUpDialog(object):
    def setupUi(self, FollowUpDialog):
        if not FollowUpDialog.objectName():
            FollowUpDialog.setObjectName(u"FollowUpDialog")
        FollowUpDialog.resize(520, 340)
        self.followUpLayout = QVBoxLayout(FollowUpDialog)
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.directiveLabel = QLabel(FollowUpDialog)
        self.directiveLabel.setObjectName(u"directiveLabel")
        self.directiveLabel.setText(u"")
        self.directiveLabel.setWordWrap(True)
        self.directiveLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.followUpLayout.addWidget(self.directiveLabel)

        self.followUpForm = QFormLayout()
        self.followUpForm.setObjectName(u"followUpForm")
        self.followUpStatusLabel = QLabel(FollowUpDialog)
        self.followUpStatusLabel.setObjectName(u"followUpStatusLabel")

        self.followUpForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.followUpStatusLabel)

        self.followUpStatusCombo = QComboBox(FollowUpDialog)
        self.followUpStatusCombo.setObjectName(u"followUpStatusCombo")

        self.followUpForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.followUpStatusCombo)

        self.followUpDateLabel = QLabel(FollowUpDialog)
        self.followUpDateLabel.setObjectName(u"followUpDateLabel")

        self.followUpForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.followUpDateLabel)

        self.followUpDateEdit = QDateEdit(FollowUpDialog)
        self.followUpDateEdit.setObjectName(u"followUpDateEdit")
        self.followUpDateEdit.setDisplayFormat(u"dd/MM/yyyy")
        self.followUpDateEdit.setCalendarPopup(True)

        self.followUpForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.followUpDateEdit)

        self.followUpNoteLabel = QLabel(FollowUpDialog)
        self.followUpNoteLabel.setObjectName(u"followUpNoteLabel")

        self.followUpForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.followUpNoteLabel)

        self.followUpNoteEdit = QPlainTextEdit(FollowUpDialog)
        self.followUpNoteEdit.setObjectName(u"followUpNoteEdit")
        self.followUpNoteEdit.setTabChangesFocus(True)

        self.followUpForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.followUpNoteEdit)


        self.followUpLayout.addLayout(self.followUpForm)

        self.followUpButtons = QDialogButtonBox(FollowUpDialog)
        self.followUpButtons.setObjectName(u"followUpButtons")
        self.followUpButtons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.followUpLayout.addWidget(self.followUpButtons)

#if QT_CONFIG(shortcut)
        self.followUpStatusLabel.setBuddy(self.followUpStatusCombo)
        self.followUpDateLabel.setBuddy(self.followUpDateEdit)
        self.followUpNoteLabel.setBuddy(self.followUpNoteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.followUpStatusCombo, self.followUpDateEdit)
        QWidget.setTabOrder(self.followUpDateEdit, self.followUpNoteEdit)

        self.retranslateUi(FollowUpDialog)

        QMetaObject.connectSlotsByName(FollowUpDialog)
    # setupUi

    def retranslateUi(self, FollowUpDialog):
        FollowUpDialog.setWindowTitle(QCoreApplication.translate("FollowUpDialog", u"Ghi ti\u1ebfn \u0111\u1ed9 th\u1ef1c hi\u1ec7n", None))
        self.followUpStatusLabel.setText(QCoreApplication.translate("FollowUpDialog", u"&T\u00ecnh tr\u1ea1ng:", None))
#if QT_CONFIG(accessibility)
        self.followUpStatusCombo.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"T\u00ecnh tr\u1ea1ng th\u1ef1c hi\u1ec7n", None))
#endif // QT_CONFIG(accessibility)
        self.followUpDateLabel.setText(QCoreApplication.translate("FollowUpDialog", u"&Ng\u00e0y:", None))
#if QT_CONFIG(accessibility)
        self.followUpDateEdit.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"Ng\u00e0y ghi nh\u1eadn", None))
#endif // QT_CONFIG(accessibility)
        self.followUpNoteLabel.setText(QCoreApplication.translate("FollowUpDialog", u"&K\u1ebft qu\u1ea3, ghi ch\u00fa:", None))
#if QT_CONFIG(accessibility)
        self.followUpNoteEdit.setAccessibleName(QCoreApplication.translate("FollowUpDialog", u"K\u1ebft qu\u1ea3, ghi ch\u00fa", None))
#endif // QT_CONFIG(accessibility)
        self.followUpNoteEdit.setPlaceholderText(QCoreApplication.translate("FollowUpDialog", u"V\u00ed d\u1ee5: \u0110\u00e3 t\u1ed5 ch\u1ee9c h\u1ed9i ngh\u1ecb tri\u1ec3n khai ng\u00e0y 05/10.", None))
    # retranslateUi


# generated from ui/settings_dialog.ui by scripts/build_forms, do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(520, 360)
        self.settingsLayout = QVBoxLayout(SettingsDialog)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNoteLabel = QLabel(SettingsDialog)
        self.languageNoteLabel.setObjectName(u"languageNoteLabel")
        self.languageNoteLabel.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageNoteLabel)

        self.parentBodyLabel = QLabel(SettingsDialog)
        self.parentBodyLabel.setObjectName(u"parentBodyLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.parentBodyLabel)

        self.parentBodyEdit = QLineEdit(SettingsDialog)
        self.parentBodyEdit.setObjectName(u"parentBodyEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.parentBodyEdit)

        self.issuingBodyLabel = QLabel(SettingsDialog)
        self.issuingBodyLabel.setObjectName(u"issuingBodyLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issuingBodyLabel)

        self.issuingBodyEdit = QLineEdit(SettingsDialog)
        self.issuingBodyEdit.setObjectName(u"issuingBodyEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issuingBodyEdit)

        self.bodyCodeLabel = QLabel(SettingsDialog)
        self.bodyCodeLabel.setObjectName(u"bodyCodeLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bodyCodeLabel)

        self.bodyCodeEdit = QLineEdit(SettingsDialog)
        self.bodyCodeEdit.setObjectName(u"bodyCodeEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bodyCodeEdit)

        self.layoutLabel = QLabel(SettingsDialog)
        self.layoutLabel.setObjectName(u"layoutLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.layoutLabel)

        self.layoutCombo = QComboBox(SettingsDialog)
        self.layoutCombo.setObjectName(u"layoutCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.layoutCombo)

        self.placeNameLabel = QLabel(SettingsDialog)
        self.placeNameLabel.setObjectName(u"placeNameLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.placeNameLabel)

        self.placeNameEdit = QLineEdit(SettingsDialog)
        self.placeNameEdit.setObjectName(u"placeNameEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.placeNameEdit)


        self.settingsLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settingsLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.settingsLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.parentBodyLabel.setBuddy(self.parentBodyEdit)
        self.issuingBodyLabel.setBuddy(self.issuingBodyEdit)
        self.bodyCodeLabel.setBuddy(self.bodyCodeEdit)
        self.layoutLabel.setBuddy(self.layoutCombo)
        self.placeNameLabel.setBuddy(self.placeNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"C\u00e0i \u0111\u1eb7t", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Ng\u00f4n ng\u1eef:", None))
        self.languageNoteLabel.setText(QCoreApplication.translate("SettingsDialog", u"Ng\u00f4n ng\u1eef m\u1edbi c\u00f3 hi\u1ec7u l\u1ef1c t\u1eeb l\u1ea7n m\u1edf ch\u01b0\u01a1ng tr\u00ecnh sau.", None))
        self.parentBodyLabel.setText(QCoreApplication.translate("SettingsDialog", u"C\u01a1 quan &c\u1ea5p tr\u00ean:", None))
        self.issuingBodyLabel.setText(QCoreApplication.translate("SettingsDialog", u"C\u01a1 quan &ban h\u00e0nh:", None))
        self.bodyCodeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&K\u00fd hi\u1ec7u c\u01a1 quan:", None))
        self.layoutLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Th\u1ec3 th\u1ee9c:", None))
        self.placeNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u0110\u1ecb&a danh:", None))
    # retranslateUi


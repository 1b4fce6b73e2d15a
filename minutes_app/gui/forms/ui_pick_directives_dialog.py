# generated from ui/pick_directives_dialog.ui by scripts/build_forms, do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pick_directives_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_PickDirectivesDialog(object):
    def setupUi(self, PickDirectivesDialog):
        if not PickDirectivesDialog.objectName():
            PickDirectivesDialog.setObjectName(u"PickDirectivesDialog")
        PickDirectivesDialog.resize(1000, 600)
        self.pickLayout = QVBoxLayout(PickDirectivesDialog)
        self.pickLayout.setObjectName(u"pickLayout")
        self.pickFiltersLayout = QHBoxLayout()
        self.pickFiltersLayout.setObjectName(u"pickFiltersLayout")
        self.pickSearchEdit = QLineEdit(PickDirectivesDialog)
        self.pickSearchEdit.setObjectName(u"pickSearchEdit")
        self.pickSearchEdit.setClearButtonEnabled(True)

        self.pickFiltersLayout.addWidget(self.pickSearchEdit)

        self.pickUnitEdit = QLineEdit(PickDirectivesDialog)
        self.pickUnitEdit.setObjectName(u"pickUnitEdit")
        self.pickUnitEdit.setClearButtonEnabled(True)

        self.pickFiltersLayout.addWidget(self.pickUnitEdit)

        self.unfinishedOnlyCheck = QCheckBox(PickDirectivesDialog)
        self.unfinishedOnlyCheck.setObjectName(u"unfinishedOnlyCheck")
        self.unfinishedOnlyCheck.setChecked(True)

        self.pickFiltersLayout.addWidget(self.unfinishedOnlyCheck)


        self.pickLayout.addLayout(self.pickFiltersLayout)

        self.pickDirectivesTable = QTableView(PickDirectivesDialog)
        self.pickDirectivesTable.setObjectName(u"pickDirectivesTable")
        self.pickDirectivesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pickDirectivesTable.setAlternatingRowColors(True)
        self.pickDirectivesTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.pickDirectivesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pickDirectivesTable.setWordWrap(False)
        self.pickDirectivesTable.horizontalHeader().setStretchLastSection(True)
        self.pickDirectivesTable.verticalHeader().setVisible(False)

        self.pickLayout.addWidget(self.pickDirectivesTable)

        self.pickBottomLayout = QHBoxLayout()
        self.pickBottomLayout.setObjectName(u"pickBottomLayout")
        self.pickCountLabel = QLabel(PickDirectivesDialog)
        self.pickCountLabel.setObjectName(u"pickCountLabel")
        self.pickCountLabel.setText(u"")

        self.pickBottomLayout.addWidget(self.pickCountLabel)

        self.pickButtons = QDialogButtonBox(PickDirectivesDialog)
        self.pickButtons.setObjectName(u"pickButtons")
        self.pickButtons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.pickBottomLayout.addWidget(self.pickButtons)


        self.pickLayout.addLayout(self.pickBottomLayout)

        QWidget.setTabOrder(self.pickSearchEdit, self.pickUnitEdit)
        QWidget.setTabOrder(self.pickUnitEdit, self.unfinishedOnlyCheck)
        QWidget.setTabOrder(self.unfinishedOnlyCheck, self.pickDirectivesTable)

        self.retranslateUi(PickDirectivesDialog)

        QMetaObject.connectSlotsByName(PickDirectivesDialog)
    # setupUi

    def retranslateUi(self, PickDirectivesDialog):
        PickDirectivesDialog.setWindowTitle(QCoreApplication.translate("PickDirectivesDialog", u"Th\u00eam k\u1ebft lu\u1eadn k\u1ef3 tr\u01b0\u1edbc", None))
#if QT_CONFIG(accessibility)
        self.pickSearchEdit.setAccessibleName(QCoreApplication.translate("PickDirectivesDialog", u"T\u00ecm trong n\u1ed9i dung k\u1ebft lu\u1eadn", None))
#endif // QT_CONFIG(accessibility)
        self.pickSearchEdit.setPlaceholderText(QCoreApplication.translate("PickDirectivesDialog", u"T\u00ecm trong n\u1ed9i dung (g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c)\u2026", None))
#if QT_CONFIG(accessibility)
        self.pickUnitEdit.setAccessibleName(QCoreApplication.translate("PickDirectivesDialog", u"L\u1ecdc theo \u0111\u01a1n v\u1ecb th\u1ef1c hi\u1ec7n", None))
#endif // QT_CONFIG(accessibility)
        self.pickUnitEdit.setPlaceholderText(QCoreApplication.translate("PickDirectivesDialog", u"\u0110\u01a1n v\u1ecb\u2026", None))
        self.unfinishedOnlyCheck.setText(QCoreApplication.translate("PickDirectivesDialog", u"Ch\u1ec9 k\u1ebft lu\u1eadn &ch\u01b0a ho\u00e0n th\u00e0nh", None))
#if QT_CONFIG(accessibility)
        self.pickDirectivesTable.setAccessibleName(QCoreApplication.translate("PickDirectivesDialog", u"K\u1ebft lu\u1eadn c\u1ee7a c\u00e1c cu\u1ed9c h\u1ecdp tr\u01b0\u1edbc", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pickDirectivesTable.setAccessibleDescription(QCoreApplication.translate("PickDirectivesDialog", u"Ch\u1ecdn m\u1ed9t ho\u1eb7c nhi\u1ec1u d\u00f2ng (Ctrl, Shift) r\u1ed3i b\u1ea5m Th\u00eam", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


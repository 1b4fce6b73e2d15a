# generated from ui/phrase_bank_dialog.ui by scripts/build_forms, do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'phrase_bank_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_PhraseBankDialog(object):
    def setupUi(self, PhraseBankDialog):
        if not PhraseBankDialog.objectName():
            PhraseBankDialog.setObjectName(u"PhraseBankDialog")
        PhraseBankDialog.resize(900, 560)
        self.dialogLayout = QVBoxLayout(PhraseBankDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addPhraseButton = QPushButton(PhraseBankDialog)
        self.addPhraseButton.setObjectName(u"addPhraseButton")
        self.addPhraseButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.addPhraseButton)

        self.removePhraseButton = QPushButton(PhraseBankDialog)
        self.removePhraseButton.setObjectName(u"removePhraseButton")
        self.removePhraseButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.removePhraseButton)

        self.movePhraseUpButton = QPushButton(PhraseBankDialog)
        self.movePhraseUpButton.setObjectName(u"movePhraseUpButton")
        self.movePhraseUpButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.movePhraseUpButton)

        self.movePhraseDownButton = QPushButton(PhraseBankDialog)
        self.movePhraseDownButton.setObjectName(u"movePhraseDownButton")
        self.movePhraseDownButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.movePhraseDownButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.importPhrasesButton = QPushButton(PhraseBankDialog)
        self.importPhrasesButton.setObjectName(u"importPhrasesButton")
        self.importPhrasesButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.importPhrasesButton)

        self.exportPhrasesButton = QPushButton(PhraseBankDialog)
        self.exportPhrasesButton.setObjectName(u"exportPhrasesButton")
        self.exportPhrasesButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.exportPhrasesButton)

        self.restorePhrasesButton = QPushButton(PhraseBankDialog)
        self.restorePhrasesButton.setObjectName(u"restorePhrasesButton")
        self.restorePhrasesButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.restorePhrasesButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

        self.phrasesTable = QTableWidget(PhraseBankDialog)
        if (self.phrasesTable.columnCount() < 2):
            self.phrasesTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.phrasesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.phrasesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.phrasesTable.setObjectName(u"phrasesTable")
        self.phrasesTable.setAlternatingRowColors(True)
        self.phrasesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.phrasesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.phrasesTable.setWordWrap(True)
        self.phrasesTable.setColumnCount(2)

        self.dialogLayout.addWidget(self.phrasesTable)

        self.previewLabel = QLabel(PhraseBankDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setText(u"")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.previewLabel)

        self.slotsLabel = QLabel(PhraseBankDialog)
        self.slotsLabel.setObjectName(u"slotsLabel")
        self.slotsLabel.setText(u"")
        self.slotsLabel.setWordWrap(True)
        self.slotsLabel.setEnabled(False)
        self.slotsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.slotsLabel)

        self.buttonBox = QDialogButtonBox(PhraseBankDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.phrasesTable, self.addPhraseButton)
        QWidget.setTabOrder(self.addPhraseButton, self.removePhraseButton)
        QWidget.setTabOrder(self.removePhraseButton, self.movePhraseUpButton)
        QWidget.setTabOrder(self.movePhraseUpButton, self.movePhraseDownButton)
        QWidget.setTabOrder(self.movePhraseDownButton, self.importPhrasesButton)
        QWidget.setTabOrder(self.importPhrasesButton, self.exportPhrasesButton)
        QWidget.setTabOrder(self.exportPhrasesButton, self.restorePhrasesButton)

        self.retranslateUi(PhraseBankDialog)

        QMetaObject.connectSlotsByName(PhraseBankDialog)
    # setupUi

    def retranslateUi(self, PhraseBankDialog):
        PhraseBankDialog.setWindowTitle(QCoreApplication.translate("PhraseBankDialog", u"Danh s\u00e1ch m\u1eabu c\u00e2u", None))
#if QT_CONFIG(accessibility)
        PhraseBankDialog.setAccessibleName(QCoreApplication.translate("PhraseBankDialog", u"Danh s\u00e1ch m\u1eabu c\u00e2u", None))
#endif // QT_CONFIG(accessibility)
        self.addPhraseButton.setText(QCoreApplication.translate("PhraseBankDialog", u"&Th\u00eam", None))
        self.removePhraseButton.setText(QCoreApplication.translate("PhraseBankDialog", u"&X\u00f3a", None))
        self.movePhraseUpButton.setText(QCoreApplication.translate("PhraseBankDialog", u"&L\u00ean", None))
        self.movePhraseDownButton.setText(QCoreApplication.translate("PhraseBankDialog", u"X&u\u1ed1ng", None))
        self.importPhrasesButton.setText(QCoreApplication.translate("PhraseBankDialog", u"&Nh\u1eadp t\u1eeb t\u1ec7p\u2026", None))
        self.exportPhrasesButton.setText(QCoreApplication.translate("PhraseBankDialog", u"Xu\u1ea5t ra t\u1ec7&p\u2026", None))
        self.restorePhrasesButton.setText(QCoreApplication.translate("PhraseBankDialog", u"Th\u00eam l\u1ea1i &m\u1eabu c\u00f3 s\u1eb5n", None))
#if QT_CONFIG(tooltip)
        self.restorePhrasesButton.setToolTip(QCoreApplication.translate("PhraseBankDialog", u"Th\u00eam l\u1ea1i c\u00e1c m\u1eabu c\u00e2u \u0111i k\u00e8m ch\u01b0\u01a1ng tr\u00ecnh m\u00e0 danh s\u00e1ch ch\u01b0a c\u00f3", None))
#endif // QT_CONFIG(tooltip)
        ___qtablewidgetitem = self.phrasesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("PhraseBankDialog", u"Nh\u00f3m", None))
        ___qtablewidgetitem1 = self.phrasesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("PhraseBankDialog", u"M\u1eabu c\u00e2u", None))
#if QT_CONFIG(accessibility)
        self.phrasesTable.setAccessibleName(QCoreApplication.translate("PhraseBankDialog", u"C\u00e1c m\u1eabu c\u00e2u", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewLabel.setAccessibleName(QCoreApplication.translate("PhraseBankDialog", u"M\u1eabu c\u00e2u khi ch\u00e8n v\u00e0o cu\u1ed9c h\u1ecdp \u0111ang m\u1edf", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


# generated from ui/print_preview.ui by scripts/build_forms, do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_preview.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PrintPreviewDialog(object):
    def setupUi(self, PrintPreviewDialog):
        if not PrintPreviewDialog.objectName():
            PrintPreviewDialog.setObjectName(u"PrintPreviewDialog")
        PrintPreviewDialog.resize(900, 1000)
        self.previewLayout = QVBoxLayout(PrintPreviewDialog)
        self.previewLayout.setObjectName(u"previewLayout")
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.documentLabel = QLabel(PrintPreviewDialog)
        self.documentLabel.setObjectName(u"documentLabel")

        self.toolLayout.addWidget(self.documentLabel)

        self.documentCombo = QComboBox(PrintPreviewDialog)
        self.documentCombo.setObjectName(u"documentCombo")

        self.toolLayout.addWidget(self.documentCombo)

        self.toolSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.pageCountLabel = QLabel(PrintPreviewDialog)
        self.pageCountLabel.setObjectName(u"pageCountLabel")
        self.pageCountLabel.setText(u"")

        self.toolLayout.addWidget(self.pageCountLabel)

        self.printButton = QPushButton(PrintPreviewDialog)
        self.printButton.setObjectName(u"printButton")

        self.toolLayout.addWidget(self.printButton)

        self.closeButton = QPushButton(PrintPreviewDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.toolLayout.addWidget(self.closeButton)


        self.previewLayout.addLayout(self.toolLayout)

        self.pdfView = QPdfView(PrintPreviewDialog)
        self.pdfView.setObjectName(u"pdfView")

        self.previewLayout.addWidget(self.pdfView)

#if QT_CONFIG(shortcut)
        self.documentLabel.setBuddy(self.documentCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PrintPreviewDialog)

        QMetaObject.connectSlotsByName(PrintPreviewDialog)
    # setupUi

    def retranslateUi(self, PrintPreviewDialog):
        PrintPreviewDialog.setWindowTitle(QCoreApplication.translate("PrintPreviewDialog", u"Xem tr\u01b0\u1edbc khi in", None))
        self.documentLabel.setText(QCoreApplication.translate("PrintPreviewDialog", u"&V\u0103n b\u1ea3n:", None))
#if QT_CONFIG(accessibility)
        self.documentCombo.setAccessibleName(QCoreApplication.translate("PrintPreviewDialog", u"V\u0103n b\u1ea3n c\u1ea7n xem", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("PrintPreviewDialog", u"&In\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("PrintPreviewDialog", u"\u0110\u00f3&ng", None))
#if QT_CONFIG(accessibility)
        self.pdfView.setAccessibleName(QCoreApplication.translate("PrintPreviewDialog", u"Trang v\u0103n b\u1ea3n", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi


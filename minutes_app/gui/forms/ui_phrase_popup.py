# generated from ui/phrase_popup.ui by scripts/build_forms, do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'phrase_popup.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_PhrasePopup(object):
    def setupUi(self, PhrasePopup):
        if not PhrasePopup.objectName():
            PhrasePopup.setObjectName(u"PhrasePopup")
        PhrasePopup.resize(640, 300)
        PhrasePopup.setFrameShape(QFrame.Shape.StyledPanel)
        PhrasePopup.setFrameShadow(QFrame.Shadow.Raised)
        self.popupLayout = QVBoxLayout(PhrasePopup)
        self.popupLayout.setObjectName(u"popupLayout")
        self.popupLayout.setContentsMargins(6, 6, 6, 6)
        self.phraseFilterEdit = QLineEdit(PhrasePopup)
        self.phraseFilterEdit.setObjectName(u"phraseFilterEdit")
        self.phraseFilterEdit.setClearButtonEnabled(True)

        self.popupLayout.addWidget(self.phraseFilterEdit)

        self.phraseList = QTreeWidget(PhrasePopup)
        self.phraseList.setObjectName(u"phraseList")
        self.phraseList.setRootIsDecorated(False)
        self.phraseList.setUniformRowHeights(True)
        self.phraseList.setAlternatingRowColors(True)
        self.phraseList.setHeaderHidden(True)
        self.phraseList.setColumnCount(2)
        self.phraseList.setWordWrap(False)
        self.phraseList.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.popupLayout.addWidget(self.phraseList)

        self.phraseHintLabel = QLabel(PhrasePopup)
        self.phraseHintLabel.setObjectName(u"phraseHintLabel")
        self.phraseHintLabel.setEnabled(False)
        self.phraseHintLabel.setWordWrap(True)

        self.popupLayout.addWidget(self.phraseHintLabel)


        self.retranslateUi(PhrasePopup)

        QMetaObject.connectSlotsByName(PhrasePopup)
    # setupUi

    def retranslateUi(self, PhrasePopup):
#if QT_CONFIG(accessibility)
        PhrasePopup.setAccessibleName(QCoreApplication.translate("PhrasePopup", u"Ch\u00e8n m\u1eabu c\u00e2u", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.phraseFilterEdit.setAccessibleName(QCoreApplication.translate("PhrasePopup", u"L\u1ecdc m\u1eabu c\u00e2u", None))
#endif // QT_CONFIG(accessibility)
        self.phraseFilterEdit.setPlaceholderText(QCoreApplication.translate("PhrasePopup", u"G\u00f5 v\u00e0i ch\u1eef \u0111\u1ec3 l\u1ecdc, kh\u00f4ng c\u1ea7n d\u1ea5u (v\u00ed d\u1ee5: ket luan)", None))
        ___qtreewidgetitem = self.phraseList.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("PhrasePopup", u"M\u1eabu c\u00e2u", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("PhrasePopup", u"Nh\u00f3m", None))
#if QT_CONFIG(accessibility)
        self.phraseList.setAccessibleName(QCoreApplication.translate("PhrasePopup", u"C\u00e1c m\u1eabu c\u00e2u", None))
#endif // QT_CONFIG(accessibility)
        self.phraseHintLabel.setText(QCoreApplication.translate("PhrasePopup", u"Enter: ch\u00e8n v\u00e0o ch\u1ed7 con tr\u1ecf \u00b7 Esc: \u0111\u00f3ng \u00b7 S\u1eeda \u203a Danh s\u00e1ch m\u1eabu c\u00e2u: th\u00eam, s\u1eeda, nh\u1eadp, xu\u1ea5t", None))
    # retranslateUi


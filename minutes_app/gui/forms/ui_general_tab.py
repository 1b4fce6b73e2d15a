# generated from ui/general_tab.ui by scripts/build_forms, do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'general_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from minutes_app.gui.date_edit import DateEdit

class Ui_GeneralTab(object):
    def setupUi(self, GeneralTab):
        if not GeneralTab.objectName():
            GeneralTab.setObjectName(u"GeneralTab")
        GeneralTab.resize(1100, 700)
        self.mainLayout = QVBoxLayout(GeneralTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(GeneralTab)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentLayout = QGridLayout(self.scrollContents)
        self.contentLayout.setObjectName(u"contentLayout")
        self.meetingGroup = QGroupBox(self.scrollContents)
        self.meetingGroup.setObjectName(u"meetingGroup")
        self.meetingForm = QFormLayout(self.meetingGroup)
        self.meetingForm.setObjectName(u"meetingForm")
        self.meetingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.meetingForm.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.titleLabel = QLabel(self.meetingGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.meetingGroup)
        self.titleEdit.setObjectName(u"titleEdit")

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dateLabel = QLabel(self.meetingGroup)
        self.dateLabel.setObjectName(u"dateLabel")

        self.meetingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(self.meetingGroup)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setMaximumSize(QSize(140, 16777215))

        self.meetingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.startTimeLabel = QLabel(self.meetingGroup)
        self.startTimeLabel.setObjectName(u"startTimeLabel")

        self.meetingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startTimeLabel)

        self.timesLayout = QHBoxLayout()
        self.timesLayout.setObjectName(u"timesLayout")
        self.startTimeEdit = QLineEdit(self.meetingGroup)
        self.startTimeEdit.setObjectName(u"startTimeEdit")
        self.startTimeEdit.setMaximumSize(QSize(80, 16777215))

        self.timesLayout.addWidget(self.startTimeEdit)

        self.endTimeLabel = QLabel(self.meetingGroup)
        self.endTimeLabel.setObjectName(u"endTimeLabel")

        self.timesLayout.addWidget(self.endTimeLabel)

        self.endTimeEdit = QLineEdit(self.meetingGroup)
        self.endTimeEdit.setObjectName(u"endTimeEdit")
        self.endTimeEdit.setMaximumSize(QSize(80, 16777215))

        self.timesLayout.addWidget(self.endTimeEdit)

        self.timesSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timesLayout.addItem(self.timesSpacer)


        self.meetingForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.timesLayout)

        self.placeNameLabel = QLabel(self.meetingGroup)
        self.placeNameLabel.setObjectName(u"placeNameLabel")

        self.meetingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeNameLabel)

        self.placeNameEdit = QLineEdit(self.meetingGroup)
        self.placeNameEdit.setObjectName(u"placeNameEdit")

        self.meetingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeNameEdit)

        self.locationLabel = QLabel(self.meetingGroup)
        self.locationLabel.setObjectName(u"locationLabel")

        self.meetingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(self.meetingGroup)
        self.locationEdit.setObjectName(u"locationEdit")

        self.meetingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.chairLabel = QLabel(self.meetingGroup)
        self.chairLabel.setObjectName(u"chairLabel")

        self.meetingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.chairLabel)

        self.chairCombo = QComboBox(self.meetingGroup)
        self.chairCombo.setObjectName(u"chairCombo")

        self.meetingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.chairCombo)

        self.secretaryLabel = QLabel(self.meetingGroup)
        self.secretaryLabel.setObjectName(u"secretaryLabel")

        self.meetingForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.secretaryLabel)

        self.secretaryCombo = QComboBox(self.meetingGroup)
        self.secretaryCombo.setObjectName(u"secretaryCombo")

        self.meetingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.secretaryCombo)


        self.contentLayout.addWidget(self.meetingGroup, 0, 0, 1, 1)

        self.documentGroup = QGroupBox(self.scrollContents)
        self.documentGroup.setObjectName(u"documentGroup")
        self.documentForm = QFormLayout(self.documentGroup)
        self.documentForm.setObjectName(u"documentForm")
        self.documentForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.documentForm.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.layoutLabel = QLabel(self.documentGroup)
        self.layoutLabel.setObjectName(u"layoutLabel")

        self.documentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.layoutLabel)

        self.layoutCombo = QComboBox(self.documentGroup)
        self.layoutCombo.setObjectName(u"layoutCombo")

        self.documentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.layoutCombo)

        self.parentBodyLabel = QLabel(self.documentGroup)
        self.parentBodyLabel.setObjectName(u"parentBodyLabel")

        self.documentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.parentBodyLabel)

        self.parentBodyEdit = QLineEdit(self.documentGroup)
        self.parentBodyEdit.setObjectName(u"parentBodyEdit")

        self.documentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.parentBodyEdit)

        self.issuingBodyLabel = QLabel(self.documentGroup)
        self.issuingBodyLabel.setObjectName(u"issuingBodyLabel")

        self.documentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.issuingBodyLabel)

        self.issuingBodyEdit = QLineEdit(self.documentGroup)
        self.issuingBodyEdit.setObjectName(u"issuingBodyEdit")

        self.documentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issuingBodyEdit)

        self.bodyCodeLabel = QLabel(self.documentGroup)
        self.bodyCodeLabel.setObjectName(u"bodyCodeLabel")

        self.documentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bodyCodeLabel)

        self.bodyCodeEdit = QLineEdit(self.documentGroup)
        self.bodyCodeEdit.setObjectName(u"bodyCodeEdit")
        self.bodyCodeEdit.setMaximumSize(QSize(200, 16777215))

        self.documentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bodyCodeEdit)

        self.numberLabel = QLabel(self.documentGroup)
        self.numberLabel.setObjectName(u"numberLabel")

        self.documentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(self.documentGroup)
        self.numberEdit.setObjectName(u"numberEdit")
        self.numberEdit.setMaximumSize(QSize(200, 16777215))

        self.documentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.classificationLabel = QLabel(self.documentGroup)
        self.classificationLabel.setObjectName(u"classificationLabel")

        self.documentForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.classificationLabel)

        self.classificationCombo = QComboBox(self.documentGroup)
        self.classificationCombo.setObjectName(u"classificationCombo")

        self.documentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.classificationCombo)


        self.contentLayout.addWidget(self.documentGroup, 0, 1, 1, 1)

        self.contentGroup = QGroupBox(self.scrollContents)
        self.contentGroup.setObjectName(u"contentGroup")
        self.contentForm = QFormLayout(self.contentGroup)
        self.contentForm.setObjectName(u"contentForm")
        self.contentForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contentForm.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.agendaLabel = QLabel(self.contentGroup)
        self.agendaLabel.setObjectName(u"agendaLabel")

        self.contentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agendaLabel)

        self.agendaEdit = QPlainTextEdit(self.contentGroup)
        self.agendaEdit.setObjectName(u"agendaEdit")
        self.agendaEdit.setTabChangesFocus(True)
        self.agendaEdit.setMaximumSize(QSize(16777215, 140))
        self.agendaEdit.setMinimumSize(QSize(0, 80))

        self.contentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agendaEdit)

        self.documentsLabel = QLabel(self.contentGroup)
        self.documentsLabel.setObjectName(u"documentsLabel")

        self.contentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.documentsLabel)

        self.documentsEdit = QPlainTextEdit(self.contentGroup)
        self.documentsEdit.setObjectName(u"documentsEdit")
        self.documentsEdit.setTabChangesFocus(True)
        self.documentsEdit.setMaximumSize(QSize(16777215, 110))
        self.documentsEdit.setMinimumSize(QSize(0, 60))

        self.contentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.documentsEdit)

        self.otherInfoLabel = QLabel(self.contentGroup)
        self.otherInfoLabel.setObjectName(u"otherInfoLabel")

        self.contentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.otherInfoLabel)

        self.otherInfoEdit = QPlainTextEdit(self.contentGroup)
        self.otherInfoEdit.setObjectName(u"otherInfoEdit")
        self.otherInfoEdit.setTabChangesFocus(True)
        self.otherInfoEdit.setMaximumSize(QSize(16777215, 90))
        self.otherInfoEdit.setMinimumSize(QSize(0, 50))

        self.contentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.otherInfoEdit)


        self.contentLayout.addWidget(self.contentGroup, 1, 0, 1, 1)

        self.closingGroup = QGroupBox(self.scrollContents)
        self.closingGroup.setObjectName(u"closingGroup")
        self.closingForm = QFormLayout(self.closingGroup)
        self.closingForm.setObjectName(u"closingForm")
        self.closingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.closingForm.setFormAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.closingNoteLabel = QLabel(self.closingGroup)
        self.closingNoteLabel.setObjectName(u"closingNoteLabel")

        self.closingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.closingNoteLabel)

        self.closingNoteEdit = QPlainTextEdit(self.closingGroup)
        self.closingNoteEdit.setObjectName(u"closingNoteEdit")
        self.closingNoteEdit.setTabChangesFocus(True)
        self.closingNoteEdit.setMaximumSize(QSize(16777215, 100))
        self.closingNoteEdit.setMinimumSize(QSize(0, 60))

        self.closingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.closingNoteEdit)

        self.copiesLabel = QLabel(self.closingGroup)
        self.copiesLabel.setObjectName(u"copiesLabel")

        self.closingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.copiesLabel)

        self.copiesSpin = QSpinBox(self.closingGroup)
        self.copiesSpin.setObjectName(u"copiesSpin")
        self.copiesSpin.setMaximum(99)
        self.copiesSpin.setMaximumSize(QSize(100, 16777215))

        self.closingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.copiesSpin)

        self.recipientsLabel = QLabel(self.closingGroup)
        self.recipientsLabel.setObjectName(u"recipientsLabel")

        self.closingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recipientsLabel)

        self.recipientsEdit = QPlainTextEdit(self.closingGroup)
        self.recipientsEdit.setObjectName(u"recipientsEdit")
        self.recipientsEdit.setTabChangesFocus(True)
        self.recipientsEdit.setMaximumSize(QSize(16777215, 140))
        self.recipientsEdit.setMinimumSize(QSize(0, 80))

        self.closingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recipientsEdit)

        self.closingFormulasLabel = QLabel(self.closingGroup)
        self.closingFormulasLabel.setObjectName(u"closingFormulasLabel")
        self.closingFormulasLabel.setWordWrap(True)
        self.closingFormulasLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.closingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.closingFormulasLabel)


        self.contentLayout.addWidget(self.closingGroup, 1, 1, 1, 1)

        self.printMarksGroup = QGroupBox(self.scrollContents)
        self.printMarksGroup.setObjectName(u"printMarksGroup")
        self.printMarksForm = QFormLayout(self.printMarksGroup)
        self.printMarksForm.setObjectName(u"printMarksForm")
        self.printMarksForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.circulationLabel = QLabel(self.printMarksGroup)
        self.circulationLabel.setObjectName(u"circulationLabel")

        self.printMarksForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.circulationLabel)

        self.circulationCombo = QComboBox(self.printMarksGroup)
        self.circulationCombo.setObjectName(u"circulationCombo")

        self.printMarksForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.circulationCombo)

        self.signerAuthorityLabel = QLabel(self.printMarksGroup)
        self.signerAuthorityLabel.setObjectName(u"signerAuthorityLabel")

        self.printMarksForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signerAuthorityLabel)

        self.signerAuthorityCombo = QComboBox(self.printMarksGroup)
        self.signerAuthorityCombo.setObjectName(u"signerAuthorityCombo")

        self.printMarksForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signerAuthorityCombo)

        self.signerOnBehalfLabel = QLabel(self.printMarksGroup)
        self.signerOnBehalfLabel.setObjectName(u"signerOnBehalfLabel")

        self.printMarksForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signerOnBehalfLabel)

        self.signerOnBehalfEdit = QLineEdit(self.printMarksGroup)
        self.signerOnBehalfEdit.setObjectName(u"signerOnBehalfEdit")

        self.printMarksForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signerOnBehalfEdit)

        self.signerTitleLabel = QLabel(self.printMarksGroup)
        self.signerTitleLabel.setObjectName(u"signerTitleLabel")

        self.printMarksForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.signerTitleLabel)

        self.signerTitleEdit = QLineEdit(self.printMarksGroup)
        self.signerTitleEdit.setObjectName(u"signerTitleEdit")

        self.printMarksForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signerTitleEdit)

        self.signerNameLabel = QLabel(self.printMarksGroup)
        self.signerNameLabel.setObjectName(u"signerNameLabel")

        self.printMarksForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.signerNameLabel)

        self.signerNameEdit = QLineEdit(self.printMarksGroup)
        self.signerNameEdit.setObjectName(u"signerNameEdit")

        self.printMarksForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.signerNameEdit)


        self.contentLayout.addWidget(self.printMarksGroup, 2, 1, 1, 1)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.bottomSpacer, 2, 0, 1, 1)

        self.contentLayout.setColumnStretch(0, 3)
        self.contentLayout.setColumnStretch(1, 2)
        self.scrollArea.setWidget(self.scrollContents)

        self.mainLayout.addWidget(self.scrollArea)

        QWidget.setTabOrder(self.titleEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.startTimeEdit)
        QWidget.setTabOrder(self.startTimeEdit, self.endTimeEdit)
        QWidget.setTabOrder(self.endTimeEdit, self.placeNameEdit)
        QWidget.setTabOrder(self.placeNameEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.chairCombo)
        QWidget.setTabOrder(self.chairCombo, self.secretaryCombo)
        QWidget.setTabOrder(self.secretaryCombo, self.agendaEdit)
        QWidget.setTabOrder(self.agendaEdit, self.documentsEdit)
        QWidget.setTabOrder(self.documentsEdit, self.otherInfoEdit)
        QWidget.setTabOrder(self.otherInfoEdit, self.layoutCombo)
        QWidget.setTabOrder(self.layoutCombo, self.parentBodyEdit)
        QWidget.setTabOrder(self.parentBodyEdit, self.issuingBodyEdit)
        QWidget.setTabOrder(self.issuingBodyEdit, self.bodyCodeEdit)
        QWidget.setTabOrder(self.bodyCodeEdit, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.classificationCombo)
        QWidget.setTabOrder(self.classificationCombo, self.closingNoteEdit)
        QWidget.setTabOrder(self.closingNoteEdit, self.copiesSpin)
        QWidget.setTabOrder(self.copiesSpin, self.recipientsEdit)
        QWidget.setTabOrder(self.recipientsEdit, self.circulationCombo)
        QWidget.setTabOrder(self.circulationCombo, self.signerAuthorityCombo)
        QWidget.setTabOrder(self.signerAuthorityCombo, self.signerOnBehalfEdit)
        QWidget.setTabOrder(self.signerOnBehalfEdit, self.signerTitleEdit)
        QWidget.setTabOrder(self.signerTitleEdit, self.signerNameEdit)

        self.retranslateUi(GeneralTab)

        QMetaObject.connectSlotsByName(GeneralTab)
    # setupUi

    def retranslateUi(self, GeneralTab):
#if QT_CONFIG(accessibility)
        GeneralTab.setAccessibleName(QCoreApplication.translate("GeneralTab", u"Th\u00f4ng tin chung", None))
#endif // QT_CONFIG(accessibility)
        self.meetingGroup.setTitle(QCoreApplication.translate("GeneralTab", u"Cu\u1ed9c h\u1ecdp", None))
        self.titleLabel.setText(QCoreApplication.translate("GeneralTab", u"T\u00ean cu\u1ed9c h\u1ecdp:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("GeneralTab", u"T\u00ean cu\u1ed9c h\u1ecdp", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"V\u00ed d\u1ee5: H\u1ed9i ngh\u1ecb giao ban c\u00f4ng t\u00e1c tuy\u00ean gi\u00e1o qu\u00fd 3/2022", None))
        self.dateLabel.setText(QCoreApplication.translate("GeneralTab", u"Ng\u00e0y h\u1ecdp:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("GeneralTab", u"Ng\u00e0y h\u1ecdp", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("GeneralTab", u"dd/MM/yyyy", None))
        self.startTimeLabel.setText(QCoreApplication.translate("GeneralTab", u"B\u1eaft \u0111\u1ea7u l\u00fac:", None))
#if QT_CONFIG(accessibility)
        self.startTimeEdit.setAccessibleName(QCoreApplication.translate("GeneralTab", u"Gi\u1edd b\u1eaft \u0111\u1ea7u", None))
#endif // QT_CONFIG(accessibility)
        self.startTimeEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"hh:mm", None))
        self.endTimeLabel.setText(QCoreApplication.translate("GeneralTab", u"k\u1ebft th\u00fac l\u00fac", None))
#if QT_CONFIG(accessibility)
        self.endTimeEdit.setAccessibleName(QCoreApplication.translate("GeneralTab", u"Gi\u1edd k\u1ebft th\u00fac", None))
#endif // QT_CONFIG(accessibility)
        self.endTimeEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"hh:mm", None))
        self.placeNameLabel.setText(QCoreApplication.translate("GeneralTab", u"\u0110\u1ecba danh:", None))
#if QT_CONFIG(accessibility)
        self.placeNameEdit.setAccessibleName(QCoreApplication.translate("GeneralTab", u"\u0110\u1ecba danh", None))
#endif // QT_CONFIG(accessibility)
        self.placeNameEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"T\u1ec9nh, th\u00e0nh ph\u1ed1 ghi \u1edf d\u00f2ng ng\u00e0y th\u00e1ng, v\u00ed d\u1ee5: B\u1eafc K\u1ea1n", None))
        self.locationLabel.setText(QCoreApplication.translate("GeneralTab", u"\u0110\u1ecba \u0111i\u1ec3m:", None))
#if QT_CONFIG(accessibility)
        self.locationEdit.setAccessibleName(QCoreApplication.translate("GeneralTab", u"\u0110\u1ecba \u0111i\u1ec3m h\u1ecdp", None))
#endif // QT_CONFIG(accessibility)
        self.locationEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"V\u00ed d\u1ee5: H\u1ed9i tr\u01b0\u1eddng Ban Tuy\u00ean gi\u00e1o T\u1ec9nh \u1ee7y", None))
        self.chairLabel.setText(QCoreApplication.translate("GeneralTab", u"Ch\u1ee7 tr\u00ec:", None))
#if QT_CONFIG(accessibility)
        self.chairCombo.setAccessibleName(QCoreApplication.translate("GeneralTab", u"Ng\u01b0\u1eddi ch\u1ee7 tr\u00ec", None))
#endif // QT_CONFIG(accessibility)
        self.secretaryLabel.setText(QCoreApplication.translate("GeneralTab", u"Th\u01b0 k\u00fd:", None))
#if QT_CONFIG(accessibility)
        self.secretaryCombo.setAccessibleName(QCoreApplication.translate("GeneralTab", u"Ng\u01b0\u1eddi ghi bi\u00ean b\u1ea3n", None))
#endif // QT_CONFIG(accessibility)
        self.documentGroup.setTitle(QCoreApplication.translate("GeneralTab", u"V\u0103n b\u1ea3n", None))
        self.layoutLabel.setText(QCoreApplication.translate("GeneralTab", u"Th\u1ec3 th\u1ee9c:", None))
#if QT_CONFIG(accessibility)
        self.layoutCombo.setAccessibleName(QCoreApplication.translate("GeneralTab", u"Th\u1ec3 th\u1ee9c v\u0103n b\u1ea3n", None))
#endif // QT_CONFIG(accessibility)
        self.parentBodyLabel.setText(QCoreApplication.translate("GeneralTab", u"C\u01a1 quan c\u1ea5p tr\u00ean:", None))
#if QT_CONFIG(accessibility)
        self.parentBodyEdit.setAccessibleName(QCoreApplication.translate("GeneralTab", u"C\u01a1 quan c\u1ea5p tr\u00ean", None))
#endif // QT_CONFIG(accessibility)
        self.parentBodyEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"V\u00ed d\u1ee5: T\u1ec8NH \u1ee6Y B\u1eaeC K\u1ea0N", None))
        self.issuingBodyLabel.setText(QCoreApplication.translate("GeneralTab", u"C\u01a1 quan ban h\u00e0nh:", None))
#if QT_CONFIG(accessibility)
        self.issuingBodyEdit.setAccessibleName(QCoreApplication.translate("GeneralTab", u"C\u01a1 quan ban h\u00e0nh", None))
#endif // QT_CONFIG(accessibility)
        self.issuingBodyEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"V\u00ed d\u1ee5: BAN TUY\u00caN GI\u00c1O", None))
        self.bodyCodeLabel.setText(QCoreApplication.translate("GeneralTab", u"K\u00fd hi\u1ec7u c\u01a1 quan:", None))
#if QT_CONFIG(accessibility)
        self.bodyCodeEdit.setAccessibleName(QCoreApplication.translate("GeneralTab", u"K\u00fd hi\u1ec7u c\u01a1 quan", None))
#endif // QT_CONFIG(accessibility)
        self.bodyCodeEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"V\u00ed d\u1ee5: BTGTU", None))
        self.numberLabel.setText(QCoreApplication.translate("GeneralTab", u"S\u1ed1 bi\u00ean b\u1ea3n:", None))
#if QT_CONFIG(accessibility)
        self.numberEdit.setAccessibleName(QCoreApplication.translate("GeneralTab", u"S\u1ed1 bi\u00ean b\u1ea3n", None))
#endif // QT_CONFIG(accessibility)
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"\u0110\u1ec3 tr\u1ed1ng n\u1ebfu ch\u01b0a c\u1ea5p s\u1ed1", None))
        self.classificationLabel.setText(QCoreApplication.translate("GeneralTab", u"\u0110\u1ed9 m\u1eadt:", None))
#if QT_CONFIG(accessibility)
        self.classificationCombo.setAccessibleName(QCoreApplication.translate("GeneralTab", u"\u0110\u1ed9 m\u1eadt", None))
#endif // QT_CONFIG(accessibility)
        self.contentGroup.setTitle(QCoreApplication.translate("GeneralTab", u"N\u1ed9i dung", None))
        self.agendaLabel.setText(QCoreApplication.translate("GeneralTab", u"Ch\u01b0\u01a1ng tr\u00ecnh:", None))
#if QT_CONFIG(accessibility)
        self.agendaEdit.setAccessibleName(QCoreApplication.translate("GeneralTab", u"Ch\u01b0\u01a1ng tr\u00ecnh, n\u1ed9i dung cu\u1ed9c h\u1ecdp", None))
#endif // QT_CONFIG(accessibility)
        self.agendaEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"N\u1ed9i dung, ch\u01b0\u01a1ng tr\u00ecnh cu\u1ed9c h\u1ecdp", None))
        self.documentsLabel.setText(QCoreApplication.translate("GeneralTab", u"T\u00e0i li\u1ec7u:", None))
#if QT_CONFIG(accessibility)
        self.documentsEdit.setAccessibleName(QCoreApplication.translate("GeneralTab", u"T\u00e0i li\u1ec7u ph\u1ee5c v\u1ee5 cu\u1ed9c h\u1ecdp", None))
#endif // QT_CONFIG(accessibility)
        self.documentsEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"C\u00e1c b\u00e1o c\u00e1o, t\u00e0i li\u1ec7u \u0111\u00e3 g\u1eedi \u0111\u1ea1i bi\u1ec3u", None))
        self.otherInfoLabel.setText(QCoreApplication.translate("GeneralTab", u"Th\u00f4ng tin kh\u00e1c:", None))
#if QT_CONFIG(accessibility)
        self.otherInfoEdit.setAccessibleName(QCoreApplication.translate("GeneralTab", u"Th\u00f4ng tin kh\u00e1c", None))
#endif // QT_CONFIG(accessibility)
        self.closingGroup.setTitle(QCoreApplication.translate("GeneralTab", u"K\u1ebft th\u00fac v\u00e0 n\u01a1i nh\u1eadn", None))
        self.closingNoteLabel.setText(QCoreApplication.translate("GeneralTab", u"C\u00e2u k\u1ebft th\u00fac:", None))
#if QT_CONFIG(accessibility)
        self.closingNoteEdit.setAccessibleName(QCoreApplication.translate("GeneralTab", u"C\u00e2u k\u1ebft th\u00fac bi\u00ean b\u1ea3n", None))
#endif // QT_CONFIG(accessibility)
        self.closingNoteEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"V\u00ed d\u1ee5: Bi\u00ean b\u1ea3n \u0111\u00e3 \u0111\u01b0\u1ee3c \u0111\u1ecdc l\u1ea1i v\u00e0 \u0111\u01b0\u1ee3c h\u1ed9i ngh\u1ecb nh\u1ea5t tr\u00ed th\u00f4ng qua.", None))
        self.copiesLabel.setText(QCoreApplication.translate("GeneralTab", u"S\u1ed1 b\u1ea3n:", None))
#if QT_CONFIG(accessibility)
        self.copiesSpin.setAccessibleName(QCoreApplication.translate("GeneralTab", u"S\u1ed1 b\u1ea3n", None))
#endif // QT_CONFIG(accessibility)
        self.copiesSpin.setSpecialValueText(QCoreApplication.translate("GeneralTab", u"\u2014", None))
        self.copiesSpin.setSuffix(QCoreApplication.translate("GeneralTab", u" b\u1ea3n", None))
        self.recipientsLabel.setText(QCoreApplication.translate("GeneralTab", u"N\u01a1i nh\u1eadn:", None))
#if QT_CONFIG(accessibility)
        self.recipientsEdit.setAccessibleName(QCoreApplication.translate("GeneralTab", u"N\u01a1i nh\u1eadn, m\u1ed7i d\u00f2ng m\u1ed9t n\u01a1i", None))
#endif // QT_CONFIG(accessibility)
        self.recipientsEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"M\u1ed7i d\u00f2ng m\u1ed9t n\u01a1i nh\u1eadn", None))
        self.printMarksGroup.setTitle(QCoreApplication.translate("GeneralTab", u"D\u1ea5u v\u00e0 ng\u01b0\u1eddi k\u00fd th\u00f4ng b\u00e1o", None))
        self.circulationLabel.setText(QCoreApplication.translate("GeneralTab", u"Ph\u1ea1m vi l\u01b0u h\u00e0nh:", None))
#if QT_CONFIG(accessibility)
        self.circulationCombo.setAccessibleName(QCoreApplication.translate("GeneralTab", u"Ch\u1ec9 d\u1eabn ph\u1ea1m vi l\u01b0u h\u00e0nh", None))
#endif // QT_CONFIG(accessibility)
        self.signerAuthorityLabel.setText(QCoreApplication.translate("GeneralTab", u"Th\u1ea9m quy\u1ec1n k\u00fd:", None))
#if QT_CONFIG(accessibility)
        self.signerAuthorityCombo.setAccessibleName(QCoreApplication.translate("GeneralTab", u"Th\u1ea9m quy\u1ec1n k\u00fd th\u00f4ng b\u00e1o", None))
#endif // QT_CONFIG(accessibility)
        self.signerOnBehalfLabel.setText(QCoreApplication.translate("GeneralTab", u"Thay m\u1eb7t, th\u1eeba l\u1ec7nh:", None))
#if QT_CONFIG(accessibility)
        self.signerOnBehalfEdit.setAccessibleName(QCoreApplication.translate("GeneralTab", u"K\u00fd thay m\u1eb7t, th\u1eeba l\u1ec7nh", None))
#endif // QT_CONFIG(accessibility)
        self.signerOnBehalfEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"V\u00ed d\u1ee5: Ban Th\u01b0\u1eddng v\u1ee5", None))
        self.signerTitleLabel.setText(QCoreApplication.translate("GeneralTab", u"Ch\u1ee9c v\u1ee5 ng\u01b0\u1eddi k\u00fd:", None))
#if QT_CONFIG(accessibility)
        self.signerTitleEdit.setAccessibleName(QCoreApplication.translate("GeneralTab", u"Ch\u1ee9c v\u1ee5 ng\u01b0\u1eddi k\u00fd th\u00f4ng b\u00e1o", None))
#endif // QT_CONFIG(accessibility)
        self.signerTitleEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"\u0110\u1ec3 tr\u1ed1ng: ng\u01b0\u1eddi ch\u1ee7 tr\u00ec k\u00fd", None))
        self.signerNameLabel.setText(QCoreApplication.translate("GeneralTab", u"H\u1ecd t\u00ean ng\u01b0\u1eddi k\u00fd:", None))
#if QT_CONFIG(accessibility)
        self.signerNameEdit.setAccessibleName(QCoreApplication.translate("GeneralTab", u"H\u1ecd t\u00ean ng\u01b0\u1eddi k\u00fd th\u00f4ng b\u00e1o", None))
#endif // QT_CONFIG(accessibility)
        self.signerNameEdit.setPlaceholderText(QCoreApplication.translate("GeneralTab", u"\u0110\u1ec3 tr\u1ed1ng: ng\u01b0\u1eddi ch\u1ee7 tr\u00ec k\u00fd", None))
    # retranslateUi


"""Measurements of the party layout (Hướng dẫn 36-HD/VPTW; biên bản per Hướng dẫn 16-HD/VPTW)."""

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from minutes_app.documents.styles import Sheet, Size
from minutes_app.domain.model import Layout

SHEET = Sheet(
    layout=Layout.PARTY,
    page_width=A4[0],
    page_height=A4[1],
    margin_top=20 * mm,
    margin_bottom=20 * mm,
    margin_left=30 * mm,
    margin_right=15 * mm,
    header_left=75 * mm,
    header_right=90 * mm,
    header_gap=24,
    parent=Size(14, 17),  # 14, upper, not bold
    issuing=Size(14, 17),  # 14, bold, upper
    number=Size(14, 17),  # 14, upright
    number_space_before=0,
    national=Size(15, 18),  # ĐẢNG CỘNG SẢN VIỆT NAM 15, bold
    motto=Size(15, 18),  # the party layout has no Tiêu ngữ
    place_date=Size(14, 17),  # 14, italic, right
    place_date_space_before=6,
    place_date_right=True,
    star=Size(14, 17),
    rule_width=0.5,
    rule_drop=4.3 * mm,  # Mẫu 1.9: the short lines sit 4–4.6 mm under the baseline of their text
    issuing_rule_fraction=0.0,  # a "*" instead of a line
    title_rule_fraction=0,  # a dashed line of text instead
    title_rule_text="-----",
    title_rule_after=6,
    doc_type=Size(16, 19),  # BIÊN BẢN 15–16
    title=Size(15, 18),  # 14–15
    body=Size(14, 20),  # 14–15, exact line spacing 18–22 pt
    first_indent=12.7 * mm,
    space_after=6,
    signature_gap=12,
    signature=Size(14, 17),
    signature_note=Size(12, 14),
    signing_space=25 * mm,  # left blank to sign and seal: at least 25 mm
    recipients_gap=12,
    recipients_label=Size(14, 17),  # "Nơi nhận:" 14, underlined
    recipients=Size(12, 14),  # list 12
    table=Size(13, 15),
    table_padding=3,
    table_line=0.5,
    table_columns=(12 * mm, 52 * mm, 68 * mm, 33 * mm),
    table_space_before=12,
    table_row_height=10 * mm,  # room to sign
    page_number=Size(14, 16),
    page_number_from_top=12 * mm,
    mark=Size(12, 14),  # DỰ THẢO and the secrecy mark
    circulation=Size(14, 17),  # ô 11: LƯU HÀNH NỘI BỘ …, bold, 13–14 pt, in the top margin
    mark_padding=3,
    mark_from_top=9 * mm,  # DỰ THẢO: baseline, high in the top margin, flush right
    circulation_from_top=16.8 * mm,  # ô 11: baseline, under DỰ THẢO, centred over the right column
    secrecy_space_before=6,  # ô 10a: under the number
    footer=Size(8, 10),
    footer_from_bottom=10 * mm,
)

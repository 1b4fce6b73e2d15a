"""Measurements of the state layout (Nghị định 30/2020/NĐ-CP, Phụ lục I; biên bản Mẫu 1.9)."""

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from minutes_app.documents.styles import Sheet, Size
from minutes_app.domain.model import Layout

SHEET = Sheet(
    layout=Layout.STATE,
    page_width=A4[0],
    page_height=A4[1],
    margin_top=20 * mm,  # 20–25 mm
    margin_bottom=20 * mm,  # 20–25 mm
    margin_left=30 * mm,  # 30–35 mm
    margin_right=15 * mm,  # 15–20 mm
    header_left=65 * mm,
    header_right=100 * mm,  # Quốc hiệu column ≈ 96–100 mm at 13 pt
    header_gap=24,
    parent=Size(13, 15),  # 12–13, upper, not bold
    issuing=Size(13, 15),  # 12–13, bold, upper
    number=Size(13, 15),  # 13, upright
    number_space_before=6,
    national=Size(13, 15),  # Quốc hiệu 12–13, bold
    motto=Size(14, 16),  # Tiêu ngữ 13–14, bold
    place_date=Size(14, 16),  # 13–14, italic (notice only: Mẫu 1.9 has no date line)
    place_date_space_before=6,
    place_date_right=False,
    star=Size(13, 15),
    rule_width=0.5,
    rule_drop=4.3 * mm,  # Mẫu 1.9: the short lines sit 4–4.6 mm under the baseline of their text
    issuing_rule_fraction=0.4,  # 1/3–1/2 of the body name
    title_rule_fraction=1 / 3,  # 1/3–1/2 of the title's length
    title_rule_text="",
    title_rule_after=12,
    doc_type=Size(14, 17),  # BIÊN BẢN 13–14
    title=Size(14, 17),
    body=Size(14, 18),  # 13–14; single to 1.5 line spacing
    first_indent=10 * mm,  # 1 cm or 1.27 cm
    space_after=6,  # at least 6 pt
    signature_gap=12,
    signature=Size(14, 17),
    signature_note=Size(12, 14),
    signing_space=25 * mm,  # left blank to sign and seal: at least 25 mm
    recipients_gap=12,
    recipients_label=Size(12, 14),  # "Nơi nhận:" 12, bold italic
    recipients=Size(11, 13),  # list 11
    table=Size(13, 15),
    table_padding=3,
    table_line=0.5,
    table_columns=(12 * mm, 52 * mm, 68 * mm, 33 * mm),
    table_space_before=12,
    table_row_height=10 * mm,  # room to sign
    page_number=Size(13, 15),  # 13–14, centred in the top margin
    page_number_from_top=12 * mm,
    mark=Size(12, 14),  # DỰ THẢO and the secrecy mark
    circulation=Size(13, 15),  # ô 11: LƯU HÀNH NỘI BỘ …, bold, 13–14 pt, in the top margin
    mark_padding=3,
    mark_from_top=9 * mm,  # DỰ THẢO: baseline, high in the top margin, flush right
    circulation_from_top=16.8 * mm,  # ô 11: baseline, under DỰ THẢO, centred over the right column
    secrecy_space_before=6,  # ô 10a: under the number
    footer=Size(8, 10),
    footer_from_bottom=10 * mm,
)

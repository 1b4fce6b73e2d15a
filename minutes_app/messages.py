"""Every message a user can meet outside the window's own labels, in Vietnamese and English, in one place.

Storage, interchange and the command line raise or return ``UserError``s that carry a key and
parameters; the text is chosen here, in the language of the session, so that wording is reviewed once
and no raw exception text reaches a secretary.
"""

from __future__ import annotations

import os

_language = "vi"

CATALOGUE: dict[str, tuple[str, str]] = {
    # Database and files
    "db.locked": (
        "Tệp dữ liệu {path} đang được mở để ghi bởi {holder}. Hãy đóng chương trình đó rồi thử lại; "
        "trong lúc này chỉ có thể xem.",
        "The database {path} is open for writing by {holder}. Close that program and try again; "
        "until then it can only be viewed.",
    ),
    "db.busy": (
        "Tệp dữ liệu {path} đang bận (một chương trình khác đang ghi). Nội dung vẫn được giữ và sẽ "
        "được lưu lại khi tệp rảnh.",
        "The database {path} is busy (another program is writing). The text is kept and will be saved "
        "when the file is free.",
    ),
    "db.corrupt": (
        "Tệp dữ liệu {path} bị hỏng ({detail}). Chương trình không ghi vào tệp này; hãy mở bản sao "
        "lưu gần nhất trong thư mục {backups}.",
        "The database {path} is damaged ({detail}). Nothing will be written to it; open the newest "
        "backup in {backups}.",
    ),
    "db.not_sqlite": (
        "Tệp {path} không phải là tệp dữ liệu của chương trình. Chương trình không ghi vào tệp này. Hãy kiểm "
        "tra đường dẫn (--db); nếu đó là tệp dữ liệu bị hỏng, hãy mở bản sao lưu gần nhất trong thư mục "
        "backups bên cạnh tệp.",
        "{path} is not a minutes database. Nothing will be written to it. Check the path (--db); if it is a "
        "damaged database, open the newest backup in the backups folder beside it.",
    ),
    "db.too_new": (
        "Tệp dữ liệu {path} được tạo bởi phiên bản mới hơn của chương trình (lược đồ {found}, phiên "
        "bản này hiểu đến {supported}). Chỉ có thể xem; hãy cập nhật chương trình để sửa.",
        "The database {path} was written by a newer version of the program (schema {found}, this "
        "version knows up to {supported}). It is opened read-only; update the program to edit it.",
    ),
    "db.read_only_folder": (
        "Không thể ghi vào {path}: thư mục hoặc tệp chỉ cho phép đọc. Hãy chọn nơi lưu khác "
        "(--db) hoặc cấp quyền ghi.",
        "Cannot write to {path}: the folder or file is read-only. Choose another place (--db) or "
        "grant write permission.",
    ),
    "db.disk_full": (
        "Ổ đĩa đã đầy, không thể lưu vào {path}. Nội dung vẫn được giữ; hãy giải phóng dung lượng.",
        "The disk is full, cannot save to {path}. The text is kept; free some space.",
    ),
    "db.cannot_open": (
        "Không mở được tệp dữ liệu {path}: {detail}",
        "Cannot open the database {path}: {detail}",
    ),
    "db.read_only_session": (
        "Tệp dữ liệu đang mở ở chế độ chỉ xem; không thể sửa.",
        "The database is open read-only; it cannot be changed.",
    ),
    "db.write_failed": (
        "Không lưu được vào {path}: {detail}. Nội dung vẫn được giữ và sẽ được lưu lại.",
        "Could not save to {path}: {detail}. The text is kept and will be saved again.",
    ),
    "db.lock_holder": (
        "tiến trình {pid} ({program}) của người dùng {user} trên máy {host}, từ {since}",
        "pid {pid} ({program}) of user {user} on host {host}, since {since}",
    ),
    "db.lock_holder_unknown": ("một chương trình khác", "another program"),
    "db.migration_failed": (
        "Không nâng cấp được tệp dữ liệu {path} lên lược đồ {version}: {detail}. Tệp vẫn giữ nguyên "
        "lược đồ cũ; bản sao lưu trước khi nâng cấp là {backup}.",
        "Could not upgrade the database {path} to schema {version}: {detail}. The file keeps its "
        "earlier schema; the backup made before the upgrade is {backup}.",
    ),
    # Is this an archive, is it sound, is it private: decided before anything is written
    "db.no_archive": (
        "Không có tệp dữ liệu biên bản tại {path}; lệnh này không tạo tệp mới. Hãy kiểm tra đường dẫn "
        "(--db).",
        "No archive at {path}; this command does not create one. Check the path (--db).",
    ),
    "db.empty": (
        "Tệp {path} rỗng: chưa có dữ liệu biên bản nào trong đó.",
        "{path} is empty: it holds no archive yet.",
    ),
    "db.foreign": (
        "Tệp {path} là một cơ sở dữ liệu SQLite nhưng không phải tệp dữ liệu biên bản ({reason}). "
        "Chương trình không ghi vào tệp này; hãy kiểm tra đường dẫn (--db).",
        "{path} is an SQLite database but not a minutes archive ({reason}). Nothing will be written to "
        "it; check the path (--db).",
    ),
    "db.not_regular": (
        "{path} không phải tệp dữ liệu mà là {kind}; hãy kiểm tra đường dẫn (--db).",
        "{path} is a {kind}, not a database file; check the path (--db).",
    ),
    "db.orphan": (
        "Không tạo tệp dữ liệu mới {path}: bên cạnh đó còn {orphan}, có thể là phần còn lại của một tệp "
        "dữ liệu. Hãy chuyển tệp đó đi nơi khác (hoặc trả lại tệp dữ liệu của nó) rồi thử lại.",
        "Not creating a new database {path}: {orphan} is beside it and may be what is left of a database. "
        "Move it elsewhere (or put its database back) and try again.",
    ),
    "db.create_failed": (
        "Không tạo được tệp dữ liệu {path}: {detail}",
        "Could not create the database {path}: {detail}",
    ),
    "db.upgrade_refused": (
        "Không nâng cấp được tệp dữ liệu {path} từ lược đồ {found} lên {version}: {detail}. Chương trình "
        "không thay đổi gì trong tệp và không tạo bản sao nào.",
        "Could not upgrade the database {path} from schema {found} to {version}: {detail}. Nothing in "
        "the file was changed and no copy was made.",
    ),
    "db.damaged_meetings": (
        "Tệp dữ liệu {path} có nội dung bị thay đổi ngoài chương trình: {meetings} Chương trình không in, "
        "không xuất nội dung đã bị thay đổi và không ghi thêm vào tệp này; các cuộc họp khác vẫn xem được. "
        "Các bản sao lưu nằm trong thư mục {backups}.",
        "The database {path} holds content changed outside the program: {meetings} Changed content is "
        "never printed or exported and nothing more is written to the file; the other meetings can still "
        "be viewed. The backups are in {backups}.",
    ),
    "damage.meeting": (
        "cuộc họp số {id} «{title}» ngày {date} bị hỏng;",
        "meeting {id} «{title}» of {date} is damaged;",
    ),
    "damage.rows": (
        "dữ liệu của cuộc họp số {id} bị hỏng (bảng {tables});",
        "data of meeting {id} is damaged (table {tables});",
    ),
    "damage.backup": (
        "bản sao lưu gần nhất còn nguyên cuộc họp này là {backup}.",
        "the newest backup holding a sound copy of it is {backup}.",
    ),
    "damage.no_backup": (
        "không bản sao lưu nào còn nguyên cuộc họp này.",
        "no backup holds a sound copy of it.",
    ),
    "check.structure": (
        "Cấu trúc tệp bị hỏng (SQLite báo các lỗi bên dưới).",
        "The file's structure is damaged (SQLite's findings below).",
    ),
    "check.index": (
        "Chỉ mục tìm kiếm bị hỏng (các lỗi bên dưới); nội dung các cuộc họp không nằm trong chỉ mục.",
        "The search index is damaged (findings below); the meetings' content is not kept in the index.",
    ),
    "db.narrowed": (
        "Đã giới hạn quyền đọc {count} tệp và thư mục dữ liệu trong {folder}: từ nay chỉ tài khoản này đọc "
        "được (trước đó các tài khoản khác trên máy cũng đọc được).",
        "Narrowed the permissions of {count} data files and folders in {folder}: from now on only this "
        "account can read them (other accounts on this computer could before).",
    ),
    # A shared office archive on a PostgreSQL server
    "db.unreachable": (
        "Mất kết nối tới máy chủ lưu trữ {place}. Những gì vừa gõ vẫn được giữ trên máy này và sẽ tự ghi "
        "lên máy chủ khi kết nối lại; cứ tiếp tục làm việc.",
        "The archive server {place} cannot be reached. What was just typed is kept on this computer and "
        "will be written to the server when it is back; carry on working.",
    ),
    "db.server_unreachable": (
        "Không kết nối được tới máy chủ lưu trữ {path} ({detail}). Hãy kiểm tra mạng và địa chỉ máy chủ, "
        "hoặc hỏi người quản trị máy chủ.",
        "Cannot reach the archive server {path} ({detail}). Check the network and the server's address, or "
        "ask the server's administrator.",
    ),
    "db.meeting_leased": (
        "Cuộc họp này đang được {holder} sửa; trong lúc đó chỉ xem được. Cuộc họp sẽ sửa được khi người đó "
        "đóng lại.",
        "This meeting is being edited by {holder}; until then it can only be viewed. It becomes editable "
        "when they close it.",
    ),
    "db.lease_holder": ("{user} trên máy {host}, từ {since}", "{user} on {host}, since {since}"),
    "db.reader_role": (
        "Tài khoản {user} chỉ có quyền xem kho lưu trữ chung {path}: mọi biên bản mở ở chế độ chỉ xem.",
        "The account {user} may only read the shared archive {path}: every meeting opens read-only.",
    ),
    "db.driver_missing": (
        'Chưa cài thành phần kết nối máy chủ PostgreSQL. Hãy cài: pip install "minutes_app[postgresql]".',
        'The PostgreSQL driver is not installed. Install it: pip install "minutes_app[postgresql]".',
    ),
    "db.server_refused": (
        "Máy chủ {path} không cho đăng nhập: {detail}. Hãy kiểm tra tên tài khoản và mật khẩu (~/.pgpass "
        "hoặc PGPASSWORD).",
        "The server {path} refused the login: {detail}. Check the account name and password (~/.pgpass "
        "or PGPASSWORD).",
    ),
    "db.server_empty": (
        "Chưa có kho lưu trữ biên bản nào ở {path}. Mở chương trình (hoặc nhập một cuộc họp, hoặc dùng lệnh "
        "copy) bằng một tài khoản được ghi để tạo kho.",
        "There is no minutes archive at {path} yet. Open the program (or import a meeting, or use copy) "
        "with an account that may write, to create it.",
    ),
    "db.not_our_archive": (
        "Cơ sở dữ liệu {path} không phải kho lưu trữ biên bản (đã có bảng khác trong đó). Hãy dùng một cơ sở "
        "dữ liệu trống.",
        "The database {path} is not a minutes archive (it holds other tables). Use an empty database.",
    ),
    "db.server_backup": (
        "Kho lưu trữ chung {path} được sao lưu bằng công cụ của máy chủ, không phải bằng lệnh này: ví dụ "
        'pg_dump -Fc -f biên-bản.dump "{path}" (hoặc sao lưu định kỳ của máy chủ).',
        "The shared archive {path} is backed up with the server's own tools, not with this command: for "
        'example pg_dump -Fc -f minutes.dump "{path}" (or the server\'s scheduled backups).',
    ),
    "copy.dest_not_empty": (
        "Nơi nhận {path} đã có dữ liệu; lệnh copy chỉ chép vào một kho trống hoặc chưa có.",
        "The destination {path} already holds data; copy only writes into an empty or new archive.",
    ),
    "copy.same": (
        "Nơi nguồn và nơi nhận là một: {path}.",
        "The source and the destination are the same: {path}.",
    ),
    "cli.copied": (
        "Đã chép {count} cuộc họp từ {source} sang {dest}.",
        "Copied {count} meetings from {source} to {dest}.",
    ),
    "journal.meeting_gone": (
        "Một thay đổi được giữ trên máy này cho cuộc họp mã {id} không ghi được nữa: cuộc họp đó không còn "
        "trong kho lưu trữ.",
        "A change kept on this computer for meeting {id} can no longer be written: that meeting is no "
        "longer in the archive.",
    ),
    "meeting.unknown": (
        "Không có cuộc họp mã số {id}. Dùng lệnh «list» để xem các mã số.",
        "There is no meeting with id {id}. Use «list» to see the ids.",
    ),
    "meeting.final": (
        "Biên bản «{title}» đã hoàn tất nên không sửa được; hãy mở lại (reopen) trước khi sửa.",
        "The minutes «{title}» are finalized and cannot be changed; reopen them first.",
    ),
    "meeting.item_unknown": (
        "Không có mục {kind} mã {item}.",
        "There is no {kind} item with id {item}.",
    ),
    # Files
    "file.not_found": ("Không tìm thấy tệp {path}.", "File not found: {path}."),
    "file.cannot_read": ("Không đọc được tệp {path}: {detail}", "Cannot read {path}: {detail}"),
    "file.cannot_write": (
        "Không ghi được tệp {path}: {detail}",
        "Cannot write {path}: {detail}",
    ),
    # A file another program holds open (a PDF reader, Word) cannot be replaced on Windows
    "file.in_use": (
        "Không ghi được tệp {path} vì tệp đang được mở trong một chương trình khác (trình đọc PDF, "
        "Word…). Hãy đóng tệp đó rồi xuất lại, hoặc chọn tên khác.",
        "Cannot write {path}: the file is open in another program (a PDF reader, Word…). Close it and "
        "export again, or choose another name.",
    ),
    "file.not_utf8": (
        "Tệp {path} không phải văn bản UTF-8.",
        "{path} is not UTF-8 text.",
    ),
    # Outputs and inputs of the command line and the window: the gate before anything is written
    "output.archive": (
        "Không ghi ra {path}: đó là tệp dữ liệu {database}, một tệp đi kèm của nó hoặc một bản sao lưu "
        "của nó. Hãy chọn tên tệp khác.",
        "Not writing to {path}: it is the database {database}, one of its companion files or one of its "
        "backups. Choose another file name.",
    ),
    "output.not_regular": (
        "Không ghi ra {path}: đó không phải tệp thường mà là {kind}. Hãy chọn một tên tệp, hoặc «-» để "
        "ghi ra đầu ra chuẩn.",
        "Not writing to {path}: it is a {kind}, not a regular file. Choose a file name, or «-» for "
        "standard output.",
    ),
    "input.not_regular": (
        "Không đọc {path}: đó không phải tệp thường mà là {kind}. Dùng «-» để đọc từ đầu vào chuẩn.",
        "Not reading {path}: it is a {kind}, not a regular file. Use «-» to read standard input.",
    ),
    "input.too_large": (
        "Tệp {path} lớn hơn giới hạn {limit} MB của một biên bản; không đọc tệp này.",
        "{path} is larger than the {limit} MB a meeting file may have; it is not read.",
    ),
    "kind.device": ("một thiết bị", "device"),
    "kind.fifo": ("một ống dẫn (FIFO)", "FIFO"),
    "kind.socket": ("một socket", "socket"),
    "kind.folder": ("một thư mục", "folder"),
    "kind.special": ("một tệp đặc biệt", "special file"),
    "cli.bad_path": (
        "Đường dẫn {path} chứa byte không đọc được thành chữ (không phải UTF-8); hãy đổi tên tệp hoặc thư "
        "mục.",
        "The path {path} contains bytes that are not text (not UTF-8); rename the file or folder.",
    ),
    # Spell check: the user's own word list
    "words.cannot_save": (
        "Không lưu được từ «{word}» vào từ điển riêng ({path}): {detail}. Từ này vẫn không bị gạch chân "
        "cho đến khi đóng chương trình.",
        "Could not save «{word}» to your word list ({path}): {detail}. The word stays accepted until "
        "the program is closed.",
    ),
    # Phrase bank files
    "phrases.invalid": (
        "Tệp mẫu câu không đúng định dạng (tại {where}: {detail}); không có gì thay đổi.",
        "Not a valid phrase file (at {where}: {detail}); nothing was changed.",
    ),
    "phrases.damaged": (
        "Tệp mẫu câu {path} bị hỏng ({detail}). Tệp được giữ lại ở {kept}; tạm dùng các mẫu câu có sẵn.",
        "The phrase file {path} is damaged ({detail}). It is kept as {kept}; the built-in phrases are used "
        "for now.",
    ),
    # JSON interchange
    "json.invalid": (
        "Tệp {path} không phải JSON hợp lệ (dòng {line}, cột {column}): {detail}",
        "{path} is not valid JSON (line {line}, column {column}): {detail}",
    ),
    "json.duplicate_key": (
        "Tệp không phải biên bản hợp lệ: tại {where}: khóa «{name}» xuất hiện hai lần (giá trị nào đúng?).",
        "Not a valid meeting file: at {where}: the key «{name}» appears twice (which value is right?).",
    ),
    "json.surrogate": (
        "Tệp không phải biên bản hợp lệ: tại {where}: văn bản chứa ký tự thay thế lẻ (\\ud800–\\udfff), "
        "không phải chữ.",
        "Not a valid meeting file: at {where}: the text holds a lone surrogate (\\ud800–\\udfff), which "
        "is not a character.",
    ),
    "json.integer_range": (
        "Tệp không phải biên bản hợp lệ: tại {where}: số nguyên quá lớn (vượt 64 bit).",
        "Not a valid meeting file: at {where}: the integer is too large (beyond 64 bits).",
    ),
    "json.schema": (
        "Tệp không phải biên bản hợp lệ: tại {where}: {detail}",
        "Not a valid meeting file: at {where}: {detail}",
    ),
    "schema.required": ("thiếu khóa bắt buộc: {names}", "missing required key: {names}"),
    "schema.extra": ("khóa không được phép: {names}", "key not allowed: {names}"),
    "schema.enum": ("giá trị phải là một trong: {values}", "must be one of: {values}"),
    "schema.type": ("sai kiểu dữ liệu, cần: {type}", "wrong type, expected: {type}"),
    "schema.const": ("giá trị phải là {value}", "must be {value}"),
    "schema.time": ("giờ phải có dạng HH:MM, ví dụ 08:30", "a time must look like HH:MM, e.g. 08:30"),
    "schema.date": (
        "ngày phải có dạng YYYY-MM-DD, ví dụ 2022-09-20",
        "a date must look like YYYY-MM-DD, e.g. 2022-09-20",
    ),
    "schema.too_small": ("giá trị trống hoặc quá nhỏ", "the value is empty or too small"),
    "schema.too_long": (
        "dài quá mức cho phép ({limit} ký tự)",
        "longer than allowed ({limit} characters)",
    ),
    "schema.too_large": ("lớn quá mức cho phép ({limit})", "larger than allowed ({limit})"),
    "schema.too_many": ("quá nhiều mục (tối đa {limit})", "too many entries (at most {limit})"),
    "schema.more": (" (và {count} lỗi khác)", " (and {count} more problems)"),
    "schema.more_stopped": (
        " (và ít nhất {count} lỗi khác; ngừng kiểm tra sau {limit} lỗi)",
        " (and at least {count} more problems; checking stopped after {limit})",
    ),
    # Dates and times typed into the window's fields and cells (domain/dates.py)
    "entry.not_a_date": (
        "Không hiểu «{text}» là ngày nào: hãy gõ ngày/tháng/năm, ví dụ 07/04/2025.",
        "«{text}» is not a date: type day/month/year, e.g. 07/04/2025.",
    ),
    "entry.date_required": (
        "Cần có ngày: hãy gõ ngày/tháng/năm, ví dụ 07/04/2025.",
        "A date is needed: type day/month/year, e.g. 07/04/2025.",
    ),
    "entry.year_missing": (
        "Thiếu năm: hãy gõ đủ ngày/tháng/năm, ví dụ 07/04/2025.",
        "The year is missing: type day/month/year, e.g. 07/04/2025.",
    ),
    "entry.no_such_day": (
        "Không có ngày {date}: tháng {month}/{year} chỉ có {days} ngày.",
        "There is no date {date}: month {month} of {year} has {days} days.",
    ),
    "entry.no_such_month": (
        "Không có tháng {month}: tháng chỉ từ 1 đến 12.",
        "There is no month {month}: months run from 1 to 12.",
    ),
    "entry.no_such_year": (
        "Năm {year} nằm ngoài khoảng {first}–{last}.",
        "The year {year} is outside {first}–{last}.",
    ),
    "deadline.no_such_quarter": (
        "Không có quý {quarter}: một năm có bốn quý, từ I đến IV.",
        "There is no quarter {quarter}: a year has four, I to IV.",
    ),
    "entry.not_a_time": (
        "Không hiểu «{text}» là giờ nào: hãy gõ giờ:phút, ví dụ 08:30 hoặc 8h30.",
        "«{text}» is not a time: type hours:minutes, e.g. 08:30 or 8h30.",
    ),
    "entry.no_such_hour": (
        "Không có {hour} giờ: giờ chỉ từ 0 đến 23.",
        "There is no hour {hour}: hours run from 0 to 23.",
    ),
    "entry.no_such_minute": (
        "Không có phút thứ {minute}: phút chỉ từ 00 đến 59.",
        "There is no minute {minute}: minutes run from 00 to 59.",
    ),
    # Validation of a meeting
    "rule.nul": (
        "tại {where}: văn bản chứa ký tự NUL (mã 0), không thể lưu.",
        "at {where}: the text contains a NUL character (code 0), which cannot be stored.",
    ),
    "rule.duplicate_id": (
        "tại {where}: mã «{id}» bị trùng.",
        "at {where}: the id «{id}» is used twice.",
    ),
    "rule.unknown_attendee": (
        "tại {where}: không có đại biểu mã «{id}».",
        "at {where}: there is no attendee with id «{id}».",
    ),
    "rule.unknown_report": (
        "tại {where}: không có báo cáo mã «{id}».",
        "at {where}: there is no report with id «{id}».",
    ),
    "rule.unknown_directive": (
        "tại {where}: cuộc họp không có kết luận mã «{id}».",
        "at {where}: the meeting has no directive with id «{id}».",
    ),
    "rule.chair_absent": (
        "tại {where}: người chủ trì phải có mặt tại hội nghị.",
        "at {where}: the chair must be present at the meeting.",
    ),
    "rule.secretary_absent": (
        "tại {where}: người ghi biên bản phải có mặt tại hội nghị.",
        "at {where}: the secretary must be present at the meeting.",
    ),
    "rule.substitute_for_present": (
        "tại {where}: đồng chí {name} dự thay cho một người không vắng mặt.",
        "at {where}: {name} substitutes for someone who is not absent.",
    ),
    "rule.substitute_self": (
        "tại {where}: một người không thể dự thay cho chính mình.",
        "at {where}: a person cannot substitute for themselves.",
    ),
    "rule.substitute_absent": (
        "tại {where}: người dự thay phải có mặt.",
        "at {where}: a substitute must be present.",
    ),
    "rule.end_before_start": (
        "tại {where}: giờ kết thúc phải sau giờ bắt đầu.",
        "at {where}: the end time must be after the start time.",
    ),
    "rule.empty": ("tại {where}: không được để trống.", "at {where}: must not be empty."),
    "rule.negative": ("tại {where}: không được là số âm.", "at {where}: must not be negative."),
    # People typed into the window's person fields (domain/people.py)
    "people.unknown": (
        "«{text}» không có trong danh sách thành phần.",
        "«{text}» is not in the list of attendees.",
    ),
    "people.ambiguous": (
        "«{text}» khớp với {count} người ({names}): hãy chọn một người trong danh sách.",
        "«{text}» fits {count} people ({names}): choose one from the list.",
    ),
    "people.absent_speaker": (
        "Đồng chí {name} không có mặt nên không thể phát biểu.",
        "{name} is not present and cannot speak.",
    ),
    "people.absent_presenter": (
        "Đồng chí {name} không có mặt nên không thể trình bày báo cáo.",
        "{name} is not present and cannot present a report.",
    ),
    "people.absent_chair": (
        "Đồng chí {name} không có mặt nên không thể chủ trì.",
        "{name} is not present and cannot chair the meeting.",
    ),
    "people.absent_secretary": (
        "Đồng chí {name} không có mặt nên không thể ghi biên bản.",
        "{name} is not present and cannot take the minutes.",
    ),
    "people.substitute_self": (
        "Đồng chí {name} không thể dự thay cho chính mình.",
        "{name} cannot substitute for themselves.",
    ),
    "people.substitute_for_present": (
        "Đồng chí {name} có mặt nên không cần người dự thay.",
        "{name} is present and needs no substitute.",
    ),
    "people.substitute_absent": (
        "Đồng chí {name} vắng mặt nên không thể dự thay cho ai.",
        "{name} is absent and cannot substitute for anyone.",
    ),
    # Command line
    "cli.imported": ("Đã nhập cuộc họp mã số {id}.", "Imported meeting {id}."),
    "cli.exported": ("Đã ghi {path}.", "Wrote {path}."),
    "cli.format_unavailable": (
        "Định dạng {format} chưa có trong phiên bản này.",
        "The {format} format is not available in this version.",
    ),
    "cli.check_failed": (
        "Tệp dữ liệu {path} bị hỏng (chi tiết bên dưới). Đừng ghi thêm vào tệp này; hãy mở chương trình "
        "để dùng bản sao lưu gần nhất còn nguyên vẹn trong thư mục {backups}.",
        "The database {path} is damaged (details below). Do not write to it any more; open the program to "
        "use the newest sound backup in {backups}.",
    ),
    "cli.check_more": (
        "… và {count} dòng nữa của SQLite (--verbose để xem hết).",
        "… and {count} more lines from SQLite (--verbose shows them all).",
    ),
    "cli.check_index_skipped": (
        "Chưa kiểm tra được chỉ mục tìm kiếm: tệp hoặc thư mục chỉ cho phép đọc.",
        "The search index was not checked: the file or its folder is read-only.",
    ),
    "cli.check_ok": ("Tệp dữ liệu {path} nguyên vẹn.", "The database {path} is sound."),
    "cli.backup_done": ("Đã sao lưu vào {path}.", "Backed up to {path}."),
    "cli.finalized": (
        "Đã hoàn tất biên bản {id} (mã đối chiếu {fingerprint}).",
        "Finalized meeting {id} (reference code, mã đối chiếu: {fingerprint}).",
    ),
    "cli.reopened": ("Đã mở lại biên bản {id} để sửa.", "Reopened meeting {id} for editing."),
    "cli.already_final": (
        "Biên bản {id} đã hoàn tất từ trước; không có gì thay đổi (mã đối chiếu {fingerprint}).",
        "Meeting {id} was finalized already; nothing changed (reference code, mã đối chiếu: {fingerprint}).",
    ),
    "cli.already_draft": (
        "Biên bản {id} đang là bản nháp, không cần mở lại; không có gì thay đổi.",
        "Meeting {id} is a draft already, there is nothing to reopen; nothing changed.",
    ),
    # The directive register on the command line (new --from, directives, follow-up)
    "cli.new_from": (
        "Đã tạo cuộc họp {id} từ cuộc họp {source}; {carried} kết luận chưa hoàn thành được chuyển sang "
        "để báo cáo kết quả.",
        "Created meeting {id} from meeting {source}; {carried} unfinished directives were carried over "
        "to be reported on.",
    ),
    "cli.bad_ref": (
        "«{ref}» không phải mã kết luận: cần MÃ_CUỘC_HỌP.MÃ_KẾT_LUẬN như lệnh «directives» in ra, ví dụ 12.t3.",
        "«{ref}» is not a directive reference: MEETING_ID.DIRECTIVE_ID as «directives» prints it, e.g. 12.t3.",
    ),
    "cli.followup_recorded": (
        "Đã ghi tiến độ của kết luận {ref}: {status}, ngày {date}.",
        "Recorded progress on directive {ref}: {status}, {date}.",
    ),
    "cli.no_results": ("Không tìm thấy kết quả nào.", "No results."),
    "cli.empty": ("Chưa có cuộc họp nào.", "No meetings yet."),
    "cli.bad_id": (
        "Mã cuộc họp «{id}» không hợp lệ: cần một số nguyên.",
        "Invalid meeting id «{id}»: a whole number is expected.",
    ),
    "cli.gui_unavailable": (
        "Không mở được cửa sổ: {detail}",
        "Cannot open the window: {detail}",
    ),
    "cli.interrupted": (
        "Đã dừng theo yêu cầu; tệp đang ghi dở đã được xóa, không có gì thay đổi.",
        "Stopped on request; the file being written was removed, nothing changed.",
    ),
    # Printed documents
    "documents.unknown": (
        "Không có loại văn bản «{document}»; chỉ có: minutes (biên bản), attendance (danh sách đại biểu), "
        "conclusion (thông báo kết luận).",
        "There is no document «{document}»; the documents are minutes, attendance and conclusion.",
    ),
    "documents.format_unknown": (
        "Không có định dạng «{format}»; chỉ có PDF và DOCX.",
        "There is no format «{format}»; the formats are PDF and DOCX.",
    ),
    "documents.docx_unavailable": (
        "Văn bản này chưa xuất được ra DOCX; hãy dùng PDF.",
        "This document cannot be exported as DOCX yet; use PDF.",
    ),
    # Recovering from a damaged file, restoring a backup
    "recovery.title": ("Khôi phục dữ liệu", "Recover data"),
    "recovery.offer": (
        "{problem}\n\nBản sao lưu gần nhất còn nguyên vẹn là {backup} (lúc {when}). Mở bản sao lưu này? "
        "Tệp hỏng không bị ghi đè: nó được giữ nguyên, đổi tên thành {aside}.",
        "{problem}\n\nThe newest sound backup is {backup} (made {when}). Open this backup? The damaged "
        "file is not overwritten: it is kept as it is, renamed to {aside}.",
    ),
    "recovery.opened": (
        "Đang dùng bản sao lưu {backup}. Tệp hỏng được giữ nguyên ở {aside}; những gì nhập sau lúc sao lưu "
        "có thể còn trong tệp đó.",
        "Working on the backup {backup}. The damaged file is kept unchanged as {aside}; what was typed "
        "after the backup may still be in it.",
    ),
    "restore.action": ("Khôi phục từ bản sao lưu…", "Restore from a backup…"),
    "restore.choose": ("Bản sao lưu (mới nhất ở trên):", "Backup (newest first):"),
    "restore.none": (
        "Chưa có bản sao lưu nào trong thư mục {backups}.",
        "There is no backup in {backups} yet.",
    ),
    "restore.confirm": (
        "Thay toàn bộ dữ liệu bằng bản sao lưu {backup} (lúc {when})? Dữ liệu hiện tại được sao lưu "
        "trước, nên có thể khôi phục lại từ bản đó.",
        "Replace all data with the backup {backup} (made {when})? The current data is backed up first, "
        "so it can be restored again from that copy.",
    ),
    "restore.done": (
        "Đã khôi phục từ {backup}. Dữ liệu trước đó được giữ trong {kept}; muốn quay lại, hãy khôi phục "
        "từ bản đó.",
        "Restored from {backup}. The earlier data is kept in {kept}; to go back, restore from that copy.",
    ),
    "restore.unsound": (
        "Bản sao lưu {backup} bị hỏng ({detail}); không khôi phục từ bản này. Hãy chọn bản khác.",
        "The backup {backup} is damaged ({detail}); it will not be restored. Choose another one.",
    ),
    "restore.unsaved": (
        "Còn thay đổi chưa lưu được vào tệp dữ liệu; hãy chờ lưu xong rồi mới khôi phục.",
        "Some changes are not saved yet; wait until they are saved, then restore.",
    ),
    "cli.unexpected": (
        "Lỗi không mong đợi: {detail}. Dữ liệu đã lưu không bị thay đổi.",
        "Unexpected error: {detail}. Stored data was not changed.",
    ),
    # Window
    "gui.unsaved_pending": (
        "Các thay đổi gần đây chưa lưu được vào tệp dữ liệu. Hãy chờ cho đến khi lưu xong (thanh trạng "
        "thái không còn báo lỗi) rồi thử lại.",
        "Recent changes are not saved to the database yet. Wait until they are saved (the status bar "
        "shows no error) and try again.",
    ),
}


class UserError(Exception):
    """A failure worth telling the user about; ``str()`` is the message in the session's language."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def __str__(self) -> str:
        return text(self.key, **self.params)


def set_language(language: str) -> None:
    global _language
    _language = "en" if language.lower().startswith("en") else "vi"


def language() -> str:
    return _language


def language_from_environment(explicit: str | None = None) -> str:
    """``--lang`` wins, then LANG (English only when it starts with "en"), else Vietnamese."""
    if explicit:
        return "en" if explicit.lower().startswith("en") else "vi"
    return "en" if os.environ.get("LANG", "").lower().startswith("en") else "vi"


def text(key: str, **params: object) -> str:
    vi, en = CATALOGUE[key]
    template = en if _language == "en" else vi
    return template.format(**params)

"""Word lists the checker consults besides the grammar: loanwords, odd place names, a system dictionary.

The hunspell Vietnamese dictionary (Debian's hunspell-vi, LibreOffice's dict-vi) is GPL-2-only, so it is
never shipped with the program: it is read where the system has it. Its affix file holds no affix rules,
only replacement hints, so its word list is the whole dictionary and is read directly, with no engine.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path


def word_key(word: str) -> str:
    """The form words are compared in: composed and lower case, so "Zalo", "ZALO" and NFD input match."""
    return unicodedata.normalize("NFC", word).lower()


class WordList:
    """A set of words compared case-insensitively; one of the checker's swappable word sources."""

    def __init__(self, words: Iterable[str] = (), name: str = "") -> None:
        self.name = name
        self._keys = {word_key(word) for word in words if word.strip()}

    def __contains__(self, word: str) -> bool:
        return word_key(word) in self._keys

    @classmethod
    def of_text(cls, text: str, name: str) -> WordList:
        """A list written as words separated by white space, as the built-in lists below are."""
        return cls(text.split(), name)

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self):
        return iter(self._keys)


# Words an office types every week that are not Vietnamese syllables: kept short and obvious.
LOANWORDS = WordList.of_text(
    """
    email internet intranet online offline website web wifi zalo facebook youtube google video audio
    file laptop tivi radio gen gram ka taxi karaoke covid vaccine ok logo slide show livestream fanpage
    app smartphone pdf word excel powerpoint buýt phuy voan roa moay palăng ping
    tp tx tt ths ts gs pgs ks bs
    """,
    "loanwords",
)

# Syllables of well-known place names that break the spelling rules (k before a/o, coda k, clusters).
PLACE_SYLLABLES = WordList.of_text(
    """
    kạn kon đắk lắk krông pắk pleiku ea búk kar mil glong grai klong ayun pa kông
    """,
    "places",
)


# The syllables that fill minutes most often: among equally near suggestions they come first.
COMMON = WordList.of_text(
    """
    à ấy bà bác bản ban bàn báo bảo bày bị biên biết bình bộ bổ bố các cả cải cán cao cáo cấp cầu
    chế chỉ chí chính cho chủ chức chung chúng chưa chương có còn con công cơ cộng cùng cuộc của cũng
    cường dân dẫn dung dụng dựng đã đại đảm đạo đạt đang đảng đánh đào đầu đây đề để đến đều địa điểm
    định đó đoàn đối đồng đổi đơn đúng được đường đưa đồng giá giải giám giao giáo giữa hạn hành hiện
    hiệu họ hoá hóa hoạch hoạt học hội hơn hợp huyện hướng kế khai khác khăn khẩn khi khó khoa không
    khu kiến kiểm kinh kết kỳ lại lãnh làm lao lên lý lập lễ liên loại lớn luận luật lực lượng lưu
    mạnh mặt mình mới một mục nay này năm nâng nắm nên nghị nghiệp nghiên ngày ngành người nhà nhân
    nhận nhất nhiệm nhiều như những nói nội nước nữa phải phát pháp phần phía phó phong phối phòng phố
    phú phúc phục quá quan quản quán quả quốc quy quyết quyền sản sau sách sát sẽ số sở sự tác tại tăng
    tâm tập tham tháng thành thảo thay thắng theo thế thể thì thiện thiết thị thời thông thống thu thuận
    thủ thức thực thường tích tiến tiếp tiêu tin tình tính tỉnh tổ toàn tốt trách trên triển trình
    trọng trong trung trưởng trường truyền tuyên từ tư tục tuy tư tưởng uỷ ủy văn vào vẫn vấn vận về
    việc viên với vụ vững vực xã xây xét xuất xử ý yêu
    """,
    "common",
)


def dictionary_paths() -> list[Path]:
    """Where a vi_VN hunspell dictionary may be: the system's, or LibreOffice's own on Windows and macOS."""
    names = ("vi_VN.dic", "vi-VN.dic")
    folders = [Path("/usr/share/hunspell"), Path("/usr/share/myspell"), Path("/usr/share/myspell/dicts")]
    folders.append(Path("/usr/local/share/hunspell"))
    folders.append(Path.home() / "Library" / "Spelling")
    folders.append(Path("/Applications/LibreOffice.app/Contents/Resources/extensions/dict-vi"))
    if sys.platform == "win32":
        for variable in ("PROGRAMFILES", "PROGRAMFILES(X86)"):
            base = os.environ.get(variable)
            if base:
                folders.append(Path(base) / "LibreOffice" / "share" / "extensions" / "dict-vi")
    return [folder / name for folder in folders for name in names]


def read_dic(path: str | os.PathLike) -> WordList:
    """The words of a hunspell .dic file: a count on the first line, then one word (with /flags) a line."""
    words = []
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle):
            entry = line.strip().split("/", 1)[0].strip()
            if number == 0 and entry.isdigit():
                continue
            if entry:
                words.append(entry)
    return WordList(words, str(path))


def system_dictionary(paths: Iterable[Path] | None = None) -> WordList | None:
    """The first readable vi_VN dictionary, or None: the checker works without one."""
    for path in dictionary_paths() if paths is None else paths:
        try:
            if path.is_file():
                return read_dic(path)
        except OSError:
            continue
    return None

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>Không mở được tệp dữ liệu</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>ArchivePanel</name>
    <message>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Hoàn tất</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <source>Mọi năm</source>
        <translation>Any year</translation>
    </message>
    <message numerus="yes">
        <source>%n cuộc họp</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>Kho lưu trữ</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Tìm kiếm cuộc họp</source>
        <translation>Search meetings</translation>
    </message>
    <message>
        <source>Tìm kiếm (gõ không dấu cũng được)…</source>
        <translation>Search (accents optional)…</translation>
    </message>
    <message>
        <source>Lọc theo năm</source>
        <translation>Filter by year</translation>
    </message>
    <message>
        <source>Lọc theo trạng thái</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Danh sách cuộc họp</source>
        <translation>Meetings</translation>
    </message>
</context>
<context>
    <name>ArchiveTableModel</name>
    <message>
        <source>Hoàn tất</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
</context>
<context>
    <name>AttendeesTab</name>
    <message>
        <source>Thêm người</source>
        <translation>Add person</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Xếp theo tên (A–Z)</source>
        <translation>Sort by name (A–Z)</translation>
    </message>
    <message>
        <source>Xếp lại theo tên (thành viên, khách mời, báo chí; mỗi nhóm theo A–Z)</source>
        <translation>Sort by name (members, guests, press; each group A–Z)</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Vắng có lý do</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Vắng không lý do</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>(Chưa có thành viên chính thức nào.)</source>
        <translation>(No official members yet.)</translation>
    </message>
    <message numerus="yes">
        <source>Đã thêm %n người từ danh sách dán.</source>
        <translation>
            <numerusform>Added %n person from the pasted list.</numerusform>
            <numerusform>Added %n people from the pasted list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thành phần tham dự</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Đánh dấu:</source>
        <translation>Mark:</translation>
    </message>
    <message>
        <source>Danh sách thành phần tham dự</source>
        <translation>List of attendees</translation>
    </message>
    <message>
        <source>Ctrl+1 có mặt, Ctrl+2 vắng có lý do, Ctrl+3 vắng không lý do, Alt+Lên/Xuống đổi thứ tự, Ctrl+V dán danh sách</source>
        <translation>Ctrl+1 present, Ctrl+2 excused, Ctrl+3 absent, Alt+Up/Down reorder, Ctrl+V paste a list</translation>
    </message>
    <message>
        <source>Dán nhiều người một lúc từ bảng tính (Ctrl+V vào bảng): mỗi dòng gồm Họ và tên, Chức vụ, Đơn vị và (nếu có) Thành phần.</source>
        <translation>Paste many people at once from a spreadsheet (Ctrl+V in the table): each line holds Full name, Position, Organization and (optionally) Group.</translation>
    </message>
    <message>
        <source>Câu ghi vào biên bản</source>
        <translation>Sentence printed in the minutes</translation>
    </message>
    <message>
        <source>Câu điểm danh</source>
        <translation>Attendance sentence</translation>
    </message>
    <message numerus="yes">
        <source>điểm danh %n người</source>
        <translation>
            <numerusform>roll call of %n person</numerusform>
            <numerusform>roll call of %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dán %n người</source>
        <translation>
            <numerusform>paste %n person</numerusform>
            <numerusform>paste %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendeesTableModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Organization</translation>
    </message>
    <message>
        <source>Thành phần</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <source>Dự thay cho</source>
        <translation>Substitutes for</translation>
    </message>
    <message>
        <source>Đến lúc</source>
        <translation>Arrived at</translation>
    </message>
    <message>
        <source>Về lúc</source>
        <translation>Left at</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Báo chí</source>
        <translation>Press</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Vắng có lý do</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Vắng không lý do</source>
        <translation>Absent</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Tệp dữ liệu đang mở ở chế độ chỉ xem.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <source>Biên bản này đã hoàn tất nên chỉ xem được. Muốn sửa, chọn Biên bản › Mở lại để sửa.</source>
        <translation>These minutes are finalized and can only be viewed. To edit them, choose Minutes › Reopen for editing.</translation>
    </message>
    <message>
        <source>Chưa có cuộc họp nào. Chọn Tệp › Cuộc họp mới (Ctrl+N) để bắt đầu.</source>
        <translation>No meetings yet. Choose File › New meeting (Ctrl+N) to start.</translation>
    </message>
    <message>
        <source>Mã đối chiếu: %1</source>
        <translation>Reference code (mã đối chiếu): %1</translation>
    </message>
    <message>
        <source>Đã chép mã đối chiếu %1.</source>
        <translation>Reference code %1 copied.</translation>
    </message>
</context>
<context>
    <name>DeadlineCell</name>
    <message>
        <source>Chữ được giữ để in; nhiệm vụ chưa có hạn chót.</source>
        <translation>The words are kept for printing; the task has no last day yet.</translation>
    </message>
    <message>
        <source>Nhiệm vụ thường xuyên: không có hạn chót.</source>
        <translation>A standing task: no last day.</translation>
    </message>
    <message>
        <source>Chưa hiểu «%1» là ngày nào: chữ được giữ để in, hạn chót để trống.</source>
        <translation>«%1» is not understood as a date: the words are kept for printing, with no last day.</translation>
    </message>
    <message>
        <source>Hạn chót: %1 (ngày cuối cùng mà «%2» cho phép).</source>
        <translation>Last day: %1 (the latest date «%2» allows).</translation>
    </message>
</context>
<context>
    <name>DirectivesTab</name>
    <message>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Kết luận của người chủ trì:</source>
        <translation>Chair's conclusion:</translation>
    </message>
    <message>
        <source>Kết luận của người chủ trì</source>
        <translation>Chair's conclusion</translation>
    </message>
    <message>
        <source>Ví dụ: Thay mặt Ban Thường vụ, đồng chí … kết luận như sau:</source>
        <translation>For example: Thay mặt Ban Thường vụ, đồng chí … kết luận như sau:</translation>
    </message>
    <message>
        <source>Nhiệm vụ được giao</source>
        <translation>Assigned tasks</translation>
    </message>
    <message>
        <source>Các nhiệm vụ được giao</source>
        <translation>Assigned tasks</translation>
    </message>
    <message>
        <source>Insert thêm dòng, Delete xóa, Alt+Lên/Xuống đổi thứ tự</source>
        <translation>Insert adds a row, Delete removes it, Alt+Up/Down reorders</translation>
    </message>
    <message>
        <source>Thời hạn gõ như lời kết luận, ví dụ «trong quý 4/2022»; hạn chót tự tính.</source>
        <translation>Type deadlines as spoken, e.g. «trong quý 4/2022»; the last day is worked out.</translation>
    </message>
</context>
<context>
    <name>DirectivesTableModel</name>
    <message>
        <source>Nội dung nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Đơn vị, người thực hiện</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Hạn chót</source>
        <translation>Last day</translation>
    </message>
</context>
<context>
    <name>DiscussionTab</name>
    <message>
        <source>Chèn ý kiến</source>
        <translation>Insert contribution</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Ý kiến mới</source>
        <translation>New contribution</translation>
    </message>
    <message>
        <source>Ý kiến mới (Ctrl+Enter)</source>
        <translation>New contribution (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>(chưa có ai phát biểu)</source>
        <translation>(no speaker yet)</translation>
    </message>
    <message>
        <source>Người phát biểu: {name}</source>
        <translation>Speaker: {name}</translation>
    </message>
    <message>
        <source>(không gắn với báo cáo nào)</source>
        <translation>(not about a report)</translation>
    </message>
    <message>
        <source>(báo cáo chưa có tên)</source>
        <translation>(untitled report)</translation>
    </message>
    <message>
        <source>Thảo luận</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Ý kiến mới (Ctrl+Enter ở bất cứ đâu trong trang này)</source>
        <translation>New contribution (Ctrl+Enter anywhere on this page)</translation>
    </message>
    <message>
        <source>Báo cáo:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <source>Báo cáo đang được thảo luận</source>
        <translation>Report under discussion</translation>
    </message>
    <message>
        <source>Người phát biểu:</source>
        <translation>Speaker:</translation>
    </message>
    <message>
        <source>Người phát biểu tiếp theo</source>
        <translation>Next speaker</translation>
    </message>
    <message>
        <source>Gõ vài chữ của tên, không cần dấu</source>
        <translation>Letters of the name, no accents needed</translation>
    </message>
    <message>
        <source>Gần đây:</source>
        <translation>Recent:</translation>
    </message>
    <message>
        <source>Các ý kiến thảo luận</source>
        <translation>Contributions to the discussion</translation>
    </message>
    <message>
        <source>Giờ:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Giờ phát biểu</source>
        <translation>Time of the contribution</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Về báo cáo:</source>
        <translation>About report:</translation>
    </message>
    <message>
        <source>Báo cáo mà ý kiến đề cập</source>
        <translation>Report the contribution is about</translation>
    </message>
    <message>
        <source>Người phát biểu của ý kiến</source>
        <translation>Speaker of the contribution</translation>
    </message>
    <message>
        <source>Nội dung:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>Nội dung ý kiến</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Nội dung ý kiến phát biểu</source>
        <translation>Content of the contribution</translation>
    </message>
</context>
<context>
    <name>DiscussionTableModel</name>
    <message>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người phát biểu</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>Giá trị không hợp lệ.</source>
        <translation>Not a valid value.</translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <source>Tìm trong &amp;biên bản…</source>
        <translation>Find in the &amp;minutes…</translation>
    </message>
    <message>
        <source>Tìm và th&amp;ay…</source>
        <translation>Find and re&amp;place…</translation>
    </message>
    <message>
        <source>Tìm tiếp</source>
        <translation>Find next</translation>
    </message>
    <message>
        <source>Tìm lùi</source>
        <translation>Find previous</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Tìm và thay</source>
        <translation>Find and replace</translation>
    </message>
    <message>
        <source>Tìm và thay trong biên bản</source>
        <translation>Find and replace in the minutes</translation>
    </message>
    <message>
        <source>&amp;Tìm:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Chữ cần tìm</source>
        <translation>Text to find</translation>
    </message>
    <message>
        <source>Chữ cần tìm trong mọi ô của biên bản</source>
        <translation>Text to find in every field of the minutes</translation>
    </message>
    <message>
        <source>Tìm tiế&amp;p</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <source>Thay &amp;bằng:</source>
        <translation>Replace &amp;with:</translation>
    </message>
    <message>
        <source>Chữ thay vào</source>
        <translation>Replacement text</translation>
    </message>
    <message>
        <source>Để trống để xóa chữ tìm được</source>
        <translation>Leave empty to delete the text found</translation>
    </message>
    <message>
        <source>Tìm &amp;lùi</source>
        <translation>Find pre&amp;vious</translation>
    </message>
    <message>
        <source>Không phân biệt &amp;dấu</source>
        <translation>Ignore &amp;accents</translation>
    </message>
    <message>
        <source>"tuyen giao" tìm được cả "Tuyên giáo"</source>
        <translation>"tuyen giao" also finds "Tuyên giáo"</translation>
    </message>
    <message>
        <source>Phân biệt &amp;hoa/thường</source>
        <translation>Match &amp;case</translation>
    </message>
    <message>
        <source>&amp;Nguyên từ</source>
        <translation>W&amp;hole words</translation>
    </message>
    <message>
        <source>Không tìm trong từ dài hơn: "ban" không khớp "Banner"</source>
        <translation>Not inside longer words: "ban" does not match "Banner"</translation>
    </message>
    <message>
        <source>&amp;Thay</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Kết quả tìm</source>
        <translation>Search result</translation>
    </message>
    <message>
        <source>Thay t&amp;ất cả</source>
        <translation>Replace a&amp;ll</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tìm trong biên bản</source>
        <translation>Find in the minutes</translation>
    </message>
    <message>
        <source>Hãy gõ chữ cần tìm.</source>
        <translation>Type the text to find.</translation>
    </message>
    <message>
        <source>Không tìm thấy «%1» trong biên bản.</source>
        <translation>«%1» is not in these minutes.</translation>
    </message>
    <message>
        <source>Kết quả %1/%2: %3</source>
        <translation>Result %1/%2: %3</translation>
    </message>
    <message>
        <source>(đã quay lại từ đầu)</source>
        <translation>(started again from the top)</translation>
    </message>
    <message>
        <source>dòng %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>Biên bản này chỉ xem được: không thay chữ được.</source>
        <translation>These minutes are view-only: nothing can be replaced.</translation>
    </message>
    <message>
        <source>Thay «%1» bằng «%2»</source>
        <translation>Replace «%1» with «%2»</translation>
    </message>
    <message numerus="yes">
        <source>Đã thay %n chỗ.</source>
        <translation>
            <numerusform>Replaced %n occurrence.</numerusform>
            <numerusform>Replaced %n occurrences.</numerusform>
        </translation>
    </message>
    <message>
        <source>(không có ô trong cửa sổ)</source>
        <translation>(not shown in this window)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Ghi tiến độ thực hiện</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <source>&amp;Tình trạng:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Tình trạng thực hiện</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Ngày:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Ngày ghi nhận</source>
        <translation>Date recorded</translation>
    </message>
    <message>
        <source>&amp;Kết quả, ghi chú:</source>
        <translation>&amp;Result, note:</translation>
    </message>
    <message>
        <source>Kết quả, ghi chú</source>
        <translation>Result, note</translation>
    </message>
    <message>
        <source>Ví dụ: Đã tổ chức hội nghị triển khai ngày 05/10.</source>
        <translation>E.g. The launch conference was held on 05/10.</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Dấu và người ký thông báo</source>
        <translation>Marks and notice signer</translation>
    </message>
    <message>
        <source>Phạm vi lưu hành:</source>
        <translation>Circulation:</translation>
    </message>
    <message>
        <source>Chỉ dẫn phạm vi lưu hành</source>
        <translation>Circulation mark</translation>
    </message>
    <message>
        <source>Thẩm quyền ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <source>Thẩm quyền ký thông báo</source>
        <translation>Authority signing the notice</translation>
    </message>
    <message>
        <source>Thay mặt, thừa lệnh:</source>
        <translation>On behalf of:</translation>
    </message>
    <message>
        <source>Ký thay mặt, thừa lệnh</source>
        <translation>Signing on behalf of</translation>
    </message>
    <message>
        <source>Ví dụ: Ban Thường vụ</source>
        <translation>e.g. Standing Committee</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Signer's title:</translation>
    </message>
    <message>
        <source>Chức vụ người ký thông báo</source>
        <translation>Title of the notice's signer</translation>
    </message>
    <message>
        <source>Để trống: người chủ trì ký</source>
        <translation>Leave empty: the chair signs</translation>
    </message>
    <message>
        <source>Họ tên người ký:</source>
        <translation>Signer's name:</translation>
    </message>
    <message>
        <source>Họ tên người ký thông báo</source>
        <translation>Name of the notice's signer</translation>
    </message>
    <message>
        <source>Nhà nước</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Đảng</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Tối mật</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Tuyệt mật</source>
        <translation>Top secret</translation>
    </message>
    <message>
        <source>Mật</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Tên cuộc họp:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Tên cuộc họp</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <source>Ví dụ: Hội nghị giao ban công tác tuyên giáo quý 3/2022</source>
        <translation>For example: Hội nghị giao ban công tác tuyên giáo quý 3/2022</translation>
    </message>
    <message>
        <source>Ngày họp:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Bắt đầu lúc:</source>
        <translation>Starts at:</translation>
    </message>
    <message>
        <source>Giờ bắt đầu</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>kết thúc lúc</source>
        <translation>ends at</translation>
    </message>
    <message>
        <source>Giờ kết thúc</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Địa danh:</source>
        <translation>Place name:</translation>
    </message>
    <message>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố ghi ở dòng ngày tháng, ví dụ: Bắc Kạn</source>
        <translation>Province or city for the date line, for example: Bắc Kạn</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <source>Địa điểm họp</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Ví dụ: Hội trường Ban Tuyên giáo Tỉnh ủy</source>
        <translation>For example: Hội trường Ban Tuyên giáo Tỉnh ủy</translation>
    </message>
    <message>
        <source>Chủ trì:</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <source>Người chủ trì</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Thư ký:</source>
        <translation>Secretary:</translation>
    </message>
    <message>
        <source>Người ghi biên bản</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Thể thức:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Thể thức văn bản</source>
        <translation>Document layout</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên:</source>
        <translation>Parent body:</translation>
    </message>
    <message>
        <source>Cơ quan cấp trên</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <source>Ví dụ: TỈNH ỦY BẮC KẠN</source>
        <translation>For example: TỈNH ỦY BẮC KẠN</translation>
    </message>
    <message>
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <source>Cơ quan ban hành</source>
        <translation>Issuing body</translation>
    </message>
    <message>
        <source>Ví dụ: BAN TUYÊN GIÁO</source>
        <translation>For example: BAN TUYÊN GIÁO</translation>
    </message>
    <message>
        <source>Ký hiệu cơ quan:</source>
        <translation>Body code:</translation>
    </message>
    <message>
        <source>Ký hiệu cơ quan</source>
        <translation>Body code</translation>
    </message>
    <message>
        <source>Ví dụ: BTGTU</source>
        <translation>For example: BTGTU</translation>
    </message>
    <message>
        <source>Số biên bản:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>Số biên bản</source>
        <translation>Minutes number</translation>
    </message>
    <message>
        <source>Để trống nếu chưa cấp số</source>
        <translation>Empty until numbered</translation>
    </message>
    <message>
        <source>Độ mật:</source>
        <translation>Classification:</translation>
    </message>
    <message>
        <source>Độ mật</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Chương trình:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <source>Chương trình, nội dung cuộc họp</source>
        <translation>Agenda of the meeting</translation>
    </message>
    <message>
        <source>Nội dung, chương trình cuộc họp</source>
        <translation>Agenda of the meeting</translation>
    </message>
    <message>
        <source>Tài liệu:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>Tài liệu phục vụ cuộc họp</source>
        <translation>Documents for the meeting</translation>
    </message>
    <message>
        <source>Các báo cáo, tài liệu đã gửi đại biểu</source>
        <translation>Reports and documents sent to the attendees</translation>
    </message>
    <message>
        <source>Thông tin khác:</source>
        <translation>Other information:</translation>
    </message>
    <message>
        <source>Thông tin khác</source>
        <translation>Other information</translation>
    </message>
    <message>
        <source>Kết thúc và nơi nhận</source>
        <translation>Closing and recipients</translation>
    </message>
    <message>
        <source>Câu kết thúc:</source>
        <translation>Closing sentence:</translation>
    </message>
    <message>
        <source>Câu kết thúc biên bản</source>
        <translation>Closing sentence of the minutes</translation>
    </message>
    <message>
        <source>Ví dụ: Biên bản đã được đọc lại và được hội nghị nhất trí thông qua.</source>
        <translation>For example: Biên bản đã được đọc lại và được hội nghị nhất trí thông qua.</translation>
    </message>
    <message>
        <source>Số bản:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>Số bản</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> bản</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>Nơi nhận:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <source>Nơi nhận, mỗi dòng một nơi</source>
        <translation>Recipients, one per line</translation>
    </message>
    <message>
        <source>Mỗi dòng một nơi nhận</source>
        <translation>One recipient per line</translation>
    </message>
</context>
<context>
    <name>LengthLimits</name>
    <message>
        <source>Trường này dài tối đa %1 ký tự; phần vượt quá không được nhận.</source>
        <translation>This field holds at most %1 characters; what goes beyond is not taken.</translation>
    </message>
</context>
<context>
    <name>LegacyTextRepair</name>
    <message>
        <source>Sửa chữ &amp;phông cũ (TCVN3, VNI) trong ô đang gõ</source>
        <translation>Repair &amp;old-font text (TCVN3, VNI) in this field</translation>
    </message>
    <message>
        <source>Chuyển chữ dán từ văn bản cũ (.VnTime, VNI-Times) sang chữ Unicode trong ô đang gõ</source>
        <translation>Turn text pasted from old documents (.VnTime, VNI-Times) into Unicode in the field being edited</translation>
    </message>
    <message>
        <source>Hãy đặt con trỏ vào ô có chữ cần sửa rồi chọn lại lệnh này.</source>
        <translation>Put the cursor in the field to repair, then choose this command again.</translation>
    </message>
    <message>
        <source>Ô này chỉ để xem, không sửa được.</source>
        <translation>This field is view-only and cannot be changed.</translation>
    </message>
    <message>
        <source>Không thấy chữ phông cũ (TCVN3, VNI) trong ô này; không có gì thay đổi.</source>
        <translation>No old-font text (TCVN3, VNI) found in this field; nothing was changed.</translation>
    </message>
    <message>
        <source>Đã chuyển chữ %1 sang Unicode.</source>
        <translation>Converted %1 text to Unicode.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;1 Thông tin chung</source>
        <translation>&amp;1 General</translation>
    </message>
    <message>
        <source>&amp;2 Thành phần</source>
        <translation>&amp;2 Attendees</translation>
    </message>
    <message>
        <source>&amp;3 Báo cáo</source>
        <translation>&amp;3 Reports</translation>
    </message>
    <message>
        <source>&amp;4 Thảo luận</source>
        <translation>&amp;4 Discussion</translation>
    </message>
    <message>
        <source>&amp;5 Kết luận</source>
        <translation>&amp;5 Conclusion</translation>
    </message>
    <message>
        <source>Chưa mở được cuộc họp</source>
        <translation>Could not open the meeting</translation>
    </message>
    <message>
        <source>Không tạo được cuộc họp</source>
        <translation>Could not create the meeting</translation>
    </message>
    <message>
        <source>Cuộc họp mới</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Hoàn tất biên bản</source>
        <translation>Finalize minutes</translation>
    </message>
    <message>
        <source>Hoàn tất biên bản «%1»? Nội dung sẽ bị khóa cho đến khi được mở lại.</source>
        <translation>Finalize the minutes «%1»? The content will be locked until they are reopened.</translation>
    </message>
    <message>
        <source>Không hoàn tất được</source>
        <translation>Could not finalize</translation>
    </message>
    <message>
        <source>Mở lại biên bản</source>
        <translation>Reopen minutes</translation>
    </message>
    <message>
        <source>Mở lại biên bản «%1» để sửa? Bản đã hoàn tất trước đó vẫn được giữ.</source>
        <translation>Reopen the minutes «%1» for editing? The finalized version is kept.</translation>
    </message>
    <message>
        <source>Không mở lại được</source>
        <translation>Could not reopen</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source>&lt;b&gt;Biên bản hội nghị&lt;/b&gt; %1&lt;br&gt;Ghi, in và lưu trữ biên bản hội nghị, không cần mạng.&lt;br&gt;Nội dung được lưu tự động sau mỗi lần sửa.&lt;br&gt;Tệp dữ liệu: %2</source>
        <translation>&lt;b&gt;Meeting minutes&lt;/b&gt; %1&lt;br&gt;Type, print and archive meeting minutes, offline.&lt;br&gt;Every edit is saved automatically.&lt;br&gt;Database: %2</translation>
    </message>
    <message>
        <source>Biên bản hội nghị</source>
        <translation>Meeting minutes</translation>
    </message>
    <message>
        <source>Thông báo chỉ xem</source>
        <translation>Read-only notice</translation>
    </message>
    <message>
        <source>Nội dung cuộc họp</source>
        <translation>Meeting content</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Biên bản</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Cuộc họp &amp;mới</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <source>Tạo một cuộc họp mới với các giá trị mặc định</source>
        <translation>Create a new meeting with the default values</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Cuộc họp mới &amp;từ cuộc họp này</source>
        <translation>New meeting from &amp;this one</translation>
    </message>
    <message>
        <source>Tạo cuộc họp mới, chép đại biểu (điểm danh lại), cơ quan và thể thức</source>
        <translation>Create a new meeting with the same attendees (attendance reset), bodies and layout</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Nhập tệp JSON…</source>
        <translation>&amp;Import JSON…</translation>
    </message>
    <message>
        <source>Nhập một cuộc họp từ tệp JSON</source>
        <translation>Import a meeting from a JSON file</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Xuất tệp &amp;JSON…</source>
        <translation>Export &amp;JSON…</translation>
    </message>
    <message>
        <source>Xuất cuộc họp đang mở ra tệp JSON</source>
        <translation>Export the open meeting to a JSON file</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Xuất &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Xuất biên bản ra tệp PDF</source>
        <translation>Export the minutes to a PDF file</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Xuất &amp;DOCX…</source>
        <translation>Export &amp;DOCX…</translation>
    </message>
    <message>
        <source>Xuất biên bản ra tệp Word (DOCX)</source>
        <translation>Export the minutes to a Word file (DOCX)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Xem trước khi in…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Xem trước biên bản, danh sách đại biểu, thông báo kết luận</source>
        <translation>Preview the minutes, the attendance sheet and the conclusion notice</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>In biên bản</source>
        <translation>Print the minutes</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>T&amp;hoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Đóng chương trình</source>
        <translation>Close the program</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Tìm cuộc họp</source>
        <translation>&amp;Find meeting</translation>
    </message>
    <message>
        <source>Đưa con trỏ vào ô tìm kiếm trong kho lưu trữ</source>
        <translation>Move the cursor to the archive search box</translation>
    </message>
    <message>
        <source>&amp;Cài đặt…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Ngôn ngữ, cơ quan và thể thức mặc định</source>
        <translation>Language, default bodies and layout</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Hoàn tất biên bản…</source>
        <translation>&amp;Finalize minutes…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Mở lại để sửa…</source>
        <translation>&amp;Reopen for editing…</translation>
    </message>
    <message>
        <source>Mở lại biên bản đã hoàn tất để sửa</source>
        <translation>Reopen finalized minutes for editing</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Kho lưu trữ</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>Hiện hoặc ẩn kho lưu trữ để có thêm chỗ ghi biên bản</source>
        <translation>Show or hide the archive to make room for the minutes</translation>
    </message>
    <message>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Thông tin về chương trình</source>
        <translation>About this program</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Đã hoàn tất biên bản; mã đối chiếu %1.</source>
        <translation>Minutes finalized; reference code (mã đối chiếu) %1.</translation>
    </message>
    <message>
        <source>Mã đối chiếu</source>
        <translation>Reference code (mã đối chiếu)</translation>
    </message>
    <message>
        <source>Mã in ở chân trang bản đã ký, để đối chiếu bản giấy với bản lưu</source>
        <translation>The code printed in the footer of the signed copy, to match the paper with the archive</translation>
    </message>
    <message>
        <source>Sao chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Chép mã đối chiếu vào bộ nhớ tạm</source>
        <translation>Copy the reference code to the clipboard</translation>
    </message>
    <message>
        <source>Khóa nội dung biên bản và ghi mã đối chiếu</source>
        <translation>Lock the content of the minutes and record their reference code</translation>
    </message>
</context>
<context>
    <name>MeetingFiles</name>
    <message>
        <source>Lưu tệp</source>
        <translation>Save file</translation>
    </message>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <source>Nhập cuộc họp</source>
        <translation>Import meeting</translation>
    </message>
    <message>
        <source>Tệp JSON (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Đã ghi %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Tệp Word (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <source>Chưa lưu được</source>
        <translation>Could not save yet</translation>
    </message>
    <message>
        <source>Một số thay đổi chưa ghi được vào tệp dữ liệu. Hãy xuất cuộc họp ra tệp JSON để giữ lại, hoặc chờ cho đến khi lưu được.</source>
        <translation>Some changes could not be written to the database yet. Export the meeting to a JSON file to keep them, or wait until saving works again.</translation>
    </message>
    <message>
        <source>Xuất JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <source>Đóng, bỏ thay đổi</source>
        <translation>Close and discard changes</translation>
    </message>
</context>
<context>
    <name>PhraseBankDialog</name>
    <message>
        <source>Danh sách mẫu câu</source>
        <translation>Phrase list</translation>
    </message>
    <message>
        <source>&amp;Thêm</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Lên</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <source>X&amp;uống</source>
        <translation>&amp;Down</translation>
    </message>
    <message>
        <source>&amp;Nhập từ tệp…</source>
        <translation>&amp;Import from file…</translation>
    </message>
    <message>
        <source>Xuất ra tệ&amp;p…</source>
        <translation>E&amp;xport to file…</translation>
    </message>
    <message>
        <source>Thêm lại &amp;mẫu có sẵn</source>
        <translation>Add &amp;built-in phrases</translation>
    </message>
    <message>
        <source>Thêm lại các mẫu câu đi kèm chương trình mà danh sách chưa có</source>
        <translation>Add back the phrases that come with the program and are not in the list</translation>
    </message>
    <message>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Mẫu câu</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Các mẫu câu</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Mẫu câu khi chèn vào cuộc họp đang mở</source>
        <translation>The phrase as inserted in the open meeting</translation>
    </message>
    <message>
        <source>Chỗ trống được điền từ cuộc họp: %1. Chỗ không có thông tin được để là «…».</source>
        <translation>Slots filled from the meeting: %1. A slot without information is left as «…».</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Khi chèn: %1</source>
        <translation>When inserted: %1</translation>
    </message>
    <message>
        <source>Nhập mẫu câu từ tệp</source>
        <translation>Import phrases from a file</translation>
    </message>
    <message>
        <source>Không nhập được mẫu câu</source>
        <translation>Could not import phrases</translation>
    </message>
    <message numerus="yes">
        <source>Đã thêm %n mẫu câu.</source>
        <translation>
            <numerusform>Added %n phrase.</numerusform>
            <numerusform>Added %n phrases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Xuất mẫu câu ra tệp</source>
        <translation>Export phrases to a file</translation>
    </message>
    <message>
        <source>Không xuất được mẫu câu</source>
        <translation>Could not export phrases</translation>
    </message>
    <message>
        <source>Không lưu được mẫu câu</source>
        <translation>Could not save phrases</translation>
    </message>
</context>
<context>
    <name>PhraseInserter</name>
    <message>
        <source>Chèn &amp;mẫu câu…</source>
        <translation>Insert a &amp;phrase…</translation>
    </message>
    <message>
        <source>Chèn một câu hay dùng vào chỗ con trỏ; tên người chủ trì, ngày họp… được điền sẵn</source>
        <translation>Insert a common sentence at the cursor, with the chair's name, the date… filled in</translation>
    </message>
    <message>
        <source>&amp;Danh sách mẫu câu…</source>
        <translation>Phrase &amp;list…</translation>
    </message>
    <message>
        <source>Hãy đặt con trỏ vào ô cần gõ rồi nhấn %1 để chèn mẫu câu.</source>
        <translation>Put the cursor in the field to type in, then press %1 to insert a phrase.</translation>
    </message>
    <message>
        <source>Ô này chỉ để xem, không chèn được.</source>
        <translation>This field is view-only; nothing can be inserted.</translation>
    </message>
</context>
<context>
    <name>PhrasePopup</name>
    <message>
        <source>Chèn mẫu câu</source>
        <translation>Insert a phrase</translation>
    </message>
    <message>
        <source>Lọc mẫu câu</source>
        <translation>Filter phrases</translation>
    </message>
    <message>
        <source>Gõ vài chữ để lọc, không cần dấu (ví dụ: ket luan)</source>
        <translation>Type a few letters to filter, accents optional (e.g. ket luan)</translation>
    </message>
    <message>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Mẫu câu</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>Các mẫu câu</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Enter: chèn vào chỗ con trỏ · Esc: đóng · Sửa › Danh sách mẫu câu: thêm, sửa, nhập, xuất</source>
        <translation>Enter: insert at the cursor · Esc: close · Edit › Phrase list: add, change, import, export</translation>
    </message>
</context>
<context>
    <name>PickDirectivesDialog</name>
    <message>
        <source>Thêm vào cuộc họp</source>
        <translation>Add to the meeting</translation>
    </message>
    <message numerus="yes">
        <source>%n kết luận của các cuộc họp trước</source>
        <translation>
            <numerusform>%n directive of earlier meetings</numerusform>
            <numerusform>%n directives of earlier meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>Thêm kết luận kỳ trước</source>
        <translation>Add earlier directives</translation>
    </message>
    <message>
        <source>Tìm trong nội dung kết luận</source>
        <translation>Search the directives' text</translation>
    </message>
    <message>
        <source>Tìm trong nội dung (gõ không dấu cũng được)…</source>
        <translation>Search the text (accents optional)…</translation>
    </message>
    <message>
        <source>Lọc theo đơn vị thực hiện</source>
        <translation>Filter by unit</translation>
    </message>
    <message>
        <source>Đơn vị…</source>
        <translation>Unit…</translation>
    </message>
    <message>
        <source>Chỉ kết luận &amp;chưa hoàn thành</source>
        <translation>&amp;Unfinished directives only</translation>
    </message>
    <message>
        <source>Kết luận của các cuộc họp trước</source>
        <translation>Directives of earlier meetings</translation>
    </message>
    <message>
        <source>Chọn một hoặc nhiều dòng (Ctrl, Shift) rồi bấm Thêm</source>
        <translation>Select one or more rows (Ctrl, Shift), then Add</translation>
    </message>
</context>
<context>
    <name>PreviousDirectivesPanel</name>
    <message>
        <source>Thêm kết luận kỳ trước…</source>
        <translation>Add earlier directives…</translation>
    </message>
    <message>
        <source>Chọn kết luận của các cuộc họp trước để báo cáo kết quả (Insert)</source>
        <translation>Choose directives of earlier meetings to report on (Insert)</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Chưa có kết luận kỳ trước cần báo cáo. Cuộc họp tạo bằng «Cuộc họp mới từ cuộc họp này» tự mang sang các kết luận chưa hoàn thành.</source>
        <translation>No earlier directive to report on. A meeting made with «New meeting from this one» brings the unfinished directives along.</translation>
    </message>
    <message>
        <source>Chọn từng kết luận, ghi tình trạng và kết quả đơn vị báo cáo.</source>
        <translation>Select each directive and enter the status and result the unit reports.</translation>
    </message>
    <message>
        <source>Kết quả thực hiện kết luận kỳ trước</source>
        <translation>Results on earlier directives</translation>
    </message>
    <message>
        <source>Các kết luận kỳ trước được báo cáo</source>
        <translation>Earlier directives reported on</translation>
    </message>
    <message>
        <source>Chọn một dòng rồi ghi tình trạng và kết quả ở bên dưới</source>
        <translation>Select a row, then enter its status and result below</translation>
    </message>
    <message>
        <source>Tình &amp;trạng:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Tình trạng thực hiện báo cáo tại cuộc họp</source>
        <translation>Status reported at the meeting</translation>
    </message>
    <message>
        <source>&amp;Kết quả thực hiện (đơn vị báo cáo tại cuộc họp):</source>
        <translation>&amp;Result (as the unit reports it at the meeting):</translation>
    </message>
    <message>
        <source>Kết quả thực hiện báo cáo tại cuộc họp</source>
        <translation>Result reported at the meeting</translation>
    </message>
    <message>
        <source>Ví dụ: Đã rà soát xong, 8/8 huyện, thành phố đạt chỉ tiêu.</source>
        <translation>E.g. Review finished, 8 of 8 districts met the target.</translation>
    </message>
</context>
<context>
    <name>PreviousDirectivesTableModel</name>
    <message>
        <source>Kết luận kỳ trước</source>
        <translation>Earlier directive</translation>
    </message>
    <message>
        <source>Đơn vị thực hiện</source>
        <translation>Unit responsible</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kết quả thực hiện</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>(chưa báo cáo)</source>
        <translation>(not reported)</translation>
    </message>
    <message>
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Không thực hiện</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>PrintMarks</name>
    <message>
        <source>Không</source>
        <translation>None</translation>
    </message>
    <message>
        <source>LƯU HÀNH NỘI BỘ</source>
        <translation>INTERNAL CIRCULATION</translation>
    </message>
    <message>
        <source>XEM XONG TRẢ LẠI</source>
        <translation>RETURN AFTER READING</translation>
    </message>
    <message>
        <source>TRẢ LẠI SAU KHI HỌP</source>
        <translation>RETURN AFTER THE MEETING</translation>
    </message>
    <message>
        <source>(người chủ trì ký)</source>
        <translation>(the chair signs)</translation>
    </message>
    <message>
        <source>Để trống: người chủ trì ký</source>
        <translation>Leave empty: the chair signs</translation>
    </message>
    <message>
        <source>Chương trình in thêm: %1</source>
        <translation>The program adds: %1</translation>
    </message>
    <message>
        <source>Chương trình không in thêm câu nào.</source>
        <translation>The program adds no sentence.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Danh sách đại biểu</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Thông báo kết luận</source>
        <translation>Conclusion notice</translation>
    </message>
    <message numerus="yes">
        <source>%n trang</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>Máy in không nhận lệnh in: %1</source>
        <translation>The printer did not accept the job: %1</translation>
    </message>
    <message>
        <source>Xem trước khi in</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>&amp;Văn bản:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Văn bản cần xem</source>
        <translation>Document to preview</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Trang văn bản</source>
        <translation>Document pages</translation>
    </message>
</context>
<context>
    <name>RecentSpeakersStrip</name>
    <message>
        <source>Người phát biểu gần đây số {number}: {name}</source>
        <translation>Recent speaker {number}: {name}</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>Ghi tiến độ kết luận %1</source>
        <translation>Record progress on directive %1</translation>
    </message>
    <message>
        <source>Gộp đơn vị vào «%1»</source>
        <translation>Merge units into «%1»</translation>
    </message>
</context>
<context>
    <name>RegisterHooks</name>
    <message>
        <source>&amp;Theo dõi thực hiện kết luận…</source>
        <translation>&amp;Directive register…</translation>
    </message>
    <message>
        <source>Các kết luận của mọi cuộc họp: tình trạng, quá hạn, theo dõi (Ctrl+Shift+T)</source>
        <translation>The directives of every meeting: status, overdue, follow-up (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Mở sổ theo dõi, chỉ các kết luận quá hạn</source>
        <translation>Open the register on overdue directives only</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n kết luận quá hạn</source>
        <translation>
            <numerusform>⚠ %n overdue directive</numerusform>
            <numerusform>⚠ %n overdue directives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Thêm %n kết luận kỳ trước</source>
        <translation>
            <numerusform>Add %n earlier directive</numerusform>
            <numerusform>Add %n earlier directives</numerusform>
        </translation>
    </message>
    <message>
        <source>Không thêm được</source>
        <translation>Could not add</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Nội dung kết luận</source>
        <translation>Directive</translation>
    </message>
    <message>
        <source>Đơn vị thực hiện</source>
        <translation>Unit responsible</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Theo dõi gần nhất</source>
        <translation>Latest follow-up</translation>
    </message>
    <message>
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Không thực hiện</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>%1 — quá hạn</source>
        <translation>%1 — overdue</translation>
    </message>
    <message>
        <source>Bấm để mở cuộc họp tại kết luận này:
%1</source>
        <translation>Click to open the meeting at this directive:
%1</translation>
    </message>
</context>
<context>
    <name>RegisterWindow</name>
    <message>
        <source>Mọi tình trạng</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message numerus="yes">
        <source>%n kết luận</source>
        <translation>
            <numerusform>%n directive</numerusform>
            <numerusform>%n directives</numerusform>
        </translation>
    </message>
    <message>
        <source>Gộp đơn vị</source>
        <translation>Merge units</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Tệp Word (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Tệp CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Lưu báo cáo</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>(mọi ngày)</source>
        <translation>(any date)</translation>
    </message>
    <message>
        <source>Báo cáo PDF…</source>
        <translation>Report as PDF…</translation>
    </message>
    <message>
        <source>Báo cáo Word (DOCX)…</source>
        <translation>Report as Word (DOCX)…</translation>
    </message>
    <message>
        <source>Bảng tính Excel (XLSX)…</source>
        <translation>Excel sheet (XLSX)…</translation>
    </message>
    <message>
        <source>Bảng CSV…</source>
        <translation>CSV table…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; kết luận</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; directives</translation>
    </message>
    <message>
        <source>%1 hoàn thành đúng hạn</source>
        <translation>%1 done on time</translation>
    </message>
    <message>
        <source>%1 hoàn thành quá hạn</source>
        <translation>%1 done late</translation>
    </message>
    <message>
        <source>%1 đang thực hiện trong hạn</source>
        <translation>%1 in progress on time</translation>
    </message>
    <message>
        <source>%1 đang thực hiện quá hạn</source>
        <translation>%1 in progress overdue</translation>
    </message>
    <message>
        <source>%1 không thực hiện</source>
        <translation>%1 not done</translation>
    </message>
    <message>
        <source>Gộp %1 vào đơn vị (chọn hoặc gõ tên sẽ hiển thị):</source>
        <translation>Merge %1 into the unit (choose, or type the name to show):</translation>
    </message>
    <message>
        <source>Không ghi được báo cáo</source>
        <translation>Could not write the report</translation>
    </message>
    <message>
        <source>Đã ghi %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>tỷ lệ hoàn thành %1%</source>
        <translation>completion rate %1%</translation>
    </message>
    <message>
        <source>Theo dõi thực hiện kết luận</source>
        <translation>Directive register</translation>
    </message>
    <message>
        <source>&amp;Tình trạng:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Lọc theo tình trạng</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Chỉ &amp;quá hạn</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>Đơn &amp;vị:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Lọc theo đơn vị thực hiện</source>
        <translation>Filter by unit</translation>
    </message>
    <message>
        <source>gõ không dấu cũng được</source>
        <translation>accents optional</translation>
    </message>
    <message>
        <source>&amp;Họp từ:</source>
        <translation>&amp;Meetings from:</translation>
    </message>
    <message>
        <source>Cuộc họp từ ngày</source>
        <translation>Meetings from</translation>
    </message>
    <message>
        <source>đế&amp;n:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <source>Cuộc họp đến ngày</source>
        <translation>Meetings to</translation>
    </message>
    <message>
        <source>Tìm trong nội dung kết luận</source>
        <translation>Search the directives' text</translation>
    </message>
    <message>
        <source>Tìm trong nội dung…</source>
        <translation>Search the text…</translation>
    </message>
    <message>
        <source>&amp;Bỏ lọc</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>Tổng hợp</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Số kết luận theo đơn vị</source>
        <translation>Directives per unit</translation>
    </message>
    <message>
        <source>Theo đơn vị:
bấm một dòng để lọc,
chọn nhiều dòng để gộp.</source>
        <translation>Per unit:
click a row to filter,
select rows to merge.</translation>
    </message>
    <message>
        <source>&amp;Gộp đơn vị…</source>
        <translation>&amp;Merge units…</translation>
    </message>
    <message>
        <source>Gộp các cách ghi khác nhau của một đơn vị (chọn một hoặc nhiều dòng bên trái)</source>
        <translation>Merge the spellings of one unit (select one or more rows on the left)</translation>
    </message>
    <message>
        <source>Các kết luận trong kho lưu trữ</source>
        <translation>Directives in the archive</translation>
    </message>
    <message>
        <source>Enter hoặc bấm tên cuộc họp để mở cuộc họp tại kết luận; F2 ghi tiến độ</source>
        <translation>Enter, or click the meeting's name, opens the meeting at the directive; F2 records progress</translation>
    </message>
    <message>
        <source>Ghi &amp;tiến độ…</source>
        <translation>Record &amp;progress…</translation>
    </message>
    <message>
        <source>Ghi tình trạng, ngày và kết quả thực hiện của kết luận đang chọn (F2)</source>
        <translation>Record the status, date and result of the selected directive (F2)</translation>
    </message>
    <message>
        <source>&amp;Mở cuộc họp</source>
        <translation>&amp;Open the meeting</translation>
    </message>
    <message>
        <source>Mở cuộc họp đã giao kết luận này, tại đúng kết luận (Enter)</source>
        <translation>Open the meeting that gave this directive, at the directive (Enter)</translation>
    </message>
    <message>
        <source>&amp;In, xuất báo cáo</source>
        <translation>&amp;Print, export report</translation>
    </message>
    <message>
        <source>Báo cáo theo bộ lọc đang chọn: PDF, Word, Excel hoặc CSV</source>
        <translation>The register as filtered: PDF, Word, Excel or CSV</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Thêm báo cáo</source>
        <translation>Add report</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Danh sách báo cáo</source>
        <translation>List of reports</translation>
    </message>
    <message>
        <source>Tên báo cáo:</source>
        <translation>Report title:</translation>
    </message>
    <message>
        <source>Tên báo cáo</source>
        <translation>Report title</translation>
    </message>
    <message>
        <source>Ví dụ: Báo cáo kết quả công tác quý 3</source>
        <translation>For example: Báo cáo kết quả công tác quý 3</translation>
    </message>
    <message>
        <source>Người trình bày:</source>
        <translation>Presenter:</translation>
    </message>
    <message>
        <source>Người trình bày</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Giờ trình bày:</source>
        <translation>Time presented:</translation>
    </message>
    <message>
        <source>Giờ trình bày</source>
        <translation>Time presented</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Nội dung tóm tắt:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>Nội dung báo cáo</source>
        <translation>Content of the report</translation>
    </message>
    <message>
        <source>Tóm tắt nội dung báo cáo như được trình bày tại cuộc họp</source>
        <translation>Summary of the report as presented at the meeting</translation>
    </message>
</context>
<context>
    <name>ReportsTableModel</name>
    <message>
        <source>Giờ</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tên báo cáo</source>
        <translation>Report title</translation>
    </message>
    <message>
        <source>Người trình bày</source>
        <translation>Presenter</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Lỗi lưu</source>
        <translation>Save error</translation>
    </message>
    <message>
        <source>Mọi thay đổi được lưu tự động</source>
        <translation>Every change is saved automatically</translation>
    </message>
    <message>
        <source>Trạng thái lưu</source>
        <translation>Save status</translation>
    </message>
    <message>
        <source>Chỉ xem</source>
        <translation>View only</translation>
    </message>
    <message>
        <source>Đã lưu lúc %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Chưa lưu</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Đã giữ trên máy này lúc %1</source>
        <translation>Kept on this computer at %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Cơ quan nhà nước (Nghị định 30/2020)</source>
        <translation>State agency (Decree 30/2020)</translation>
    </message>
    <message>
        <source>Cơ quan Đảng (Hướng dẫn 36-HD/VPTW)</source>
        <translation>Party body (Guideline 36-HD/VPTW)</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới có hiệu lực từ lần mở chương trình sau.</source>
        <translation>A new language takes effect the next time the program starts.</translation>
    </message>
    <message>
        <source>Cơ quan &amp;cấp trên:</source>
        <translation>&amp;Parent body:</translation>
    </message>
    <message>
        <source>Cơ quan &amp;ban hành:</source>
        <translation>&amp;Issuing body:</translation>
    </message>
    <message>
        <source>&amp;Ký hiệu cơ quan:</source>
        <translation>Body &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Thể thức:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>Đị&amp;a danh:</source>
        <translation>Place &amp;name:</translation>
    </message>
</context>
<context>
    <name>SpellCheck</name>
    <message>
        <source>Kiểm tra &amp;chính tả khi gõ</source>
        <translation>Check &amp;spelling as you type</translation>
    </message>
    <message>
        <source>Gạch chân đỏ các từ không phải tiếng Việt; bấm chuột phải vào từ để xem gợi ý</source>
        <translation>Underline in red the words that are not Vietnamese; right-click a word for suggestions</translation>
    </message>
    <message>
        <source>Đã thêm «%1» vào từ điển riêng.</source>
        <translation>Added «%1» to your own word list.</translation>
    </message>
    <message>
        <source>(không có gợi ý)</source>
        <translation>(no suggestions)</translation>
    </message>
    <message>
        <source>Thêm «%1» vào từ điển</source>
        <translation>Add «%1» to the dictionary</translation>
    </message>
</context>
<context>
    <name>UndoInView</name>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>&amp;Làm lại: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
</context>
<context>
    <name>UndoNames</name>
    <message>
        <source>tên cuộc họp</source>
        <translation>the title</translation>
    </message>
    <message>
        <source>ngày họp</source>
        <translation>the date</translation>
    </message>
    <message>
        <source>thể thức</source>
        <translation>the layout</translation>
    </message>
    <message>
        <source>cơ quan cấp trên</source>
        <translation>the parent body</translation>
    </message>
    <message>
        <source>cơ quan ban hành</source>
        <translation>the issuing body</translation>
    </message>
    <message>
        <source>ký hiệu cơ quan</source>
        <translation>the body code</translation>
    </message>
    <message>
        <source>số biên bản</source>
        <translation>the number</translation>
    </message>
    <message>
        <source>địa danh</source>
        <translation>the place name</translation>
    </message>
    <message>
        <source>giờ bắt đầu</source>
        <translation>the start time</translation>
    </message>
    <message>
        <source>giờ kết thúc</source>
        <translation>the end time</translation>
    </message>
    <message>
        <source>địa điểm</source>
        <translation>the location</translation>
    </message>
    <message>
        <source>chương trình</source>
        <translation>the agenda</translation>
    </message>
    <message>
        <source>tài liệu</source>
        <translation>the documents</translation>
    </message>
    <message>
        <source>thông tin khác</source>
        <translation>the other information</translation>
    </message>
    <message>
        <source>người chủ trì</source>
        <translation>the chair</translation>
    </message>
    <message>
        <source>thư ký</source>
        <translation>the secretary</translation>
    </message>
    <message>
        <source>độ mật</source>
        <translation>the secrecy mark</translation>
    </message>
    <message>
        <source>phạm vi lưu hành</source>
        <translation>the circulation mark</translation>
    </message>
    <message>
        <source>kết luận</source>
        <translation>the conclusion</translation>
    </message>
    <message>
        <source>câu kết thúc</source>
        <translation>the closing sentence</translation>
    </message>
    <message>
        <source>số bản</source>
        <translation>the number of copies</translation>
    </message>
    <message>
        <source>nơi nhận</source>
        <translation>the recipients</translation>
    </message>
    <message>
        <source>người ký thông báo</source>
        <translation>the notice signer</translation>
    </message>
    <message>
        <source>họ tên</source>
        <translation>name</translation>
    </message>
    <message>
        <source>chức vụ</source>
        <translation>position</translation>
    </message>
    <message>
        <source>đơn vị</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>thành phần</source>
        <translation>attendees</translation>
    </message>
    <message>
        <source>tình trạng có mặt</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>nhóm thành phần</source>
        <translation>group</translation>
    </message>
    <message>
        <source>lý do vắng</source>
        <translation>reason for absence</translation>
    </message>
    <message>
        <source>người được dự thay</source>
        <translation>substitute for</translation>
    </message>
    <message>
        <source>giờ đến</source>
        <translation>arrival time</translation>
    </message>
    <message>
        <source>giờ về</source>
        <translation>departure time</translation>
    </message>
    <message>
        <source>tên</source>
        <translation>title</translation>
    </message>
    <message>
        <source>người trình bày</source>
        <translation>presenter</translation>
    </message>
    <message>
        <source>giờ</source>
        <translation>time</translation>
    </message>
    <message>
        <source>người phát biểu</source>
        <translation>speaker</translation>
    </message>
    <message>
        <source>báo cáo được bàn</source>
        <translation>report discussed</translation>
    </message>
    <message>
        <source>nội dung</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>số tán thành</source>
        <translation>votes in favour</translation>
    </message>
    <message>
        <source>số không tán thành</source>
        <translation>votes against</translation>
    </message>
    <message>
        <source>số ý kiến khác</source>
        <translation>other opinions</translation>
    </message>
    <message>
        <source>đơn vị thực hiện</source>
        <translation>assignee</translation>
    </message>
    <message>
        <source>hạn chót</source>
        <translation>last day</translation>
    </message>
    <message>
        <source>thời hạn</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>tình trạng</source>
        <translation>status</translation>
    </message>
    <message>
        <source>kết quả</source>
        <translation>result</translation>
    </message>
    <message>
        <source>đ/c %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>người số %1</source>
        <translation>attendee %1</translation>
    </message>
    <message>
        <source>ý kiến của đ/c %1</source>
        <translation>the contribution of %1</translation>
    </message>
    <message>
        <source>ý kiến số %1</source>
        <translation>contribution %1</translation>
    </message>
    <message>
        <source>báo cáo «%1»</source>
        <translation>report «%1»</translation>
    </message>
    <message>
        <source>biểu quyết «%1»</source>
        <translation>vote «%1»</translation>
    </message>
    <message>
        <source>báo cáo số %1</source>
        <translation>report %1</translation>
    </message>
    <message>
        <source>biểu quyết số %1</source>
        <translation>vote %1</translation>
    </message>
    <message>
        <source>nhiệm vụ số %1</source>
        <translation>task %1</translation>
    </message>
    <message>
        <source>kết luận kỳ trước số %1</source>
        <translation>earlier directive %1</translation>
    </message>
    <message>
        <source>dòng số %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>sửa %1</source>
        <translation>edit %1</translation>
    </message>
    <message>
        <source>điểm danh %1</source>
        <translation>roll call: %1</translation>
    </message>
    <message>
        <source>sửa %1 — %2</source>
        <translation>edit %1 — %2</translation>
    </message>
    <message>
        <source>thêm %1</source>
        <translation>add %1</translation>
    </message>
    <message>
        <source>xóa %1</source>
        <translation>delete %1</translation>
    </message>
    <message>
        <source>các báo cáo</source>
        <translation>reports</translation>
    </message>
    <message>
        <source>các ý kiến</source>
        <translation>contributions</translation>
    </message>
    <message>
        <source>các biểu quyết</source>
        <translation>votes</translation>
    </message>
    <message>
        <source>các nhiệm vụ</source>
        <translation>tasks</translation>
    </message>
    <message>
        <source>các kết luận kỳ trước</source>
        <translation>earlier directives</translation>
    </message>
    <message>
        <source>đổi thứ tự %1</source>
        <translation>reorder %1</translation>
    </message>
    <message>
        <source>xóa %1 dòng ở %2</source>
        <translation>delete %1 rows of %2</translation>
    </message>
</context>
<context>
    <name>UnitCountsModel</name>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Đang làm</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(chưa ghi đơn vị)</source>
        <translation>(no unit given)</translation>
    </message>
    <message numerus="yes">
        <source>%n quá hạn</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n đang thực hiện</source>
        <translation>
            <numerusform>%n in progress</numerusform>
            <numerusform>%n in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hoàn thành</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n không thực hiện</source>
        <translation>
            <numerusform>%n not done</numerusform>
            <numerusform>%n not done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotesPanel</name>
    <message>
        <source>Biểu quyết</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Các nội dung biểu quyết</source>
        <translation>Votes taken</translation>
    </message>
    <message>
        <source>Insert thêm dòng, Delete xóa, Alt+Lên/Xuống đổi thứ tự</source>
        <translation>Insert adds a row, Delete removes, Alt+Up/Down reorders</translation>
    </message>
    <message>
        <source>Cảnh báo số phiếu biểu quyết</source>
        <translation>Vote count warning</translation>
    </message>
    <message>
        <source>Thêm biểu quyết</source>
        <translation>Add vote</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Thành viên có mặt: {present}</source>
        <translation>Members present: {present}</translation>
    </message>
    <message>
        <source>⚠ «{subject}»: tổng {total} phiếu, nhiều hơn {present} thành viên có mặt.</source>
        <translation>⚠ «{subject}»: {total} votes in all, more than the {present} members present.</translation>
    </message>
    <message>
        <source>(chưa có nội dung)</source>
        <translation>(no subject yet)</translation>
    </message>
</context>
<context>
    <name>VotesTableModel</name>
    <message>
        <source>Nội dung biểu quyết</source>
        <translation>Subject of the vote</translation>
    </message>
    <message>
        <source>Tán thành</source>
        <translation>In favour</translation>
    </message>
    <message>
        <source>Không tán thành</source>
        <translation>Against</translation>
    </message>
    <message>
        <source>Ý kiến khác</source>
        <translation>Other opinions</translation>
    </message>
    <message>
        <source>Tổng số phiếu</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tổng số phiếu ({total}) nhiều hơn số thành viên có mặt ({present}).</source>
        <translation>The total ({total}) is more than the members present ({present}).</translation>
    </message>
</context>
</TS>

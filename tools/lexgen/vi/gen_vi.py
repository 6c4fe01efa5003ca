#!/usr/bin/env python3
"""Productive Vietnamese trigger rows for data/vi/triggers.tsv: verb x object families with `~` gaps, statement
verbs x acts, titles after tiếp/hội kiến/gặp, aid, sanctions, releases, deployments... Rows whose phrase is already
in the hand-written part are skipped (the hand-written row wins); a gap row that would tie, with no word in its gap,
with a plain phrase of another type is dropped.

    python3 tools/lexgen/vi/gen_vi.py data/vi/triggers.tsv     # rewrite everything after the `# productive rows:` line

See tools/lexgen/vi/README.md.
"""
import sys, unicodedata

ROWS = []
def R(phrase, typ, mode, cameo, ctx, src, tgt, note):
    ROWS.append((" ".join(phrase.split()), typ, mode, cameo, ctx, src, tgt, note))

def each(verbs, nouns, typ, mode, cameo, ctx, src, tgt, note, gap=True, bare=True):
    for v in verbs:
        for n in nouns:
            if bare: R(f"{v} {n}", typ, mode, cameo, ctx, src, tgt, note)
            if gap: R(f"{v} ~ {n}", typ, mode, cameo, ctx, src, tgt, note + " (words between)")

# ------------------------------------------------------------------ CONSULT
TITLES = ["tổng thống", "phó tổng thống", "thủ tướng", "phó thủ tướng", "chủ tịch", "phó chủ tịch",
          "chủ tịch nước", "phó chủ tịch nước", "tổng bí thư", "chủ tịch quốc hội", "phó chủ tịch quốc hội",
          "bộ trưởng", "bộ trưởng ngoại giao", "bộ trưởng quốc phòng", "bộ trưởng công an", "bộ trưởng nội vụ",
          "bộ trưởng thương mại", "bộ trưởng tài chính", "bộ trưởng kinh tế", "bộ trưởng năng lượng",
          "ngoại trưởng", "thứ trưởng", "thứ trưởng ngoại giao", "thứ trưởng quốc phòng", "đại sứ",
          "tân đại sứ", "đại sứ đặc mệnh toàn quyền", "đại biện", "tổng lãnh sự", "đặc phái viên", "đặc sứ",
          "phái viên", "quốc vương", "nhà vua", "nữ hoàng", "hoàng tử", "thái tử", "tổng thư ký",
          "tổng tư lệnh", "tư lệnh", "tổng tham mưu trưởng", "tham mưu trưởng", "đô đốc", "đoàn đại biểu",
          "phái đoàn", "đoàn", "nghị sĩ", "thượng nghị sĩ", "chủ tịch thượng viện", "chủ tịch hạ viện",
          "người đồng cấp", "lãnh đạo", "nhà lãnh đạo", "thống đốc", "cố vấn an ninh quốc gia",
          "trưởng đoàn", "đại diện", "cựu tổng thống", "cựu thủ tướng", "phó tổng thư ký", "tổng thống đắc cử"]
for t in TITLES:
    R(f"tiếp {t}", "CONSULT", "visit", "043", "diplomatic", "obj", "subj", "receive the visiting official (visitor after)")
    R(f"tiếp kiến {t}", "CONSULT", "visit", "043", "diplomatic", "obj", "subj", "receive in audience")
    R(f"đón {t}", "CONSULT", "visit", "043", "diplomatic", "obj", "subj", "welcome the visiting official")
    R(f"đón tiếp {t}", "CONSULT", "visit", "043", "diplomatic", "obj", "subj", "welcome the visiting official")
    R(f"tiếp xã giao {t}", "CONSULT", "visit", "043", "diplomatic", "obj", "subj", "courtesy call received")
    R(f"hội kiến {t}", "CONSULT", "visit", "042", "diplomatic", "subj", "obj", "call on (the visitor is the subject)")
    R(f"hội kiến với {t}", "CONSULT", "visit", "042", "diplomatic", "subj", "obj", "call on")
    R(f"gặp {t}", "CONSULT", "", "040", "diplomatic", "subj", "obj", "meet the official")
    R(f"gặp gỡ {t}", "CONSULT", "", "040", "diplomatic", "subj", "obj", "meet the official")
    R(f"gặp mặt {t}", "CONSULT", "", "040", "diplomatic", "subj", "obj", "meet the official")
    R(f"hội đàm với {t}", "CONSULT", "", "040", "diplomatic", "subj", "obj", "talks with the official")
    R(f"điện đàm với {t}", "CONSULT", "phone", "041", "diplomatic", "subj", "obj", "phone call with")
    R(f"làm việc với {t}", "CONSULT", "", "040", "diplomatic", "subj", "obj", "working meeting with")
    R(f"tiếp xúc với {t}", "CONSULT", "", "040", "diplomatic", "subj", "obj", "contact with")
    R(f"trao đổi với {t}", "CONSULT", "", "040", "diplomatic", "subj", "obj", "exchange views with")
    R(f"gọi điện cho {t}", "CONSULT", "phone", "041", "diplomatic", "subj", "obj", "phone")
    R(f"cuộc gặp với {t}", "CONSULT", "", "040", "diplomatic", "subj", "obj", "meeting with")
    R(f"cuộc hội đàm với {t}", "CONSULT", "", "040", "diplomatic", "subj", "obj", "talks with")
    R(f"cuộc điện đàm với {t}", "CONSULT", "phone", "041", "diplomatic", "subj", "obj", "phone call with")

MEET = {"hội đàm": ("040", ""), "hội kiến": ("042", "visit"), "gặp": ("040", ""), "gặp gỡ": ("040", ""),
        "gặp mặt": ("040", ""), "điện đàm": ("041", "phone"), "đàm phán": ("046", ""), "tham vấn": ("040", ""),
        "thảo luận": ("040", ""), "đối thoại": ("040", ""), "tiếp xúc": ("040", ""), "trao đổi ý kiến": ("040", ""),
        "trao đổi quan điểm": ("040", ""), "họp": ("040", ""), "làm việc": ("040", ""), "thương lượng": ("046", ""),
        "thương thảo": ("046", ""), "hòa đàm": ("046", ""), "gặp song phương": ("040", ""),
        "gặp thượng đỉnh": ("040", ""), "hội đàm trực tuyến": ("041", "phone"), "điện thoại": ("041", "phone"),
        "hội nghị trực tuyến": ("041", "phone"), "gặp trực tuyến": ("041", "phone"), "gặp riêng": ("040", "")}
NOUNCL = ["cuộc", "buổi", "các cuộc", "những cuộc", "vòng", "phiên", "đợt"]
LEAD = ["có", "tiến hành", "tổ chức", "đã có", "có cuộc", "tiến hành cuộc", "tổ chức cuộc", "có buổi",
        "đồng chủ trì", "chủ trì", "dự", "tham dự", "bắt đầu", "kết thúc", "mở đầu", "nối lại", "tiếp tục"]
for m, (c, mode) in MEET.items():
    for tail in ["với", "cùng", "giữa"]:
        src, tgt = ("obj", "with") if tail == "giữa" else ("subj", "with")
        R(f"{m} {tail}", "CONSULT", mode, c, "diplomatic", src, tgt, f"{m} {tail}")
    for ld in []:
        if ld in ("có", "đã có") and m in ("họp", "làm việc"):
            continue
        R(f"{ld} {m}", "CONSULT", mode, c, "diplomatic", "subj", "with", f"{ld} {m}")
        R(f"{ld} {m} với", "CONSULT", mode, c, "diplomatic", "subj", "with", f"{ld} {m} with")
        R(f"{ld} cuộc {m} với", "CONSULT", mode, c, "diplomatic", "subj", "with", f"{ld} {m} with")
    for adj in ["cấp cao", "song phương", "chính thức", "kín", "trực tiếp", "bên lề", "lần đầu", "lần đầu tiên",
                "cấp bộ trưởng", "cấp thứ trưởng", "cấp chuyên viên", "thẳng thắn", "thực chất", "quan trọng",
                "hẹp", "mở rộng", "riêng", "trực tuyến", "qua điện thoại", "khẩn cấp", "thường niên", "định kỳ"]:
        R(f"{m} {adj}", "CONSULT", mode, c, "diplomatic", "subj", "with", f"{m} {adj}")
        R(f"cuộc {m} {adj}", "CONSULT", mode, c, "diplomatic", "subj", "with", f"{m} {adj} (noun)")
        R(f"{m} {adj} với", "CONSULT", mode, c, "diplomatic", "subj", "with", f"{m} {adj} with")

# visits: visitor = subject, host after
VISIT_ADJ = ["", "chính thức", "cấp nhà nước", "làm việc", "hữu nghị", "hữu nghị chính thức", "cấp cao",
             "ngoại giao", "lịch sử", "đầu tiên", "chính thức đầu tiên", "ngắn ngày", "hai ngày", "ba ngày",
             "bốn ngày", "năm ngày", "ba ngày tới", "hai ngày tới", "thiện chí", "kết hợp", "không báo trước",
             "bất ngờ", "tới", "đến", "sang", "chính thức tới", "chính thức đến", "cấp nhà nước tới",
             "cấp nhà nước đến", "làm việc tới", "làm việc đến", "và làm việc", "và làm việc tại",
             "chính thức và làm việc", "thăm chính thức", "cấp bộ trưởng", "ngoại giao con thoi"]
VISIT_LEAD = ["", "tiến hành", "thực hiện", "có", "đang có", "bắt đầu", "kết thúc", "nhân", "trong", "trong khuôn khổ",
              "nhân dịp", "đang trong", "đang thực hiện", "kết thúc tốt đẹp", "trong chuyến", "bắt đầu chuyến",
              "kết thúc chuyến", "thực hiện chuyến", "tiến hành chuyến", "có chuyến", "đang có chuyến"]
for ld in ["", "thăm"]:
    for adj in VISIT_ADJ:
        p = (f"chuyến thăm {adj}" if ld == "" else f"thăm {adj}").strip()
        R(p, "CONSULT", "visit", "042", "diplomatic", "subj", "obj", "visit (visitor before, host after)")
for adj in ["chính thức", "cấp nhà nước", "làm việc", "hữu nghị", "cấp cao", "ngoại giao", "riêng",
            "tới", "đến", "sang", "chính thức tới", "chính thức đến"]:
    for ld in ["", "đến", "tới", "sang", "ghé", "lên đường", "lên đường sang", "đi", "công du"]:
        p = f"{ld} thăm {adj}".strip()
        R(p, "CONSULT", "visit", "042", "diplomatic", "subj", "obj", "visit")
for p in ["công du", "chuyến công du", "chuyến công tác", "công tác tại", "chuyến công tác tới", "chuyến công tác đến",
          "thăm Nhà Trắng", "tới Nhà Trắng", "đến Nhà Trắng", "đặt chân tới", "đặt chân đến", "có mặt tại",
          "đến thủ đô", "tới thủ đô",
          "chuyến thăm chính thức tới", "chuyến thăm cấp nhà nước tới", "chuyến thăm làm việc tại",
          "thăm chính thức và dự", "đoàn đại biểu cấp cao", "dẫn đầu đoàn đại biểu", "dẫn đầu phái đoàn",
          "dẫn đầu đoàn", "tháp tùng", "chuyến thăm đáp lễ",
          "thăm đáp lễ", "chuyến công du châu Á", "chuyến công du châu Âu"]:
    tgt = "to" if p.split()[-1] in ("tới", "đến", "tại", "xuống") else "obj"
    R(p, "CONSULT", "visit", "042", "diplomatic", "subj", tgt, "visit, travel to")
# hosting
for v in ["tiếp", "đón", "tiếp đón", "đón tiếp", "tiếp kiến", "chào đón", "nghênh đón"]:
    for adj in ["chính thức", "trọng thể", "long trọng", "nồng hậu", "thân mật", "xã giao", "tại phủ chủ tịch",
                "tại trụ sở", "tại dinh tổng thống", "tại điện kremlin", "tại nhà trắng", "tại văn phòng",
                "tại sân bay", "theo nghi thức", "với nghi thức cao nhất", "cấp nhà nước"]:
        R(f"{v} {adj}", "CONSULT", "visit", "043", "diplomatic", "obj", "subj", "host the visitor (visitor after)")
for p in ["lễ đón chính thức", "lễ đón trọng thể", "chủ trì lễ đón", "chủ trì lễ đón chính thức", "chủ trì lễ đón trọng thể",
          "chủ trì tiệc chiêu đãi", "chiêu đãi trọng thể", "chủ trì quốc yến", "mở tiệc chiêu đãi",
          "bắn 21 phát đại bác chào mừng", "buổi tiếp", "trong buổi tiếp", "tại buổi tiếp", "buổi tiếp xã giao"]:
    R(p, "CONSULT", "visit", "043", "diplomatic", "subj", "obj", "host a visit (host before, guest after)")
# phone
for p in ["điện đàm", "cuộc điện đàm", "có cuộc điện đàm", "điện đàm trực tuyến", "nói chuyện điện thoại",
          "nói chuyện qua điện thoại", "trao đổi qua điện thoại", "trao đổi điện thoại", "gọi điện thoại",
          "cuộc gọi điện thoại", "có cuộc gọi", "cuộc gọi với", "gọi điện cho", "gọi điện thoại cho",
          "điện thoại cho", "hội đàm qua điện thoại", "gặp trực tuyến", "hội nghị trực tuyến với",
          "hội đàm trực tuyến với", "cuộc hội đàm trực tuyến", "điện đàm với người đồng cấp",
          "điện đàm lần thứ hai", "điện đàm lần đầu", "cuộc điện đàm đầu tiên", "gửi thư cho", "gửi điện cho",
          "gửi thông điệp", "gửi thông điệp tới", "trao thông điệp", "chuyển thông điệp", "trao thư của",
          "gửi công hàm", "trao công hàm", "gửi thư tới", "trao đổi thư", "trao đổi thư từ"]:
    R(p, "CONSULT", "phone", "041", "diplomatic", "subj", "with", "phone call, letters")
for p in ["họp ủy ban", "họp ủy ban biên giới chung", "họp ủy ban hỗn hợp", "họp ủy ban liên chính phủ", "kỳ họp ủy ban",
          "phiên họp ủy ban", "cuộc họp ủy ban", "họp ~ ủy ban ~ chung", "họp ủy ban ~ chung", "họp ủy ban hợp tác",
          "họp ủy ban chung", "kỳ họp thứ ~ ủy ban", "họp nhóm công tác chung", "họp nhóm làm việc chung",
          "họp cơ chế", "đối thoại chiến lược", "đối thoại an ninh", "đối thoại quốc phòng", "đối thoại chính sách quốc phòng",
          "tham vấn chính trị", "tham khảo chính trị", "đối thoại 2+2", "đối thoại 2 + 2"]:
    tj = "with"
    R(p, "CONSULT", "", "040", "diplomatic", "subj", tj, "joint commission, strategic dialogue")
    if tj == "subj":
        R(p + " với", "CONSULT", "", "040", "diplomatic", "subj", "with", "joint commission with")
# third location / multilateral meetings with the other party
for p in ["bên lề hội nghị", "bên lề hội nghị thượng đỉnh", "bên lề diễn đàn", "bên lề kỳ họp", "bên lề G20",
          "bên lề APEC", "bên lề Đại hội đồng", "bên lề hội nghị cấp cao"]:
    R(f"gặp {p}", "CONSULT", "third-party", "044", "diplomatic", "subj", "with", "meet on the sidelines")
    R(f"hội đàm {p}", "CONSULT", "third-party", "044", "diplomatic", "subj", "with", "talks on the sidelines")
    R(f"cuộc gặp {p}", "CONSULT", "third-party", "044", "diplomatic", "subj", "with", "meeting on the sidelines")
    R(f"hội kiến {p}", "CONSULT", "third-party", "044", "diplomatic", "subj", "with", "call on on the sidelines")
    R(f"gặp gỡ {p}", "CONSULT", "third-party", "044", "diplomatic", "subj", "with", "meet on the sidelines")
    R(f"tiếp xúc {p}", "CONSULT", "third-party", "044", "diplomatic", "subj", "with", "contact on the sidelines")
# mediation
for p in ["làm trung gian", "làm trung gian hòa giải", "đứng ra hòa giải", "làm trung gian cho", "làm trung gian giữa",
          "trung gian hòa giải giữa", "hòa giải giữa", "vai trò trung gian", "làm cầu nối giữa", "ngoại giao con thoi", "môi giới", "môi giới hòa bình",
          "tổ chức đàm phán giữa", "đăng cai đàm phán", "đăng cai cuộc đàm phán", "đăng cai hội đàm",
          "đăng cai cuộc gặp", "chủ trì đàm phán", "chủ trì cuộc đàm phán"]:
    src, tgt = ("subj", "obj")
    if p.startswith(("với sự", "dưới sự", "nhờ sự", "do trung gian")):
        src, tgt = ("gen", "subj")
    R(p, "CONSULT", "third-party", "045", "diplomatic", src, tgt, "mediate (mediator and each party)")
# negotiations
for p in ["đàm phán về", "đàm phán thương mại", "đàm phán hòa bình", "đàm phán hạt nhân", "đàm phán trực tiếp",
          "đàm phán gián tiếp", "đàm phán biên giới", "đàm phán ngừng bắn", "đàm phán hiệp định",
          "đàm phán hiệp định thương mại", "đàm phán thỏa thuận", "đàm phán về thuế", "đàm phán thuế quan",
          "đàm phán về thuế quan", "đàm phán trao đổi tù binh", "vòng đàm phán mới", "vòng đàm phán thứ",
          "vòng đàm phán tiếp theo", "bàn đàm phán", "trở lại bàn đàm phán", "ngồi vào bàn đàm phán",
          "khởi động đàm phán", "nối lại đàm phán", "tiếp tục đàm phán", "xúc tiến đàm phán", "kết thúc đàm phán",
          "hoàn tất đàm phán", "đàm phán thành công", "đàm phán kéo dài", "tiến trình đàm phán", "quá trình đàm phán",
          "tiến trình hòa bình", "đàm phán hòa bình với", "đàm phán với phái đoàn", "đoàn đàm phán",
          "phái đoàn đàm phán", "trưởng đoàn đàm phán", "nhà đàm phán", "các nhà đàm phán", "đàm phán cấp cao",
          "đàm phán cấp bộ trưởng", "đàm phán kỹ thuật", "đàm phán song phương", "đàm phán đa phương"]:
    R(p, "CONSULT", "", "046", "diplomatic", "subj", "with", "negotiate")
# summons (optional CONSULT in gold; ACCUSE rows cover protest notes)
for p in ["triệu tập đại sứ", "triệu tập đại biện", "triệu tập đại diện", "triệu tập nhà ngoại giao",
          "triệu đại sứ", "triệu đại biện", "mời đại sứ", "triệu tập tham tán", "triệu tập tùy viên"]:
    R(p, "CONSULT", "", "040", "diplomatic", "subj", "obj", "summon an envoy (the envoy's country after)")

# ------------------------------------------------------------------ AGREE
PROMISE = ["nhất trí", "đồng ý", "cam kết", "hứa", "hứa hẹn", "sẵn sàng", "bày tỏ sẵn sàng", "tuyên bố sẵn sàng",
           "khẳng định sẵn sàng", "cam kết sẽ", "hứa sẽ", "đồng ý sẽ", "nhất trí sẽ", "quyết định",
           "thống nhất", "thỏa thuận", "đạt thỏa thuận", "đạt được thỏa thuận", "chấp nhận", "nhận lời",
           "cam kết tiếp tục", "sẵn sàng tiếp tục", "nhất trí tiếp tục", "đồng ý tiếp tục", "tái cam kết",
           "cam kết mạnh mẽ", "hứa hẹn sẽ", "bày tỏ mong muốn", "mong muốn", "dự định", "có kế hoạch",
           "lên kế hoạch", "đặt mục tiêu", "tuyên bố sẽ", "cam kết dành", "ngỏ ý", "đề nghị được"]
AGREE_ACTS = [
    # act, cameo, target slot
    ("hợp tác", "031", "with"), ("tăng cường hợp tác", "031", "with"), ("thúc đẩy hợp tác", "031", "with"),
    ("mở rộng hợp tác", "031", "with"), ("đẩy mạnh hợp tác", "031", "with"), ("làm sâu sắc quan hệ", "032", "with"),
    ("làm sâu sắc hơn nữa", "032", "with"), ("ủng hộ", "032", "obj"), ("hỗ trợ", "033", "obj"),
    ("viện trợ", "033", "to"), ("cung cấp", "033", "to"), ("tài trợ", "0331", "to"), ("cho vay", "0331", "to"),
    ("đầu tư", "0311", "in"), ("mua", "0311", "from"), ("nhập khẩu", "0311", "from"), ("xuất khẩu", "0311", "to"),
    ("mở cửa thị trường", "0311", "to"), ("giảm thuế", "0354", "to"), ("dỡ bỏ thuế", "0354", "to"),
    ("dỡ bỏ trừng phạt", "0354", "against"), ("dỡ bỏ lệnh trừng phạt", "0354", "against"),
    ("nới lỏng trừng phạt", "0354", "against"), ("dỡ bỏ cấm vận", "0354", "against"),
    ("hợp tác quốc phòng", "0312", "with"), ("hợp tác an ninh", "0312", "with"), ("hợp tác quân sự", "0312", "with"),
    ("tập trận chung", "0312", "with"), ("tuần tra chung", "0312", "with"), ("dẫn độ", "0313", "to"),
    ("chia sẻ thông tin", "0314", "with"), ("chia sẻ thông tin tình báo", "0314", "with"),
    ("trao đổi thông tin", "0314", "with"), ("thả", "0353", "obj"), ("trả tự do", "0353", "obj"),
    ("phóng thích", "0353", "obj"), ("trao trả", "0353", "to"), ("trao đổi tù binh", "0353", "with"),
    ("trao đổi tù nhân", "0353", "with"), ("ngừng bắn", "0356", "with"), ("đình chiến", "0356", "with"),
    ("rút quân", "0356", "from"), ("giảm căng thẳng", "0356", "with"), ("hạ nhiệt căng thẳng", "0356", "with"),
    ("ngừng tấn công", "0356", "obj"), ("kiềm chế", "0356", "none"), ("gặp", "036", "obj"),
    ("gặp gỡ", "036", "obj"), ("hội đàm", "036", "with"), ("đàm phán", "036", "with"), ("đối thoại", "036", "with"),
    ("nối lại đàm phán", "036", "with"), ("thăm", "036", "obj"), ("sang thăm", "036", "obj"),
    ("tới thăm", "036", "obj"), ("đến thăm", "036", "obj"), ("tổ chức hội nghị thượng đỉnh", "036", "with"),
    ("giải quyết tranh chấp", "037", "with"), ("giải quyết bất đồng", "037", "with"),
    ("giải quyết hòa bình", "037", "with"), ("làm trung gian", "039", "obj"), ("hòa giải", "039", "obj"),
    ("làm trung gian hòa giải", "039", "obj"), ("ký", "030", "with"), ("ký kết", "030", "with"),
    ("ký thỏa thuận", "030", "with"), ("ký hiệp định", "030", "with"), ("thành lập", "030", "with"),
    ("xây dựng", "030", "with"), ("thúc đẩy", "030", "with"), ("phối hợp", "030", "with"),
    ("tôn trọng", "032", "obj"), ("tuân thủ", "032", "obj"), ("bảo vệ", "0334", "obj"),
    ("cho phép thanh sát", "0355", "none"), ("tiếp nhận thanh sát viên", "0355", "none"),
    ("bảo đảm an ninh", "0334", "to"), ("cải cách", "034", "none"), ("tổ chức bầu cử", "0344", "none"),
    ("cấp thị thực", "0351", "to"), ("miễn thị thực", "0351", "to"), ("nới lỏng hạn chế", "0351", "none"),
    ("tăng kim ngạch", "0311", "with"), ("nâng kim ngạch", "0311", "with"), ("đưa kim ngạch", "0311", "with"),
    ("thúc đẩy thương mại", "0311", "with"), ("tăng cường thương mại", "0311", "with"),
    ("cung cấp vũ khí", "0332", "to"), ("viện trợ quân sự", "0332", "to"), ("viện trợ nhân đạo", "0333", "to"),
    ("hỗ trợ nhân đạo", "0333", "to"), ("hỗ trợ tài chính", "0331", "to"), ("viện trợ kinh tế", "0331", "to"),
]
for pr in PROMISE:
    if pr in ("hứa hẹn", "khẳng định sẵn sàng", "đồng ý sẽ", "nhất trí sẽ", "thỏa thuận", "đạt thỏa thuận", "chấp nhận",
              "nhận lời", "cam kết tiếp tục", "sẵn sàng tiếp tục", "nhất trí tiếp tục", "đồng ý tiếp tục", "tái cam kết",
              "cam kết mạnh mẽ", "hứa hẹn sẽ", "dự định", "có kế hoạch", "lên kế hoạch", "đặt mục tiêu", "cam kết dành",
              "đề nghị được", "quyết định", "tuyên bố sẽ"):
        continue
    for act, c, tgt in AGREE_ACTS:
        if pr in ("mong muốn", "bày tỏ mong muốn", "dự định", "có kế hoạch", "lên kế hoạch", "đặt mục tiêu",
                  "quyết định") and c in ("0353", "0356"):
            pass
        R(f"{pr} {act}", "AGREE", "", c, "", "subj", tgt, f"promise/agree to: {act}")
# promise + aid with words between (sẵn sàng cung cấp các khoản tín dụng ...)
AIDN = {"tín dụng": "0331", "khoản vay": "0331", "khoản tín dụng": "0331", "viện trợ": "033", "hỗ trợ": "033",
        "vũ khí": "0332", "đạn dược": "0332", "tên lửa": "0332", "hệ thống phòng không": "0332",
        "xe tăng": "0332", "máy bay chiến đấu": "0332", "tiêm kích": "0332", "tàu": "0332", "tàu tuần tra": "0332",
        "gạo": "0333", "lương thực": "0333", "thuốc men": "0333", "vắc xin": "0333", "hàng cứu trợ": "0333",
        "viện trợ nhân đạo": "0333", "viện trợ quân sự": "0332", "gói viện trợ": "033", "gói hỗ trợ": "033",
        "trang thiết bị": "033", "thiết bị": "033", "khí đốt": "0311", "dầu mỏ": "0311", "năng lượng": "0311",
        "tiền": "0331", "USD": "0331", "đô la": "0331", "euro": "0331", "tỷ": "0331", "triệu": "0331"}
for pr in ["sẵn sàng", "cam kết", "hứa", "nhất trí", "đồng ý", "cam kết sẽ", "hứa sẽ", "ngỏ ý"]:
    for v in ["cung cấp", "viện trợ", "hỗ trợ", "tài trợ", "trao tặng", "gửi", "cho vay"]:
        for n, c in AIDN.items():
            if v == "cho vay" and c != "0331":
                continue
            R(f"{pr} {v} ~ {n}", "AGREE", "", c, "", "subj", "to", f"promise to give {n} (words between)")
# offers to host / invitations (AGREE 036)
for p in ["mời", "ngỏ lời mời", "gửi lời mời", "chuyển lời mời", "trao lời mời", "mời thăm", "mời sang thăm",
          "mời tới thăm", "mời đến thăm", "mời dự", "mời tham dự", "trân trọng mời", "nhận lời mời", "vui vẻ nhận lời mời",
          "nhận lời mời thăm", "chấp nhận lời mời thăm", "nhận lời mời sang thăm"]:
    R(p, "AGREE", "", "036", "diplomatic", "subj", "obj", "invite / accept an invitation to visit")
for p in ["nỗ lực hòa giải", "nỗ lực hòa giải giữa", "vai trò hòa giải", "đứng ra hòa giải giữa"]:
    R(p, "CONSULT", "third-party", "045", "diplomatic", "subj", "obj", "mediate")
for p in ["đề nghị làm trung gian hòa giải", "đề nghị làm trung gian hòa giải giữa", "đề nghị làm trung gian giữa",
          "đề nghị đứng ra hòa giải giữa", "đề nghị hòa giải giữa", "sẵn sàng làm trung gian hòa giải",
          "sẵn sàng làm trung gian hòa giải giữa", "ngỏ ý làm trung gian hòa giải", "đề xuất làm trung gian hòa giải"]:
    R(p, "AGREE", "", "039", "diplomatic", "subj", "obj", "offer to mediate (the parties after)")
for p in ["mời ~ thăm", "mời ~ ~ thăm", "mời ~ sang thăm", "mời ~ ~ sang thăm", "mời ~ tới thăm", "mời ~ ~ tới thăm",
          "mời ~ đến thăm", "mời ~ ~ đến thăm", "mời ~ thăm chính thức", "mời ~ ~ thăm chính thức", "mời ~ dự", "mời ~ ~ dự",
          "mời ~ tham dự", "mời ~ ~ tham dự", "chuyển lời mời ~ thăm", "chuyển lời mời ~ ~ thăm", "mời ~ sớm thăm",
          "mời ~ ~ sớm thăm", "mời ~ sớm sang thăm", "mời ~ ~ sớm sang thăm"]:
    R(p, "AGREE", "", "036", "diplomatic", "subj", "obj", "invite (the guest named after mời) to visit")
# agreements reached
for p in ["đạt được thỏa thuận về", "đạt thỏa thuận về", "đi đến thỏa thuận", "đi đến nhất trí", "thống nhất cao",
          "nhất trí cao về", "đạt được nhất trí", "đạt được sự nhất trí", "đạt nhất trí", "đạt được đồng thuận về",
          "thỏa thuận sơ bộ", "đạt được thỏa thuận sơ bộ", "đạt thỏa thuận sơ bộ", "thỏa thuận đình chiến",
          "thỏa thuận trao đổi tù binh", "đạt được thỏa thuận ngừng bắn", "đạt thỏa thuận ngừng bắn",
          "nhất trí về nguyên tắc", "đồng ý về nguyên tắc", "chấp thuận về nguyên tắc", "đã đạt được thỏa thuận",
          "nhất trí cao về các nội dung", "thống nhất các biện pháp", "nhất trí các biện pháp", "thống nhất phương hướng",
          "thống nhất định hướng", "nhất trí định hướng", "nhất trí các phương hướng", "nhất trí các biện pháp lớn",
          "bày tỏ nhất trí", "tán thành", "đồng tình", "bày tỏ đồng tình", "nhất trí cao với"]:
    c = "0356" if ("ngừng bắn" in p or "đình chiến" in p) else "0353" if "tù binh" in p else "030"
    R(p, "AGREE", "", c, "", "subj", "with", "agree, reach agreement")

# ------------------------------------------------------------------ SUPPORT
DOCS = ["thỏa thuận", "hiệp định", "hiệp ước", "bản ghi nhớ", "biên bản ghi nhớ", "MOU", "MoU", "ý định thư",
        "thư ý định", "nghị định thư", "tuyên bố chung", "văn kiện", "văn bản", "hợp đồng", "thỏa thuận khung",
        "hiệp định khung", "công ước", "kế hoạch hành động", "chương trình hợp tác", "kế hoạch hợp tác",
        "bản thỏa thuận", "thỏa thuận hợp tác", "văn kiện hợp tác", "biên bản", "bản cam kết", "hiến chương",
        "thư trao đổi", "công hàm trao đổi", "hiệp định thương mại tự do", "FTA", "hiệp định đối tác",
        "hiệp định đối tác kinh tế toàn diện", "thỏa thuận đối tác", "tuyên bố", "thỏa thuận ngừng bắn",
        "thỏa thuận hòa bình", "hiệp định hòa bình", "hiệp ước hòa bình", "hiệp định biên giới",
        "hiệp ước phòng thủ", "hiệp ước an ninh", "thỏa thuận an ninh", "hiệp định hợp tác",
        "hiệp ước đối tác chiến lược", "hiệp ước hợp tác", "thỏa thuận hạt nhân", "thỏa thuận chiến lược"]
SIGNV = ["ký", "ký kết", "cùng ký", "đặt bút ký", "chính thức ký", "chính thức ký kết", "ký chính thức", "ký tắt",
         "trao", "trao đổi", "trao đổi các", "công bố", "thông qua", "ra", "phê chuẩn", "phê duyệt",
         "chứng kiến lễ ký", "chứng kiến lễ ký kết", "chứng kiến việc ký kết", "chứng kiến việc ký", "chứng kiến trao",
         "chứng kiến trao đổi", "chứng kiến lễ trao", "chứng kiến lễ trao đổi", "lễ ký", "lễ ký kết", "lễ trao",
         "lễ trao đổi", "ký kết các", "ký các", "ký một loạt", "ký nhiều"]
for v in SIGNV:
    for d in DOCS:
        if v in ("ra", "công bố", "thông qua") and d not in ("tuyên bố chung", "tuyên bố", "thông cáo chung"):
            continue
        ctx = "military" if any(k in d for k in ("phòng thủ", "an ninh", "ngừng bắn")) else \
              "economic" if any(k in d for k in ("thương mại", "kinh tế", "FTA")) else "diplomatic"
        R(f"{v} {d}", "SUPPORT", "", "057", ctx, "subj", "with", f"sign: {d}")
    if v in ("ký", "ký kết", "chứng kiến lễ ký", "chứng kiến lễ ký kết", "chứng kiến việc ký kết", "ký các", "ký kết các"):
        for d in ["văn kiện", "thỏa thuận", "hiệp định", "văn bản", "bản ghi nhớ", "biên bản ghi nhớ", "hợp đồng",
                  "văn kiện hợp tác", "thỏa thuận hợp tác", "tài liệu"]:
            R(f"{v} ~ {d}", "SUPPORT", "", "057", "diplomatic", "subj", "with", f"sign N {d} (words between)")
for d in DOCS:
    for p in ["được ký", "được ký kết", "đã được ký", "đã được ký kết", "vừa được ký kết", "được ký tắt",
              "được phê chuẩn", "được trao đổi", "đã được trao đổi", "được hai bên ký kết", "được hai bên ký"]:
        pass
for p in ["được ký kết", "được ký", "đã được ký kết", "vừa được ký kết", "đã được ký", "được hai bên ký kết",
          "được ký tắt", "được trao đổi", "được các bên ký kết", "được ký chính thức"]:
    R(p, "SUPPORT", "", "057", "diplomatic", "subj", "with", "passive: the document was signed (parties before it)")
    R(f"{p} giữa", "SUPPORT", "", "057", "diplomatic", "obj", "with", "passive: signed between A and B")
# upgrades and establishment
LEVELS = ["đối tác chiến lược toàn diện", "đối tác chiến lược", "đối tác toàn diện", "đối tác chiến lược toàn diện mới",
          "đối tác toàn diện chiến lược", "đối tác chiến lược đặc biệt", "đối tác hợp tác chiến lược toàn diện",
          "quan hệ đối tác chiến lược toàn diện", "quan hệ đối tác chiến lược", "quan hệ đối tác toàn diện",
          "khuôn khổ quan hệ mới", "tầm cao mới", "đối tác chiến lược sâu rộng", "đối tác chiến lược vì hòa bình"]
for v in ["nâng cấp quan hệ lên", "nâng quan hệ lên", "nâng tầm quan hệ lên", "nâng cấp lên", "nâng lên",
          "nâng cấp quan hệ song phương lên", "chính thức nâng cấp quan hệ lên", "quyết định nâng cấp quan hệ lên",
          "tuyên bố nâng cấp quan hệ lên", "nâng cấp quan hệ hai nước lên", "nâng quan hệ hai nước lên",
          "thiết lập", "thiết lập quan hệ", "xác lập", "chính thức thiết lập", "tuyên bố thiết lập",
          "quyết định thiết lập", "nâng cấp thành", "nâng tầm thành", "trở thành"]:
    for lv in LEVELS:
        if v == "trở thành" and not lv.startswith("đối tác"):
            continue
        R(f"{v} {lv}", "SUPPORT", "", "050", "diplomatic", "subj", "with", f"upgrade/establish: {lv}")
    if v.endswith("lên"):
        R(f"{v} ~ đối tác", "SUPPORT", "", "050", "diplomatic", "subj", "with", "upgrade to a partnership")
# `Hai bên nhất trí nâng cấp quan hệ lên ...` is how the upgrade itself is reported: SUPPORT, not a promise
for v in ["nhất trí", "thống nhất", "đồng ý", "quyết định", "tuyên bố", "chính thức", "nhất trí cao", "cùng", "đã"]:
    for n in ["nâng cấp quan hệ", "nâng tầm quan hệ", "nâng quan hệ", "thiết lập quan hệ đối tác", "nâng cấp quan hệ song phương",
              "nâng cấp quan hệ hai nước", "nâng quan hệ hai nước", "nâng cấp khuôn khổ quan hệ", "xác lập khuôn khổ quan hệ",
              "thiết lập khuôn khổ đối tác"]:
        R(f"{v} {n}", "SUPPORT", "", "050", "diplomatic", "subj", "with", f"upgrade relations ({v})")
for v in ["nâng cấp", "nâng", "nâng tầm", "chính thức nâng cấp", "quyết định nâng cấp", "tuyên bố nâng cấp"]:
    R(f"{v} ~ quan hệ", "SUPPORT", "", "050", "diplomatic", "subj", "with", "upgrade relations (words between)")
for p in ["thiết lập quan hệ ngoại giao chính thức", "chính thức thiết lập quan hệ ngoại giao với", "lập quan hệ ngoại giao với",
          "thiết lập quan hệ ngoại giao đầy đủ", "bình thường hóa quan hệ với", "khôi phục quan hệ ngoại giao với",
          "nối lại quan hệ ngoại giao với", "tái lập quan hệ ngoại giao", "tái lập quan hệ", "kiến lập quan hệ ngoại giao",
          "đặt quan hệ ngoại giao", "thiết lập quan hệ ngoại giao cấp đại sứ", "nâng cấp quan hệ ngoại giao lên cấp đại sứ",
          "thiết lập quan hệ ngoại giao từ năm", "thiết lập quan hệ ngoại giao năm", "thiết lập quan hệ ngoại giao vào năm",
          "thiết lập quan hệ ngoại giao ngày", "thiết lập quan hệ ngoại giao vào ngày", "kể từ khi thiết lập quan hệ ngoại giao"]:
    R(p, "SUPPORT", "", "054", "diplomatic", "subj", "with", "establish diplomatic relations")
# recognition, praise, endorsement
for v in ["công nhận", "chính thức công nhận", "thừa nhận", "chính thức thừa nhận", "tuyên bố công nhận",
          "quyết định công nhận", "sẽ công nhận"]:
    for n in ["nhà nước Palestine", "Nhà nước Palestine", "độc lập", "chủ quyền", "chính phủ", "nhà nước",
              "quy chế kinh tế thị trường", "tư cách nhà nước", "chính quyền", "Taliban", "Kosovo", "Palestine"]:
        R(f"{v} {n}", "SUPPORT", "", "054", "diplomatic", "subj", "obj", f"recognise {n}")
PRAISEV = ["đánh giá cao", "hoan nghênh", "ghi nhận", "khen ngợi", "ca ngợi", "ủng hộ", "hoàn toàn ủng hộ",
           "ủng hộ mạnh mẽ", "nhiệt liệt hoan nghênh", "trân trọng", "cảm ơn", "bày tỏ cảm ơn", "chân thành cảm ơn",
           "bày tỏ đánh giá cao", "bày tỏ hoan nghênh", "bày tỏ ủng hộ", "khẳng định ủng hộ", "tái khẳng định ủng hộ",
           "tiếp tục ủng hộ", "kiên định ủng hộ", "luôn ủng hộ", "nhất quán ủng hộ", "ủng hộ vững chắc",
           "lên tiếng ủng hộ", "bày tỏ cảm kích", "bày tỏ biết ơn", "tri ân"]
PRAISEN = ["nỗ lực", "vai trò", "sự hỗ trợ", "sự giúp đỡ", "sự ủng hộ", "đóng góp", "thành tựu", "quyết định",
           "sáng kiến", "đề xuất", "lập trường", "chính sách", "kết quả", "tinh thần", "thiện chí", "cam kết",
           "ứng cử", "việc", "chuyến thăm", "sự hợp tác", "những đóng góp", "những thành tựu", "những nỗ lực",
           "tình cảm", "tình hữu nghị", "sự đoàn kết", "sự quan tâm", "vị thế", "lời mời", "ứng cử viên",
           "đề cử", "gia nhập", "việc gia nhập", "tư cách thành viên", "nguyện vọng"]
for v in PRAISEV:
    for n in PRAISEN:
        R(f"{v} {n}", "SUPPORT", "", "051", "diplomatic", "subj", "gen", f"praise/endorse: {n}")
for v in ["ủng hộ", "bày tỏ ủng hộ", "khẳng định ủng hộ", "tiếp tục ủng hộ", "cam kết ủng hộ", "ủng hộ mạnh mẽ",
          "hoàn toàn ủng hộ", "bỏ phiếu ủng hộ", "tuyên bố ủng hộ", "kiên định ủng hộ"]:
    for n in ["Việt Nam", "Ukraine", "Israel", "Palestine", "Nga", "Trung Quốc"]:
        pass
# alliance / membership / joint statements
for p in ["ra tuyên bố chung về", "công bố tuyên bố chung", "thông qua tuyên bố chung", "ra tuyên bố chung",
          "ra thông cáo báo chí chung", "thông cáo báo chí chung", "gặp gỡ báo chí chung", "họp báo chung",
          "đồng chủ trì họp báo", "cùng gặp gỡ báo chí", "phát biểu chung", "tuyên bố tầm nhìn chung",
          "ra tuyên bố tầm nhìn", "kết nạp", "chấp thuận đơn gia nhập", "ủng hộ việc gia nhập", "ủng hộ gia nhập",
          "thành lập liên minh với", "liên minh với", "kết đồng minh", "trở thành đồng minh", "mở văn phòng đại diện",
          "khai trương tổng lãnh sự quán", "khai trương lãnh sự quán", "mở lại lãnh sự quán", "cử đại sứ mới",
          "bổ nhiệm đại sứ tại", "trình quốc thư", "trình thư ủy nhiệm", "nhận quốc thư", "tiếp nhận quốc thư",
          "chấp thuận đại sứ", "đồng ý cử đại sứ"]:
    tgt = "to" if p in ("trình quốc thư", "trình thư ủy nhiệm") else "with"
    src = "subj"
    if p in ("nhận quốc thư", "tiếp nhận quốc thư"):
        src, tgt = "obj", "subj"
    R(p, "SUPPORT", "", "050", "diplomatic", src, tgt, "diplomatic cooperation")
# congratulations and condolences
for p in ["điện chúc mừng", "thư chúc mừng", "gửi điện chúc mừng", "gửi thư chúc mừng", "gửi lời chúc mừng",
          "gửi điện mừng", "gửi lẵng hoa", "gửi hoa chúc mừng", "gửi điện thăm hỏi", "điện thăm hỏi",
          "gửi lời thăm hỏi", "gửi thư thăm hỏi", "điện chia buồn", "gửi điện chia buồn", "thư chia buồn",
          "gửi thư chia buồn", "gửi lời chia buồn", "bày tỏ chia buồn", "chia buồn sâu sắc", "ghi sổ tang",
          "viếng", "đến viếng", "tới viếng", "chúc mừng nhân dịp", "chúc mừng quốc khánh", "chúc mừng chiến thắng",
          "chúc mừng đắc cử", "chúc mừng tái đắc cử", "chúc mừng tân"]:
    R(p, "SUPPORT", "", "051", "diplomatic", "subj", "to", "congratulate, condole")
# apology
for p in ["xin lỗi", "gửi lời xin lỗi tới", "chính thức xin lỗi", "nói lời xin lỗi", "lời xin lỗi chính thức",
          "bày tỏ lời xin lỗi", "xin lỗi về", "xin lỗi vì"]:
    R(p, "SUPPORT", "", "055", "diplomatic", "subj", "obj", "apologise")

# ------------------------------------------------------------------ COOPERATE
DRILL = ["tập trận", "diễn tập", "huấn luyện", "tuần tra", "tập trận quy mô lớn", "diễn tập quy mô lớn",
         "tập trận thường niên", "diễn tập thường niên", "tập trận hải quân chung", "tập trận chung quy mô lớn", "tập trận hải quân", "tập trận không quân",
         "tập trận quân sự", "diễn tập quân sự", "diễn tập hải quân", "diễn tập cứu hộ cứu nạn", "diễn tập tìm kiếm cứu nạn",
         "diễn tập chống khủng bố", "tập trận chống khủng bố", "tập trận đổ bộ", "tập trận trên không",
         "tập trận trên biển", "diễn tập trên biển", "tập trận bắn đạn thật", "diễn tập phòng thủ", "huấn luyện quân sự",
         "tuần tra trên biển", "tuần tra hải quân", "tuần tra biên giới", "tuần tra không quân", "tập trận đa quốc gia",
         "diễn tập đa quốc gia", "tập trận đa phương", "diễn tập đa phương"]
for d in DRILL:
    for j in ["chung", "liên hợp", "song phương", "phối hợp", "chung với", "liên hợp với", "song phương với",
              "phối hợp với", "cùng với", "với"]:
        if d.endswith("đa quốc gia") or d.endswith("đa phương"):
            if j not in ("chung", "với", "cùng với"):
                continue
        tj = "with"   # `A và B tập trận chung`: the fallback finds B; subj/subj would lose `Hải quân A và Hải quân B`
        R(f"{d} {j}", "COOPERATE", "", "062", "military", "subj", tj, f"joint {d}" + (" (the participants: the coordinated subjects)" if tj == "subj" else ""))
        for ld in (["cử tàu tham gia", "cử lực lượng tham gia", "nối lại"] if d in ("tập trận", "diễn tập", "tập trận hải quân",
                   "tuần tra", "tập trận quân sự", "diễn tập quân sự") else []):
            R(f"{ld} {d} {j}", "COOPERATE", "", "062", "military", "subj", tj, f"hold joint {d}")
            R(f"{ld} cuộc {d} {j}", "COOPERATE", "", "062", "military", "subj", tj, f"hold joint {d}")
for p in ["diễn tập đối tác", "diễn tập PASSEX", "diễn tập qua lại", "diễn tập hàng hải", "diễn tập cứu nạn",
          "tập trận chung ~ với", "diễn tập chung ~ với", "tuần tra chung ~ với", "tập trận ~ chung", "diễn tập ~ chung",
          "tuần tra ~ chung", "tập trận ~ liên hợp", "diễn tập ~ liên hợp", "tuần tra ~ liên hợp", "cùng tập trận",
          "cùng diễn tập", "cùng tuần tra", "tham gia tập trận cùng", "tham gia diễn tập cùng", "tham gia tập trận với",
          "tàu hải quân ~ thăm", "tàu ~ thăm cảng", "cập cảng ~ thăm", "thăm hữu nghị cảng", "giao lưu quân sự",
          "giao lưu hữu nghị quốc phòng biên giới", "huấn luyện cho", "đào tạo quân sự cho", "chuyển giao công nghệ quân sự",
          "hợp tác công nghiệp quốc phòng", "cùng sản xuất", "đồng sản xuất", "hợp tác sản xuất vũ khí",
          "hải quân hai nước", "quân đội hai nước", "lực lượng hai nước"]:
    R(p, "COOPERATE", "", "062", "military", "subj", "with", "military cooperation")
# law enforcement
for p in ["dẫn độ", "dẫn độ về", "dẫn độ sang", "dẫn độ cho", "được dẫn độ", "bị dẫn độ", "dẫn độ nghi phạm",
          "dẫn độ đối tượng", "dẫn độ tội phạm", "dẫn độ công dân", "dẫn độ ~ nghi phạm", "dẫn độ ~ đối tượng",
          "trao trả ~ nghi phạm", "trao trả ~ đối tượng", "bàn giao ~ nghi phạm", "bàn giao ~ đối tượng",
          "bàn giao ~ tội phạm", "trao trả ~ tội phạm", "chuyển giao ~ nghi phạm", "chuyển giao ~ đối tượng",
          "bàn giao cho ~ nghi phạm", "bàn giao cho ~ ~ nghi phạm", "bàn giao cho ~ đối tượng",
          "bàn giao cho ~ ~ đối tượng", "trao trả cho ~ nghi phạm", "trao trả cho ~ ~ nghi phạm",
          "chuyển giao cho ~ ~ nghi phạm", "trục xuất ~ nghi phạm về", "phối hợp triệt phá", "phối hợp bắt giữ",
          "phối hợp điều tra", "phối hợp truy bắt", "phối hợp bắt", "phối hợp đấu tranh", "phối hợp phá án",
          "phối hợp truy nã", "phối hợp triệt xóa", "cùng triệt phá", "cùng bắt giữ", "chung tay triệt phá",
          "triệt phá đường dây ~ xuyên quốc gia", "phá đường dây ~ xuyên biên giới", "triệt phá ~ xuyên biên giới",
          "điều tra chung", "cuộc điều tra chung", "chiến dịch chung", "chiến dịch phối hợp", "hợp tác điều tra",
          "tương trợ tư pháp", "hợp tác tư pháp", "hợp tác phòng chống tội phạm", "hợp tác phòng chống ma túy",
          "hợp tác chống buôn người", "hợp tác chống lừa đảo", "hợp tác chống rửa tiền", "hợp tác thực thi pháp luật",
          "chuyển giao người bị kết án", "chuyển giao phạm nhân", "tiếp nhận ~ công dân"]:
    src, tgt = ("subj", "to")
    if p.startswith(("được dẫn độ", "bị dẫn độ")):
        src, tgt = ("passive", "subj")
    if p.startswith(("phối hợp", "cùng", "chung tay", "điều tra chung", "cuộc điều tra", "chiến dịch", "hợp tác",
                     "tương trợ", "triệt phá", "phá đường")):
        tgt = "with"
    R(p, "COOPERATE", "", "063", "legal", src, tgt, "judicial / police cooperation")
# information sharing / lists
for p in ["trao đổi danh sách", "trao đổi ~ danh sách", "trao đổi danh sách các cơ sở hạt nhân", "trao đổi danh sách tù nhân",
          "chia sẻ thông tin", "chia sẻ dữ liệu", "chia sẻ thông tin tình báo", "chia sẻ ~ thông tin", "trao đổi thông tin",
          "trao đổi ~ thông tin", "trao đổi tình báo", "chia sẻ tình báo", "cung cấp ~ thông tin tình báo",
          "cung cấp thông tin", "chia sẻ kinh nghiệm", "trao đổi kinh nghiệm",
          "chia sẻ dữ liệu vệ tinh", "chia sẻ thông tin cảnh báo"]:
    R(p, "COOPERATE", "", "064", "intelligence", "subj", "with", "share information")
# trade and deliveries (economic cooperation)
for v in ["xuất khẩu", "nhập khẩu", "mua", "bán", "cung cấp", "vận chuyển", "cung ứng"]:
    for n in ["dầu", "dầu mỏ", "dầu thô", "khí đốt", "khí tự nhiên hóa lỏng", "LNG", "than", "gạo", "lúa mì", "ngũ cốc",
              "phân bón", "điện", "hàng hóa", "nông sản", "thủy sản", "sầu riêng", "cà phê", "uranium", "chip",
              "chất bán dẫn", "đất hiếm", "khoáng sản", "máy bay", "tàu"]:
        for tail, tgt in [("sang", "to"), ("cho", "to"), ("từ", "from"), ("tới", "to")]:
            if v in ("nhập khẩu", "mua") and tail != "từ":
                continue
            if v not in ("nhập khẩu", "mua") and tail == "từ":
                continue
            ctx = "natural_resource" if n in ("dầu", "dầu mỏ", "dầu thô", "khí đốt", "khí tự nhiên hóa lỏng", "LNG", "than",
                                             "uranium", "đất hiếm", "khoáng sản") else "economic"
            R(f"{v} {n} {tail}", "COOPERATE", "", "061", ctx, "subj", tgt, f"trade: {v} {n}")
            R(f"{v} ~ {n} {tail}", "COOPERATE", "", "061", ctx, "subj", tgt, f"trade: {v} {n} (words between)")
for pre in ["hạn chế", "cấm", "ngừng", "tạm dừng", "đình chỉ", "kiểm soát", "siết chặt", "siết chặt kiểm soát", "áp thuế",
            "cắt", "dừng", "tạm ngừng"]:
    for v, tail, tgt in [("xuất khẩu", "sang", "to"), ("nhập khẩu", "từ", "from"), ("cung cấp", "cho", "to"), ("bán", "cho", "to"),
                         ("mua", "từ", "from")]:
        for n in ["dầu", "dầu mỏ", "khí đốt", "than", "gạo", "lúa mì", "phân bón", "hàng hóa", "nông sản", "thủy sản", "hải sản",
                  "chip", "chất bán dẫn", "đất hiếm", "khoáng sản", "vũ khí", "công nghệ", "thép", "nhôm", "ô tô", "điện"]:
            R(f"{pre} {v} ~ {n} {tail}", "SANCTION", "discontinue", "163", "economic", "subj", tgt, f"restrict trade: {pre} {v} {n}")
for p in ["lô hàng đầu tiên", "chuyến hàng đầu tiên", "xuất khẩu chính ngạch", "mở cửa thị trường cho",
          "cấp phép nhập khẩu", "thương mại song phương", "kim ngạch thương mại song phương", "đầu tư trực tiếp vào",
          "rót vốn đầu tư vào", "dự án đầu tư tại", "khởi công dự án", "khánh thành dự án", "khánh thành nhà máy",
          "khởi công xây dựng", "hợp tác xây dựng", "cùng xây dựng", "cùng phát triển", "liên doanh với",
          "hợp tác khai thác dầu khí", "hoán đổi tiền tệ", "hoán đổi tiền tệ với", "thanh toán bằng đồng nội tệ",
          "kết nối thanh toán", "mở đường bay thẳng", "mở đường bay", "khai trương đường bay", "mở tuyến đường sắt",
          "khai trương tuyến", "nối lại đường bay", "nối lại chuyến bay thẳng"]:
    R(p, "COOPERATE", "", "061", "economic", "subj", "with", "economic cooperation")

# ------------------------------------------------------------------ AID
AIDV = ["viện trợ", "hỗ trợ", "trao tặng", "tặng", "bàn giao", "chuyển giao", "cung cấp", "gửi",
        "tài trợ", "cho vay", "giải ngân", "gửi tặng", "hiến tặng"]
AIDNOUNS = {
    "073": ["gạo", "lương thực", "thực phẩm", "lương thực thực phẩm", "hàng cứu trợ", "hàng viện trợ", "hàng hóa viện trợ",
            "nhu yếu phẩm", "thuốc", "thuốc men", "thiết bị y tế", "vật tư y tế", "vắc xin", "vaccine", "khẩu trang",
            "nước sạch", "lều bạt", "chăn màn", "sữa", "hàng nhân đạo", "viện trợ nhân đạo", "hỗ trợ nhân đạo",
            "bột mì", "lúa mì", "ngũ cốc", "lương thực khẩn cấp", "máy lọc nước", "xe cứu thương", "máy phát điện"],
    "072": ["vũ khí", "đạn dược", "đạn pháo", "tên lửa", "hệ thống phòng không", "hệ thống tên lửa", "xe tăng",
            "xe bọc thép", "pháo", "pháo tự hành", "máy bay chiến đấu", "tiêm kích", "trực thăng", "máy bay không người lái",
            "UAV", "drone", "tàu tuần tra", "xuồng tuần tra", "tàu", "tàu chiến", "tàu khu trục", "tàu hộ vệ", "tàu hộ tống",
            "khinh hạm", "tàu ngầm", "tàu cảnh sát biển", "radar", "hệ thống radar", "trang bị quân sự",
            "khí tài quân sự", "khí tài", "thiết bị quân sự", "viện trợ quân sự", "hỗ trợ quân sự", "gói viện trợ quân sự",
            "Patriot", "HIMARS", "IRIS-T", "NASAMS", "F-16", "ATACMS", "Taurus", "Storm Shadow", "Leopard", "Abrams",
            "mìn", "lựu đạn", "súng", "đạn", "pháo binh", "xe quân sự", "thiết bị rà phá bom mìn", "tàu đã qua sử dụng",
            "tàu khu trục đã qua sử dụng", "máy bay vận tải", "máy bay tuần thám", "hệ thống phòng thủ", "tàu hộ vệ tên lửa"],
    "071": ["khoản vay", "tín dụng", "khoản tín dụng", "tín dụng ưu đãi", "vốn vay", "vốn ODA", "ODA", "khoản viện trợ",
            "viện trợ kinh tế", "viện trợ tài chính", "hỗ trợ tài chính", "hỗ trợ ngân sách", "gói cứu trợ",
            "gói hỗ trợ tài chính", "khoản tài trợ", "khoản hỗ trợ", "viện trợ không hoàn lại", "tiền mặt", "ngân sách",
            "gói tài trợ", "khoản cho vay", "gói vay", "khoản vay ưu đãi", "vốn", "học bổng", "suất học bổng"],
    "070": ["trang thiết bị", "thiết bị", "phương tiện", "xe", "xe ô tô", "máy tính", "thiết bị văn phòng", "công trình",
            "nhà ở", "trường học", "bệnh viện", "trạm y tế", "hàng hóa", "vật tư", "gói viện trợ", "gói hỗ trợ",
            "viện trợ", "khoản viện trợ mới", "hỗ trợ kỹ thuật", "chuyên gia", "tấn gạo"],
}
for c, nouns in AIDNOUNS.items():
    ctx = {"073": "human_security", "072": "military", "071": "economic", "070": ""}[c]
    for v in AIDV:
        if v in ("cho vay", "giải ngân") and c != "071":
            continue
        for n in nouns:
            R(f"{v} {n}", "AID", "", c, ctx, "subj", "to", f"give {n}")
            R(f"{v} ~ {n}", "AID", "", c, ctx, "subj", "to", f"give {n} (words between)")
    for v in ["bàn giao cho", "trao tặng cho", "tặng cho", "trao cho", "chuyển giao cho", "cung cấp cho"]:
        for n in nouns:
            R(f"{v} ~ ~ {n}", "AID", "", c, ctx, "subj", "to", f"give the recipient (named first) {n}")
for p in ["trao tặng cho", "chuyển giao cho", "tặng cho", "viện trợ cho", "hỗ trợ cho",
          "bàn giao ngày ~ cho", "trao tặng ngày ~ cho", "chuyển giao ngày ~ cho", "bàn giao hôm ~ cho", "bàn giao vào ngày ~ cho",
          "bàn giao sáng ~ cho", "bàn giao chiều ~ cho", "trao tặng hôm ~ cho", "trao tặng sáng ~ cho", "trao tặng chiều ~ cho",
          "trao hỗ trợ cho", "gửi hàng viện trợ", "gửi hàng cứu trợ", "chuyến hàng viện trợ", "lô hàng viện trợ",
          "lô hàng cứu trợ", "chuyến bay chở hàng viện trợ", "chuyến bay cứu trợ", "đoàn xe viện trợ", "tàu chở hàng viện trợ",
          "gói viện trợ", "gói viện trợ mới", "gói viện trợ quân sự", "gói hỗ trợ", "gói hỗ trợ mới", "khoản viện trợ",
          "khoản viện trợ mới", "lễ bàn giao", "lễ trao tặng", "lễ tiếp nhận", "tiếp nhận viện trợ", "tiếp nhận hỗ trợ",
          "tiếp nhận hàng viện trợ", "nhận viện trợ", "nhận hỗ trợ", "được viện trợ", "nhận được viện trợ",
          "cử đội cứu hộ", "cử lực lượng cứu hộ", "cử đội cứu nạn", "gửi đội cứu hộ", "cử đội y tế", "cử bác sĩ",
          "cử chuyên gia", "cử lực lượng gìn giữ hòa bình", "triển khai lực lượng gìn giữ hòa bình",
          "cấp quy chế tị nạn", "cho tị nạn", "cấp tị nạn", "trao quy chế tị nạn", "cho phép tị nạn", "tiếp nhận người tị nạn",
          "tiếp nhận công dân", "sơ tán công dân", "giúp sơ tán", "hỗ trợ sơ tán", "xóa nợ cho", "giãn nợ cho",
          "tái cơ cấu nợ cho", "miễn nợ"]:
    c = "075" if "tị nạn" in p else "074" if ("gìn giữ" in p) else "073" if any(k in p for k in ("cứu", "y tế", "bác sĩ", "sơ tán")) \
        else "071" if "nợ" in p else "070"
    src, tgt = "subj", "to"
    if p.startswith(("tiếp nhận", "nhận", "được viện trợ", "nhận được")) and "tị nạn" not in p and p != "tiếp nhận công dân":
        src, tgt = "from", "subj"
    R(p, "AID", "", c, "", src, tgt, "aid")

# ------------------------------------------------------------------ RETREAT
LIFTV = ["dỡ bỏ", "gỡ bỏ", "bãi bỏ", "hủy bỏ", "xóa bỏ", "nới lỏng", "giảm bớt", "chấm dứt", "rút lại",
         "tạm dừng", "tạm ngừng", "đình chỉ", "hoãn", "tạm hoãn", "gia hạn việc tạm hoãn", "miễn", "giảm", "cắt giảm",
         "hạ", "lùi", "từ bỏ", "đồng loạt dỡ bỏ", "chính thức dỡ bỏ", "quyết định dỡ bỏ", "tuyên bố dỡ bỏ",
         "chính thức bãi bỏ", "quyết định nới lỏng", "tiếp tục nới lỏng", "dỡ bỏ hoàn toàn", "dỡ bỏ một phần",
         "nới lỏng một số", "gỡ bỏ một phần"]
SANCN = ["trừng phạt", "lệnh trừng phạt", "các lệnh trừng phạt", "biện pháp trừng phạt", "các biện pháp trừng phạt",
         "cấm vận", "lệnh cấm vận", "cấm vận vũ khí", "lệnh cấm vận vũ khí", "chế tài", "các chế tài", "biện pháp chế tài",
         "thuế", "thuế quan", "mức thuế", "áp thuế", "thuế nhập khẩu", "thuế bổ sung", "thuế đối ứng", "thuế trả đũa",
         "áp thuế bổ sung", "áp thuế trả đũa", "áp thuế đối ứng", "hàng rào thuế quan", "lệnh cấm nhập khẩu",
         "lệnh cấm xuất khẩu", "hạn chế xuất khẩu", "hạn chế nhập khẩu", "kiểm soát xuất khẩu", "lệnh cấm bay",
         "lệnh cấm vận tải", "lệnh cấm đối với hàng hóa", "hạn chế đối với hàng hóa", "các hạn chế đối với hàng hóa",
         "hạn chế thương mại", "các hạn chế thương mại", "rào cản thương mại", "phong tỏa tài sản", "đóng băng tài sản",
         "lệnh đóng băng tài sản", "lệnh cấm thương mại", "lệnh cấm", "hạn chế quá cảnh", "các hạn chế quá cảnh",
         "lệnh cấm quá cảnh", "lệnh phong tỏa kinh tế", "phong tỏa kinh tế", "trừng phạt kinh tế", "trừng phạt tài chính"]
for v in LIFTV:
    for n in SANCN:
        if v in ("giảm", "cắt giảm", "hạ", "lùi", "miễn") and not any(k in n for k in ("thuế", "hạn chế", "rào cản")):
            continue
        if v == "bỏ" and n in ("thuế", "trừng phạt", "lệnh cấm"):
            continue
        if n == "lệnh cấm" and v not in ("dỡ bỏ", "gỡ bỏ", "bãi bỏ", "chính thức dỡ bỏ", "dỡ bỏ hoàn toàn"):
            continue
        ctx = "economic"
        tgt = "against"
        R(f"{v} {n}", "RETREAT", "", "085", ctx, "subj", tgt, f"lift/ease: {n}")
        R(f"{v} ~ {n}", "RETREAT", "", "085", ctx, "subj", tgt, f"lift/ease: {n} (words between)")
for p in ["mở cửa không phận", "mở lại không phận", "mở không phận", "cho phép ~ bay qua không phận",
          "cho phép ~ ~ bay qua không phận", "cho phép ~ hãng hàng không ~ bay qua", "cho phép ~ máy bay ~ bay qua",
          "nối lại nhập khẩu", "nối lại xuất khẩu", "nối lại ~ nhập khẩu", "nối lại ~ xuất khẩu", "cho phép nhập khẩu trở lại",
          "nối lại thương mại", "khôi phục thương mại", "nối lại giao thương", "mở lại cửa khẩu ~ hàng hóa",
          "nối lại các chuyến bay", "mở lại đường bay", "nối lại đường bay", "cho phép ~ nhập khẩu", "gỡ lệnh cấm",
          "rút ~ khỏi danh sách trừng phạt", "xóa ~ khỏi danh sách trừng phạt", "đưa ~ ra khỏi danh sách đen",
          "xóa tên ~ khỏi danh sách", "loại ~ khỏi danh sách trừng phạt", "miễn trừ ~ trừng phạt", "cấp miễn trừ",
          "giấy phép miễn trừ", "gia hạn miễn trừ", "rã băng tài sản", "giải tỏa tài sản", "trả lại tài sản ~ bị đóng băng"]:
    R(p, "RETREAT", "", "085", "economic", "subj", "to", "ease economic restrictions, resume trade or flights")
# releases
RELV = ["trả tự do", "trả tự do cho", "phóng thích", "thả", "thả tự do", "trao trả", "bàn giao", "hồi hương", "ân xá",
        "đặc xá", "trao trả cho", "phóng thích cho", "thả cho", "cho về nước", "trả về", "trao đổi", "hoán đổi",
        "đổi", "giải cứu"]
RELN = ["tù binh", "tù nhân", "tù nhân chiến tranh", "con tin", "ngư dân", "thủy thủ", "thủy thủ đoàn", "công dân",
        "binh sĩ", "quân nhân", "nhà báo", "nhà hoạt động", "tù nhân chính trị", "người bị giam giữ", "người",
        "thường dân", "nhà ngoại giao", "tàu", "tàu cá", "tàu chở dầu", "thuyền viên", "lính", "phi công", "du khách",
        "sinh viên", "người lao động", "thi thể", "hài cốt", "trẻ em"]
for v in RELV:
    for n in RELN:
        if v in ("trao đổi", "hoán đổi", "đổi") and n not in ("tù binh", "tù nhân", "tù nhân chiến tranh", "con tin",
                                                          "thi thể", "hài cốt", "người bị giam giữ", "binh sĩ"):
            continue
        if v == "giải cứu":
            continue
        c = "0842" if n in ("tàu", "tàu cá", "tàu chở dầu") else "084" if n in ("thi thể", "hài cốt") else "0841"
        tgt = "with" if v in ("trao đổi", "hoán đổi", "đổi") else "to" if v.startswith(("trao", "bàn giao", "hồi hương")) else "obj"
        R(f"{v} {n}", "RETREAT", "release", c, "", "subj", tgt, f"release {n}")
        R(f"{v} ~ {n}", "RETREAT", "release", c, "", "subj", tgt, f"release {n} (words between)")
for p in ["trao đổi ~ tù binh", "trao đổi ~ ~ tù binh", "trao đổi 1:1",
          "trao đổi ~ tù nhân", "theo hình thức 1 đổi 1", "đổi lấy", "trao đổi ~ lấy", "đổi ~ lấy", "thả ~ để đổi lấy",
          "đợt phóng thích", "vụ phóng thích", "việc phóng thích", "việc trả tự do", "việc trao trả",
          "được trả tự do", "được phóng thích", "được thả", "được thả tự do", "được trao trả", "được hồi hương",
          "được ân xá", "được đặc xá", "trở về nước", "về nước an toàn", "trở về nhà"]:
    src, tgt = "subj", "with"
    if p.startswith("được") or p in ("trở về nước", "về nước an toàn", "trở về nhà"):
        src, tgt = "passive", "subj"
    R(p, "RETREAT", "release", "0841", "", src, tgt, "release, exchange of prisoners")
# ceasefire takes effect, withdrawals carried out
for n in ["ngừng bắn", "lệnh ngừng bắn", "thỏa thuận ngừng bắn", "thỏa thuận đình chiến", "lệnh đình chiến",
          "thỏa thuận hòa bình", "lệnh ngừng chiến", "lệnh ngừng bắn tạm thời", "thỏa thuận ngừng bắn tạm thời",
          "lệnh ngừng bắn 30 ngày", "lệnh ngừng bắn trong dịp"]:
    for t in ["có hiệu lực", "bắt đầu có hiệu lực", "chính thức có hiệu lực", "đã có hiệu lực", "được thực thi",
              "bắt đầu", "được duy trì", "được gia hạn", "được tuân thủ", "được áp dụng", "~ có hiệu lực",
              "~ bắt đầu có hiệu lực", "~ chính thức có hiệu lực", "được ký kết", "được thiết lập", "đạt được"]:
        R(f"{n} {t}", "RETREAT", "ceasefire", "0871", "military", "subj", "with", "ceasefire in force")
for v in ["tuyên bố ngừng bắn", "tuyên bố đình chiến", "ngừng bắn đơn phương", "đơn phương ngừng bắn",
          "tuyên bố ngừng bắn đơn phương", "thực hiện ngừng bắn", "chấp hành lệnh ngừng bắn", "ngừng bắn hoàn toàn",
          "ngừng bắn ngay lập tức", "ngừng bắn trên toàn tuyến", "lệnh ngừng bắn giữa", "ngừng bắn giữa",
          "thỏa thuận ngừng bắn giữa", "đình chiến giữa", "ngừng bắn với", "đình chiến với", "ngừng bắn ~ ngày",
          "ngừng bắn ~ giờ", "ngừng bắn nhân dịp", "thỏa thuận ngừng bắn với", "thỏa thuận đình chiến với"]:
    src, tgt = ("obj", "with") if v.endswith("giữa") else ("subj", "with")
    R(v, "RETREAT", "ceasefire", "0871", "military", src, tgt, "declare/observe a ceasefire")
WITHV = ["rút", "rút hết", "rút toàn bộ", "rút bớt", "rút một phần", "hoàn tất việc rút", "bắt đầu rút", "tiến hành rút",
         "đã rút", "rút về", "điều ~ về", "cho rút", "lệnh rút", "ra lệnh rút", "tiếp tục rút"]
WITHN = ["quân", "quân đội", "binh sĩ", "binh lính", "lính", "lực lượng", "lực lượng quân sự", "tàu", "tàu chiến",
         "tàu hải cảnh", "tàu sân bay", "vũ khí hạng nặng", "khí tài", "xe tăng", "pháo", "tên lửa", "máy bay",
         "quân nhân", "đơn vị", "lữ đoàn", "sư đoàn", "tiểu đoàn", "cố vấn quân sự", "lực lượng gìn giữ hòa bình"]
for v in WITHV:
    for n in WITHN:
        R(f"{v} {n}", "RETREAT", "withdraw", "087", "military", "subj", "from", f"withdraw {n}")
        R(f"{v} ~ {n}", "RETREAT", "withdraw", "087", "military", "subj", "from", f"withdraw {n} (words between)")
        R(f"{v} {n} khỏi", "RETREAT", "withdraw", "087", "military", "subj", "from", f"withdraw {n} from")
        R(f"{v} ~ {n} khỏi", "RETREAT", "withdraw", "087", "military", "subj", "from", f"withdraw {n} from")
for p in ["cuộc rút quân", "việc rút quân", "đợt rút quân", "rút quân hoàn toàn", "hoàn tất rút quân", "rút lui khỏi",
          "rút khỏi lãnh thổ", "rút khỏi vùng", "rút khỏi khu vực", "rút khỏi thành phố", "rút khỏi vùng đệm",
          "rút về căn cứ", "rút về nước", "rút quân về nước", "lui về", "lùi lại", "rút ra khỏi", "rút lực lượng về",
          "giảm quân số", "cắt giảm quân số", "cắt giảm sự hiện diện quân sự", "giảm sự hiện diện quân sự",
          "giảm hiện diện quân sự", "thu hẹp hiện diện quân sự", "kết thúc chiến dịch quân sự", "chấm dứt chiến dịch",
          "ngừng chiến dịch", "ngừng các cuộc tấn công", "dừng tấn công", "tạm dừng các cuộc tấn công",
          "tạm dừng không kích", "ngừng không kích", "dừng không kích", "ngừng pháo kích", "ngừng bắn phá",
          "ngừng oanh tạc", "giảm cường độ tấn công", "giải tỏa phong tỏa", "dỡ bỏ lệnh phong tỏa",
          "dỡ bỏ phong tỏa đối với", "nới lỏng phong tỏa đối với", "mở lại cảng", "mở lại eo biển", "mở lối đi",
          "mở hành lang", "mở hành lang an toàn", "cho phép ~ viện trợ ~ vào", "cho phép ~ xe tải ~ vào",
          "cho phép ~ nhân viên cứu trợ", "cho phép nhân viên cứu trợ", "cho phép ~ hàng viện trợ", "cho phép hàng cứu trợ",
          "mở cửa khẩu ~ viện trợ", "cho phép tổ chức cứu trợ", "cho phép ~ vào Gaza", "cho phép tiếp cận nhân đạo",
          "cho phép ~ thanh sát viên", "cho phép ~ tiếp cận", "cho phép tiếp cận lãnh sự với", "trao quyền tiếp cận"]:
    c = "0863" if any(k in p for k in ("viện trợ", "cứu trợ", "nhân đạo", "xe tải", "Gaza")) else \
        "0862" if "thanh sát" in p else "086" if "tiếp cận" in p else "0872" if any(k in p for k in ("phong tỏa", "cảng", "eo biển", "lối đi", "hành lang")) \
        else "087"
    mode = "access" if c.startswith("086") else "withdraw" if c == "087" else ""
    R(p, "RETREAT", mode, c, "military" if c.startswith("087") else "", "subj", "from" if "khỏi" in p else "obj",
      "de-escalate, withdraw, allow access")

# ------------------------------------------------------------------ CONCEDE
for v in ["rút lại", "từ bỏ", "dỡ bỏ", "gỡ bỏ", "thôi", "ngừng", "chấm dứt", "hủy bỏ", "không còn", "rút"]:
    for n in ["phản đối", "sự phản đối", "ý kiến phản đối", "phủ quyết", "quyền phủ quyết", "lá phiếu phủ quyết",
              "sự ngăn cản", "việc ngăn cản", "yêu sách", "yêu cầu", "đòi hỏi", "điều kiện", "cáo buộc", "khiếu nại",
              "đơn khiếu nại", "đơn kiện", "vụ kiện", "đơn", "kháng nghị", "tuyên bố chủ quyền", "yêu sách chủ quyền",
              "lệnh bắt", "lệnh truy nã", "phán quyết", "tối hậu thư", "kế hoạch", "đề xuất", "điều kiện tiên quyết",
              "sự chặn", "việc chặn", "lập trường phản đối"]:
        if v == "không còn" and n not in ("phản đối", "phủ quyết", "sự phản đối"):
            continue
        if v in ("rút", "thôi") and n not in ("đơn kiện", "đơn", "đơn khiếu nại", "khiếu nại", "phủ quyết", "yêu cầu",
                                          "phản đối"):
            continue
        c = "083" if n in ("yêu cầu", "đòi hỏi") else "0832" if n in ("kế hoạch", "đề xuất") else "080"
        tgt = "against" if n in ("cáo buộc", "khiếu nại", "đơn khiếu nại", "đơn kiện", "vụ kiện", "đơn", "kháng nghị",
                                 "lệnh bắt", "lệnh truy nã") else "obj"
        R(f"{v} {n}", "CONCEDE", "", c, "", "subj", tgt, f"drop: {n}")
        R(f"{v} ~ {n}", "CONCEDE", "", c, "", "subj", tgt, f"drop: {n} (words between)")
for p in ["bật đèn xanh cho", "bật đèn xanh", "chấp thuận việc gia nhập", "phê chuẩn việc gia nhập", "thông qua việc gia nhập",
          "đồng ý để", "chấp nhận để", "nhượng bộ", "chịu nhượng bộ", "buộc phải nhượng bộ", "xuống nước", "nhún nhường",
          "lùi một bước", "nhượng bộ trước", "chấp nhận các điều kiện", "đáp ứng các yêu cầu", "chấp nhận đòi hỏi",
          "đáp ứng đòi hỏi", "từ bỏ lập trường", "thay đổi lập trường", "đảo ngược lập trường", "điều chỉnh lập trường"]:
    R(p, "CONCEDE", "", "080", "", "subj", "obj", "yield, drop an objection")
VISAV = ["nối lại", "khôi phục", "nối lại việc", "khôi phục việc", "mở lại", "bắt đầu lại", "tái khởi động", "nới lỏng",
         "đơn giản hóa", "giảm", "miễn", "gia hạn", "mở rộng", "cho phép", "cấp lại", "nới lỏng quy định", "nới lỏng các quy định",
         "nới lỏng chính sách", "dỡ bỏ hạn chế", "dỡ bỏ các hạn chế", "dỡ bỏ ~ hạn chế", "gỡ bỏ hạn chế", "bãi bỏ hạn chế",
         "nới lỏng hạn chế", "nới lỏng ~ hạn chế"]
VISAN = ["cấp thị thực", "thị thực", "visa", "cấp visa", "thị thực du lịch", "cấp thị thực du lịch", "miễn thị thực",
         "chế độ miễn thị thực", "thị thực điện tử", "quy định thị thực", "thủ tục thị thực", "thủ tục cấp thị thực",
         "phí thị thực", "thời hạn lưu trú", "nhập cảnh", "xuất cảnh", "đi lại", "hạn chế thị thực", "hạn chế nhập cảnh",
         "hạn chế đi lại", "lệnh cấm nhập cảnh", "lệnh cấm đi lại", "lệnh cấm xuất cảnh"]
for v in VISAV:
    for n in VISAN:
        if v in ("cho phép", "miễn", "giảm") and n not in ("nhập cảnh", "phí thị thực", "thị thực", "xuất cảnh", "đi lại"):
            continue
        if ("hạn chế" in v) and ("hạn chế" in n or "lệnh cấm" in n):
            continue
        if v in ("gia hạn", "mở rộng", "cấp lại") and n not in ("miễn thị thực", "chế độ miễn thị thực", "thời hạn lưu trú",
                                                             "thị thực", "visa", "thị thực điện tử"):
            continue     # extending an entry ban is no easing
        R(f"{v} {n}", "CONCEDE", "", "081", "migration", "subj", "to", f"ease restrictions on people: {n}")
        R(f"{v} ~ {n}", "CONCEDE", "", "081", "migration", "subj", "to", f"ease restrictions on people: {n} (words between)")
for v in ["dỡ bỏ", "gỡ bỏ", "bãi bỏ", "hủy bỏ", "nới lỏng", "xóa bỏ", "chấm dứt", "thu hồi", "rút lại"]:
    for n in ["lệnh cấm nhập cảnh", "lệnh cấm đi lại", "lệnh cấm xuất cảnh", "hạn chế thị thực", "hạn chế nhập cảnh",
              "các hạn chế thị thực", "biện pháp hạn chế thị thực", "các biện pháp hạn chế thị thực", "lệnh trừng phạt cá nhân",
              "lệnh cấm hoạt động", "hạn chế hoạt động", "lệnh cấm phát sóng", "lệnh cấm đối với", "hạn chế đối với phóng viên",
              "hạn chế đối với nhà báo", "hạn chế đối với các nhà ngoại giao", "hạn chế đi lại đối với", "lệnh cấm nhà báo",
              "danh sách cấm nhập cảnh", "lệnh cấm"]:
        R(f"{v} {n}", "CONCEDE", "", "081", "", "subj", "to", f"ease restrictions on people: {n}")
        R(f"{v} ~ {n}", "CONCEDE", "", "081", "", "subj", "to", f"ease restrictions on people: {n} (words between)")
for p in ["cho phép ~ văn phòng ~ hoạt động trở lại", "cho phép ~ hoạt động trở lại", "cấp phép hoạt động trở lại",
          "cấp lại giấy phép", "cấp lại thẻ nhà báo", "cho phép phóng viên", "khôi phục giấy phép", "mở lại văn phòng",
          "cho phép ~ trở lại", "cho phép ~ nhập cảnh", "cho phép ~ nhập cảnh trở lại", "cấp thị thực cho",
          "miễn thị thực cho", "đơn phương miễn thị thực cho", "kéo dài thời hạn miễn thị thực", "mở rộng miễn thị thực",
          "cho phép ~ nhà báo", "cho phép ~ phóng viên", "cho phép ~ hãng tin", "cho phép ~ đài", "cho phép ~ tổ chức phi chính phủ"]:
    R(p, "CONCEDE", "", "081", "", "subj", "to", "ease restrictions on people and organisations")

# ------------------------------------------------------------------ REQUEST
REQV = {"kêu gọi": "02", "đề nghị": "02", "yêu cầu": "10", "đòi": "10", "đòi hỏi": "10", "hối thúc": "02", "thúc giục": "02",
        "giục": "02", "thúc ép": "10", "đề nghị được": "02", "kiến nghị": "02", "khẩn thiết kêu gọi": "02",
        "kêu gọi mạnh mẽ": "02", "mạnh mẽ kêu gọi": "02", "kiên quyết yêu cầu": "10", "cương quyết yêu cầu": "10",
        "yêu cầu ngay lập tức": "10", "một lần nữa kêu gọi": "02", "tiếp tục kêu gọi": "02", "tiếp tục yêu cầu": "10",
        "đồng thời yêu cầu": "10", "đồng thời kêu gọi": "02", "ra yêu cầu": "10", "đưa ra yêu cầu": "10",
        "gửi yêu cầu": "10", "gửi đề nghị": "02", "đề nghị chính thức": "02", "yêu cầu chính thức": "10",
        "chính thức yêu cầu": "10", "chính thức đề nghị": "02", "khẩn cầu": "02", "cầu xin": "02", "nài nỉ": "02",
        "thỉnh cầu": "02", "xin": "02", "yêu sách": "10", "gây sức ép": "10", "gây áp lực": "10"}
REQA = [  # act, suffix (appeal code tail, demand code tail) , mode, target slot
    ("rút quân", "0256", "1056", "yield"), ("rút khỏi", "0256", "1056", "yield"), ("ngừng bắn", "0256", "1056", "yield"),
    ("ngừng tấn công", "0256", "1056", "yield"), ("chấm dứt tấn công", "0256", "1056", "yield"),
    ("chấm dứt chiến tranh", "0256", "1056", "yield"), ("chấm dứt xung đột", "0256", "1056", "yield"),
    ("kiềm chế", "0256", "1056", "yield"), ("giảm căng thẳng", "0256", "1056", "yield"),
    ("giảm leo thang", "0256", "1056", "yield"), ("xuống thang", "0256", "1056", "yield"),
    ("tránh leo thang", "0256", "1056", "yield"), ("ngừng các hoạt động quân sự", "0256", "1056", "yield"),
    ("thả", "0253", "1053", "yield"), ("trả tự do", "0253", "1053", "yield"), ("phóng thích", "0253", "1053", "yield"),
    ("trao trả", "0253", "1053", "yield"), ("thả ngay", "0253", "1053", "yield"), ("trả lại", "0253", "1053", "yield"),
    ("trả tự do ngay lập tức", "0253", "1053", "yield"), ("thả tàu", "0253", "1053", "yield"),
    ("dỡ bỏ trừng phạt", "0254", "1054", "yield"), ("dỡ bỏ lệnh trừng phạt", "0254", "1054", "yield"),
    ("dỡ bỏ cấm vận", "0254", "1054", "yield"), ("dỡ bỏ các lệnh trừng phạt", "0254", "1054", "yield"),
    ("nới lỏng trừng phạt", "0254", "1054", "yield"), ("dỡ bỏ thuế", "0254", "1054", "yield"),
    ("dỡ bỏ lệnh cấm", "0251", "1051", "yield"), ("dỡ bỏ phong tỏa", "0256", "1056", "yield"),
    ("cho phép", "0255", "1055", "yield"), ("mở cửa", "0255", "1055", "yield"),
    ("cho phép tiếp cận", "0255", "1055", "yield"), ("mở hành lang nhân đạo", "0255", "1055", "yield"),
    ("viện trợ", "023", "103", "assist"), ("hỗ trợ", "023", "103", "assist"), ("giúp đỡ", "023", "103", "assist"),
    ("cung cấp", "023", "103", "assist"), ("cung cấp vũ khí", "0232", "1032", "assist"),
    ("viện trợ quân sự", "0232", "1032", "assist"), ("hỗ trợ quân sự", "0232", "1032", "assist"),
    ("viện trợ nhân đạo", "0233", "1033", "assist"), ("hỗ trợ nhân đạo", "0233", "1033", "assist"),
    ("hỗ trợ tài chính", "0231", "1031", "assist"), ("bồi thường", "0231", "1031", "assist"),
    ("hợp tác", "021", "101", "assist"), ("dẫn độ", "0213", "1013", "assist"), ("điều tra", "021", "101", "assist"),
    ("ủng hộ", "022", "102", "assist"), ("tôn trọng", "024", "1042", "change"), ("tuân thủ", "024", "1042", "change"),
    ("thay đổi chính sách", "0242", "1042", "change"), ("cải cách", "024", "104", "change"),
    ("từ chức", "0241", "1041", "change"), ("tổ chức bầu cử", "0244", "1044", "change"),
    ("chấm dứt", "0242", "1042", "change"), ("ngừng", "0242", "1042", "change"), ("dừng", "0242", "1042", "change"),
    ("xin lỗi", "022", "102", "change"), ("giải thích", "020", "100", ""), ("làm rõ", "020", "100", ""),
    ("đàm phán", "026", "106", "meet"), ("đối thoại", "026", "106", "meet"), ("gặp", "026", "106", "meet"),
    ("nối lại đàm phán", "026", "106", "meet"), ("quay lại bàn đàm phán", "026", "106", "meet"),
    ("trở lại bàn đàm phán", "026", "106", "meet"), ("ngồi vào bàn đàm phán", "026", "106", "meet"),
    ("giải quyết hòa bình", "027", "107", "meet"), ("giải quyết tranh chấp", "027", "107", "meet"),
    ("giải quyết bất đồng", "027", "107", "meet"), ("giải quyết bằng biện pháp hòa bình", "027", "107", "meet"),
    ("hòa giải", "028", "108", "meet"), ("làm trung gian", "028", "108", "meet"),
    ("trục xuất", "020", "100", ""), ("triệu hồi", "020", "100", ""), ("hủy bỏ", "0242", "1042", "change"),
    ("rút lại", "0242", "1042", "change"), ("bãi bỏ", "0242", "1042", "change"), ("hoãn", "0242", "1042", "change"),
    ("ngừng xả thải", "0242", "1042", "change"), ("ngăn chặn", "0242", "1042", "change"),
    ("cấm", "0242", "1042", "change"), ("ban hành luật", "0242", "1042", "change"), ("trừng phạt", "020", "100", ""),
]
for v, kind in REQV.items():
    if v not in ("kêu gọi", "đề nghị", "yêu cầu", "đòi", "hối thúc", "thúc giục", "giục", "thúc ép", "kiến nghị",
                 "kiên quyết yêu cầu", "tiếp tục kêu gọi", "tiếp tục yêu cầu", "chính thức yêu cầu", "đưa ra yêu cầu",
                 "gây sức ép", "gây áp lực", "khẩn thiết kêu gọi", "đòi hỏi", "thỉnh cầu", "xin"):
        continue
    for act, ca, cd, mode in REQA:
        if v in ("đề nghị", "xin") and act in ("hòa giải", "làm trung gian"):
            continue     # `X đề nghị làm trung gian` offers mediation: AGREE 039
        c = ca if kind == "02" else cd
        R(f"{v} {act}", "REQUEST", mode, c, "", "subj", "obj", f"{v}: {act}")
        R(f"{v} ~ {act}", "REQUEST", mode, c, "", "subj", "obj", f"{v} (the addressee) {act}")
for p in ["lời kêu gọi", "các lời kêu gọi", "yêu cầu của", "theo yêu cầu của", "đề nghị của", "theo đề nghị của",
          "lời đề nghị", "đơn đề nghị", "công hàm đề nghị", "yêu cầu chính thức", "thư yêu cầu", "gửi thư yêu cầu",
          "gửi công hàm yêu cầu", "đề nghị phía", "yêu cầu phía", "kêu gọi phía", "đề nghị các nước", "kêu gọi các bên",
          "kêu gọi các nước", "yêu cầu các bên", "kêu gọi cộng đồng quốc tế", "đề nghị cộng đồng quốc tế"]:
    src, tgt = ("subj", "obj")
    if p.endswith("của"):
        src, tgt = ("gen", "to")
    R(p, "REQUEST", "", "020" if not p.startswith("yêu cầu") else "100", "", src, tgt, "appeal, demand")

# ------------------------------------------------------------------ ACCUSE
ACCV = {"cáo buộc": ("112", "allege"), "tố cáo": ("112", "allege"), "buộc tội": ("112", "allege"),
        "lên án": ("111", "disapprove"), "chỉ trích": ("111", "disapprove"), "phê phán": ("111", "disapprove"),
        "phản đối": ("110", "disapprove"), "đổ lỗi": ("112", "allege"), "quy trách nhiệm": ("112", "allege"),
        "quy kết": ("112", "allege"), "lên tiếng chỉ trích": ("111", "disapprove"),
        "lên tiếng phản đối": ("110", "disapprove"), "lên tiếng lên án": ("111", "disapprove"),
        "cực lực lên án": ("111", "disapprove"), "kịch liệt lên án": ("111", "disapprove"),
        "mạnh mẽ lên án": ("111", "disapprove"), "kiên quyết phản đối": ("110", "disapprove"),
        "cực lực phản đối": ("110", "disapprove"), "mạnh mẽ phản đối": ("110", "disapprove"),
        "gay gắt chỉ trích": ("111", "disapprove"), "công khai chỉ trích": ("111", "disapprove"),
        "công khai cáo buộc": ("112", "allege"), "tiếp tục cáo buộc": ("112", "allege"), "một lần nữa cáo buộc": ("112", "allege"),
        "lại cáo buộc": ("112", "allege"), "đồng loạt lên án": ("111", "disapprove"), "đồng thanh lên án": ("111", "disapprove"),
        "bày tỏ phản đối": ("110", "disapprove"), "bày tỏ quan ngại": ("110", "disapprove"),
        "bày tỏ quan ngại sâu sắc": ("110", "disapprove"), "quan ngại sâu sắc": ("110", "disapprove"),
        "bày tỏ lo ngại": ("110", "disapprove"), "bày tỏ phẫn nộ": ("110", "disapprove"),
        "bày tỏ bất bình": ("110", "disapprove"), "chỉ trích gay gắt": ("111", "disapprove"),
        "lên án mạnh mẽ": ("111", "disapprove"), "phản đối mạnh mẽ": ("110", "disapprove"),
        "phản đối gay gắt": ("110", "disapprove"), "phản đối quyết liệt": ("110", "disapprove")}
ACCN = {"hành động": None, "hành vi": None, "việc": None, "vụ": None, "vụ tấn công": "1123", "cuộc tấn công": "1123",
        "các cuộc tấn công": "1123", "vụ không kích": "1123", "cuộc không kích": "1123", "các cuộc không kích": "1123",
        "vụ pháo kích": "1123", "hành động xâm lược": "1123", "sự xâm lược": "1123", "xâm lược": "1123",
        "gây hấn": "1123", "hành động gây hấn": "1123", "khiêu khích": "1123", "hành động khiêu khích": "1123",
        "vi phạm": None, "vi phạm thỏa thuận": None, "vi phạm lệnh ngừng bắn": "1123", "vi phạm chủ quyền": "1123",
        "vi phạm không phận": "1123", "vi phạm lãnh hải": "1123", "vi phạm luật pháp quốc tế": None,
        "xâm phạm chủ quyền": "1123", "xâm phạm": "1123", "can thiệp": None, "can thiệp vào công việc nội bộ": None,
        "can thiệp nội bộ": None, "tội ác chiến tranh": "1124", "diệt chủng": "1124", "tội ác": "1124",
        "thảm sát": "1124", "vi phạm nhân quyền": "1122", "đàn áp": "1122", "gián điệp": "1125", "hoạt động gián điệp": "1125",
        "do thám": "1125", "tham nhũng": "1121", "rửa tiền": "1121", "buôn lậu": "1121", "khủng bố": "1121",
        "tài trợ khủng bố": "1121", "hỗ trợ khủng bố": "1121", "chứa chấp": "1121", "tấn công mạng": "1121",
        "tung tin giả": None, "xuyên tạc": None, "bóp méo": None, "phá hoại": None, "đe dọa": None,
        "quân sự hóa": "1123", "bồi đắp": "1123", "cưỡng ép": None, "bắt nạt": None, "quấy rối": None,
        "vũ khí hóa": None, "lạm dụng": None, "phân biệt đối xử": "1122", "bán phá giá": None, "trợ giá": None,
        "thao túng tiền tệ": None, "ăn cắp": "1121", "đánh cắp": "1121", "đánh cắp công nghệ": "1121", "sở hữu trí tuệ": None,
        "nói dối": None, "dối trá": None, "đạo đức giả": None, "tiêu chuẩn kép": None, "gây bất ổn": None,
        "kích động": None, "che giấu": None, "đứng sau": None, "chủ mưu": None, "tiếp tay": None, "cung cấp vũ khí": None,
        "hậu thuẫn": None, "xả thải": None, "xả nước thải": None, "ô nhiễm": None, "ám sát": "1123", "bắt cóc": "1121"}
for v, (c, mode) in ACCV.items():
    for n, cn in (ACCN.items() if v in ("cáo buộc", "tố cáo", "buộc tội", "lên án", "chỉ trích", "phê phán", "phản đối",
                                       "đổ lỗi", "quy trách nhiệm", "cực lực lên án", "kịch liệt lên án", "lên án mạnh mẽ",
                                       "chỉ trích gay gắt", "kiên quyết phản đối", "công khai cáo buộc", "tiếp tục cáo buộc",
                                       "lên tiếng chỉ trích", "lên tiếng phản đối", "bày tỏ quan ngại") else []):
        cc = cn if (cn and c == "112") else c
        R(f"{v} {n}", "ACCUSE", mode, cc, "", "subj", "obj", f"{v}: {n}")
    R(f"{v} ~ về", "ACCUSE", mode, c, "", "subj", "obj", f"{v} (the accused) about")
    R(f"{v} ~ vì", "ACCUSE", mode, c, "", "subj", "obj", f"{v} (the accused) for")
    R(f"{v} ~ đã", "ACCUSE", mode, c, "", "subj", "obj", f"{v} (the accused) of having")
    R(f"{v} ~ là", "ACCUSE", mode, c, "", "subj", "obj", f"{v} (the accused) of being")
    R(f"{v} ~ gây ra", "ACCUSE", mode, c, "", "subj", "obj", f"{v} (the accused) of causing")
    R(f"{v} ~ vi phạm", "ACCUSE", mode, c, "", "subj", "obj", f"{v} (the accused) of violating")
    R(f"{v} ~ tấn công", "ACCUSE", mode, "1123" if c == "112" else c, "", "subj", "obj", f"{v} (the accused) of attacking")
for cl in ["lời", "những lời", "các", "những", "lời lẽ", "làn sóng", "sự", "các lời"]:
    for n, c, mode in [("cáo buộc", "112", "allege"), ("chỉ trích", "111", "disapprove"), ("lên án", "111", "disapprove"),
                       ("phản đối", "110", "disapprove"), ("tố cáo", "112", "allege"), ("phê phán", "111", "disapprove")]:
        R(f"{cl} {n}", "ACCUSE", mode, c, "", "subj", "obj", f"{n} (noun)")
        R(f"đưa ra {cl} {n}", "ACCUSE", mode, c, "", "subj", "obj", f"make {n}")
# official complaints, protest notes, lawsuits, investigations
for p in ["trao công hàm phản đối", "gửi công hàm phản đối", "công hàm phản đối", "gửi công hàm", "trao công hàm",
          "giao thiệp phản đối", "giao thiệp", "gửi kháng thư", "trao kháng thư", "kháng thư", "gửi thư phản đối",
          "thư phản đối", "phản đối chính thức", "chính thức phản đối", "phản đối ngoại giao", "gửi phản đối",
          "đệ trình phản đối", "trình khiếu nại", "gửi khiếu nại", "nộp đơn khiếu nại", "khiếu nại chính thức",
          "khiếu nại lên", "khiếu nại với", "gửi đơn khiếu nại", "triệu tập đại sứ ~ phản đối", "triệu tập đại sứ để phản đối",
          "triệu tập đại sứ ~ để phản đối", "triệu đại sứ ~ phản đối", "trao công hàm ~ phản đối",
          "kiên quyết phản đối và yêu cầu", "phản đối và đề nghị", "phản đối và yêu cầu"]:
    R(p, "ACCUSE", "allege", "114", "diplomatic", "subj", "obj", "official complaint, protest note")
for p in ["kiện", "khởi kiện", "đâm đơn kiện", "nộp đơn kiện", "đệ đơn kiện", "đưa ra tòa", "kiện ra tòa",
          "kiện lên tòa", "đưa ~ ra tòa", "kiện ~ ra", "kiện ~ lên", "khởi kiện ~ lên", "kiện ra Tòa án Công lý Quốc tế",
          "kiện ra ICJ", "kiện lên WTO", "khởi kiện lên WTO", "đưa vụ việc ra", "đưa tranh chấp ra", "đệ trình vụ kiện",
          "vụ kiện chống lại", "đơn kiện chống lại", "kiện ~ tại", "khởi kiện ~ tại", "yêu cầu trọng tài", "khởi động thủ tục trọng tài",
          "khởi động thủ tục giải quyết tranh chấp"]:
    R(p, "ACCUSE", "allege", "115", "legal", "subj", "obj", "lawsuit")
for p in ["mở cuộc điều tra", "mở điều tra", "tiến hành điều tra", "điều tra về", "mở cuộc điều tra chống bán phá giá",
          "điều tra chống bán phá giá", "điều tra chống trợ cấp", "điều tra chống lẩn tránh", "khởi xướng điều tra",
          "điều tra ~ chống bán phá giá", "mở cuộc điều tra về", "điều tra tội ác chiến tranh", "điều tra vụ",
          "điều tra nhằm vào", "điều tra đối với", "cuộc điều tra nhằm vào", "cuộc điều tra đối với", "cuộc điều tra về"]:
    c = "094" if "tội ác" in p else "090"
    R(p, "ACCUSE", "investigate", c, "legal", "subj", "obj", "investigation")

# ------------------------------------------------------------------ REJECT
REJV = {"bác bỏ": "120", "phủ nhận": "120", "phản bác": "120", "từ chối": "120", "khước từ": "120", "cự tuyệt": "120",
        "gạt bỏ": "120", "bác thẳng thừng": "120", "thẳng thừng bác bỏ": "120", "thẳng thừng từ chối": "120",
        "kiên quyết bác bỏ": "120", "kiên quyết từ chối": "120", "dứt khoát từ chối": "120", "dứt khoát bác bỏ": "120",
        "cương quyết bác bỏ": "120", "một mực phủ nhận": "120", "một mực từ chối": "120", "lên tiếng bác bỏ": "120",
        "lên tiếng phủ nhận": "120", "lên tiếng phản bác": "120", "gay gắt bác bỏ": "120", "mạnh mẽ bác bỏ": "120",
        "chính thức bác bỏ": "120", "chính thức từ chối": "120", "bác bỏ hoàn toàn": "120", "phủ nhận hoàn toàn": "120",
        "nhanh chóng bác bỏ": "120", "lập tức bác bỏ": "120", "tiếp tục bác bỏ": "120", "tiếp tục từ chối": "120",
        "tiếp tục phủ nhận": "120", "không chấp nhận": "120", "không công nhận": "120", "không thừa nhận": "120",
        "bác tin": "120", "bác đề xuất": "120", "gạt đi": "120", "ngó lơ": "128", "phớt lờ": "128", "bất chấp": "128",
        "bỏ ngoài tai": "128", "thách thức": "128", "coi thường": "128", "gạt phăng": "120", "gạt phắt": "120",
        "bác phăng": "120", "thẳng thừng gạt bỏ": "120", "gạt bỏ hoàn toàn": "120"}
REJN = {"yêu sách": "120", "yêu sách chủ quyền": "120", "tuyên bố chủ quyền": "120", "các yêu sách": "120",
        "cáo buộc": "120", "các cáo buộc": "120", "những cáo buộc": "120", "lời cáo buộc": "120", "thông tin": "120",
        "tuyên bố": "120", "chỉ trích": "120", "những chỉ trích": "120", "yêu cầu": "120", "các yêu cầu": "120",
        "đề nghị": "125", "đề xuất": "125", "lời đề nghị": "125", "lời kêu gọi": "120", "kêu gọi": "120",
        "quan điểm": "120", "lập trường": "120", "kế hoạch": "127", "sáng kiến": "127", "kế hoạch hòa bình": "127",
        "đề xuất hòa bình": "127", "thỏa thuận": "127", "đề xuất ngừng bắn": "127", "lệnh ngừng bắn": "1246",
        "ngừng bắn": "1246", "đàm phán": "125", "đối thoại": "125", "hòa đàm": "125", "gặp": "125", "cuộc gặp": "125",
        "lời mời": "125", "hội đàm": "125", "hòa giải": "126", "trung gian": "126", "vai trò trung gian": "126",
        "đề nghị hòa giải": "126", "đề nghị làm trung gian": "126", "phán quyết": "128", "nghị quyết": "120",
        "yêu cầu dẫn độ": "1213", "dẫn độ": "1213", "hợp tác": "121", "viện trợ": "122", "hỗ trợ": "122",
        "rút quân": "1246", "thả": "1243", "trả tự do": "1243", "dỡ bỏ trừng phạt": "1244", "dỡ bỏ lệnh trừng phạt": "1244",
        "thanh sát": "1245", "thanh sát viên": "1245", "cho phép": "1245", "tiếp nhận": "1245", "cấp thị thực": "121",
        "nhượng bộ": "124", "nhượng bộ trước": "124", "rút lui": "124", "từ bỏ": "124", "thay đổi chính sách": "1232",
        "trách nhiệm": "120", "liên quan": "120", "có liên quan": "120", "dính líu": "120", "việc": "120",
        "kết quả": "120", "kết luận": "120", "báo cáo": "120", "đơn": "120", "tối hậu thư": "124", "điều kiện": "124",
        "trục xuất": "124", "trục xuất đại sứ": "124", "ký": "120", "tham gia": "120", "phê chuẩn": "120", "công nhận": "120"}
for v, c0 in REJV.items():
    for n, c in (REJN.items() if v in ("bác bỏ", "phủ nhận", "phản bác", "từ chối", "khước từ", "cự tuyệt", "gạt bỏ",
                                       "thẳng thừng bác bỏ", "thẳng thừng từ chối", "kiên quyết bác bỏ", "kiên quyết từ chối",
                                       "dứt khoát từ chối", "không chấp nhận", "phớt lờ", "bất chấp", "một mực phủ nhận",
                                       "lên tiếng bác bỏ", "gạt phăng", "bác phăng") else []):
        cc = c0 if c0 == "128" else c
        mode = "yield" if cc.startswith("124") or cc == "128" else "meet" if cc in ("125", "126", "127") else \
               "assist" if cc.startswith(("121", "122")) else ""
        tgt = "gen" if n in ("cáo buộc", "các cáo buộc", "những cáo buộc", "lời cáo buộc", "thông tin", "tuyên bố",
                              "chỉ trích", "những chỉ trích", "yêu cầu", "các yêu cầu", "đề nghị", "đề xuất", "lời đề nghị",
                              "lời kêu gọi", "quan điểm", "lập trường", "kế hoạch", "sáng kiến", "lời mời") else "obj"
        R(f"{v} {n}", "REJECT", mode, cc, "", "subj", tgt, f"{v}: {n}")
    R(f"{v} ~ của", "REJECT", "", c0, "", "subj", "obj", f"{v} X of (the other party)")
for p in ["bác bỏ đề xuất trục xuất", "từ chối trục xuất", "bác bỏ đề nghị trục xuất", "bác bỏ yêu cầu trục xuất",
          "phủ quyết nghị quyết", "bỏ phiếu phủ quyết", "dùng quyền phủ quyết", "phủ quyết ~ nghị quyết",
          "ngăn cản việc thông qua", "chặn việc thông qua", "bỏ phiếu chống", "bỏ phiếu phản đối",
          "tẩy chay hội nghị", "từ chối tham dự", "từ chối tham gia", "rời bàn đàm phán", "bỏ về", "bỏ ngang",
          "câu trả lời là không", "nói không", "trả lời không", "dứt khoát không"]:
    c = "129" if "phủ quyết" in p or "thông qua" in p else "124" if "trục xuất" in p else "120"
    R(p, "REJECT", "", c, "diplomatic", "subj", "obj", "reject, refuse, veto")

# ------------------------------------------------------------------ THREATEN
THRV = ["đe dọa", "dọa", "hăm dọa", "cảnh báo", "đe dọa sẽ", "dọa sẽ", "cảnh báo sẽ", "thề sẽ", "thề", "cảnh cáo",
        "lên tiếng đe dọa", "ra tối hậu thư", "tối hậu thư"]
THRA = {"trả đũa": ("130", ""), "đáp trả": ("130", ""), "đáp trả quân sự": ("138", "violence"),
        "đáp trả mạnh mẽ": ("130", ""), "đáp trả tương xứng": ("130", ""), "trả thù": ("138", "violence"),
        "tấn công": ("138", "violence"), "tấn công quân sự": ("138", "violence"), "không kích": ("138", "violence"),
        "tiêu diệt": ("138", "violence"), "xóa sổ": ("138", "violence"), "hủy diệt": ("138", "violence"),
        "sử dụng vũ lực": ("138", "violence"), "dùng vũ lực": ("138", "violence"), "hành động quân sự": ("138", "violence"),
        "biện pháp quân sự": ("138", "violence"), "sử dụng vũ khí hạt nhân": ("1384", "violence"),
        "dùng vũ khí hạt nhân": ("1384", "violence"), "tấn công hạt nhân": ("1384", "violence"),
        "chiến tranh": ("138", "violence"), "gây chiến": ("138", "violence"), "phong tỏa": ("1382", "territory"),
        "chiếm": ("1382", "territory"), "sáp nhập": ("1382", "territory"), "xâm lược": ("138", "violence"),
        "trừng phạt": ("1312", "restrict"), "áp đặt trừng phạt": ("1312", "restrict"), "áp thuế": ("1312", "restrict"),
        "tăng thuế": ("1312", "restrict"), "áp thuế quan": ("1312", "restrict"), "cấm vận": ("1312", "restrict"),
        "cắt": ("1312", "restrict"), "cắt nguồn cung": ("1312", "restrict"), "ngừng cung cấp": ("1312", "restrict"),
        "cắt viện trợ": ("1311", "relations"), "ngừng viện trợ": ("1311", "relations"),
        "cắt đứt quan hệ": ("1313", "relations"), "hạ cấp quan hệ": ("1313", "relations"),
        "đóng cửa": ("1313", "relations"), "trục xuất": ("136", "expel"), "trục xuất đại sứ": ("136", "expel"),
        "triệu hồi đại sứ": ("1313", "relations"), "rút đại sứ": ("1313", "relations"), "rút khỏi": ("1313", "relations"),
        "hủy bỏ thỏa thuận": ("1313", "relations"), "hủy bỏ": ("1313", "relations"), "hủy": ("1313", "relations"),
        "chấm dứt": ("1313", "relations"), "đình chỉ": ("1313", "relations"), "ngừng đàm phán": ("134", "relations"),
        "rút khỏi đàm phán": ("134", "relations"), "bắt giữ": ("132", "arrest"), "bắt": ("132", "arrest"),
        "bỏ tù": ("132", "arrest"), "hậu quả": ("130", ""), "hậu quả nghiêm trọng": ("130", ""),
        "hậu quả khôn lường": ("130", ""), "biện pháp đáp trả": ("130", ""), "biện pháp cứng rắn": ("130", ""),
        "các biện pháp cần thiết": ("130", ""), "mọi biện pháp": ("130", ""), "bắn hạ": ("138", "violence"),
        "bắn rơi": ("138", "violence"), "đánh chìm": ("138", "violence"), "phá hủy": ("138", "violence"),
        "phóng tên lửa": ("138", "violence"), "thử hạt nhân": ("138", "violence"), "đóng cửa biên giới": ("1312", "restrict"),
        "đóng cửa không phận": ("1312", "restrict"), "cấm nhập khẩu": ("1312", "restrict"), "cấm": ("1312", "restrict"),
        "dỡ bỏ": ("1313", "relations"), "xé bỏ": ("1313", "relations"), "bãi bỏ": ("1313", "relations"),
        "cắt nguồn cung khí đốt": ("1312", "restrict"), "cắt nguồn cung dầu": ("1312", "restrict"),
        "cắt khí đốt": ("1312", "restrict"), "ngừng cung cấp khí đốt": ("1312", "restrict"), "cắt điện": ("1312", "restrict"),
        "ngừng xuất khẩu": ("1312", "restrict"), "cấm xuất khẩu": ("1312", "restrict"), "hạn chế xuất khẩu": ("1312", "restrict"),
        "cấm nhập khẩu": ("1312", "restrict"), "áp lệnh trừng phạt": ("1312", "restrict"),
        "áp đặt lệnh trừng phạt": ("1312", "restrict"), "trừng phạt thứ cấp": ("1312", "restrict"),
        "áp thuế trả đũa": ("1312", "restrict"), "áp thuế bổ sung": ("1312", "restrict"), "tăng thuế quan": ("1312", "restrict"),
        "đóng băng tài sản": ("1312", "restrict"), "tịch thu tài sản": ("1312", "restrict"), "cắt đứt quan hệ ngoại giao": ("1313", "relations"),
        "trục xuất nhà ngoại giao": ("136", "expel"), "trục xuất các nhà ngoại giao": ("136", "expel"),
        "đóng cửa đại sứ quán": ("1313", "relations"), "rút khỏi hiệp ước": ("1313", "relations"),
        "rút khỏi thỏa thuận": ("1313", "relations"), "đình chỉ hợp tác": ("1313", "relations")}
for v in THRV:
    for a, (c, mode) in THRA.items():
        if v in ("tuyên bố", "thề", "cảnh cáo") and c in ("1313", "1312", "1311", "134") and a not in ("trả đũa",):
            pass
        R(f"{v} {a}", "THREATEN", mode, c, "", "subj", "obj", f"threaten: {a}")
        if v in ("đe dọa", "dọa", "cảnh báo", "đe dọa sẽ", "dọa sẽ", "cảnh báo sẽ", "thề sẽ", "tuyên bố sẽ", "hăm dọa",
                 "cảnh cáo"):
            R(f"{v} ~ {a}", "THREATEN", mode, c, "", "subj", "obj", f"threaten: {a} (words between)")
for p in ["sẽ phải trả giá", "phải trả giá đắt", "sẽ phải trả giá đắt", "trả giá đắt", "phải chịu hậu quả",
          "sẽ phải chịu hậu quả", "gánh chịu hậu quả", "chịu mọi hậu quả", "chịu trách nhiệm về mọi hậu quả",
          "hoàn toàn chịu trách nhiệm về hậu quả", "không ngần ngại", "không loại trừ khả năng", "không loại trừ",
          "sẵn sàng đáp trả", "sẵn sàng trả đũa", "sẵn sàng tấn công", "sẵn sàng sử dụng vũ lực", "sẵn sàng chiến đấu",
          "sẵn sàng sử dụng vũ khí hạt nhân", "sẵn sàng dùng vũ lực", "bảo lưu quyền đáp trả", "có quyền đáp trả",
          "có quyền trả đũa", "bảo lưu quyền", "lời đe dọa", "các lời đe dọa", "những lời đe dọa", "lời cảnh báo",
          "những lời cảnh báo", "lời đe dọa mới", "đưa ra lời cảnh báo", "phát đi cảnh báo", "phát đi lời cảnh báo",
          "gửi lời cảnh báo", "gửi cảnh báo", "gửi tối hậu thư", "ra hạn chót", "đặt thời hạn chót", "đưa ra thời hạn",
          "đe dọa an ninh", "mối đe dọa quân sự"]:
    c, mode = ("138", "violence") if any(k in p for k in ("tấn công", "vũ lực", "chiến đấu", "hạt nhân")) else ("130", "")
    R(p, "THREATEN", mode, c, "", "subj", "obj", "threaten, warn")

# ------------------------------------------------------------------ PROTEST (collective civilian action)
for p in ["biểu tình", "tuần hành", "mít tinh", "xuống đường", "tụ tập", "diễu hành", "biểu tình ngồi", "tọa kháng",
          "biểu tình phản đối", "tuần hành phản đối", "tập trung phản đối", "tụ tập phản đối", "biểu tình chống",
          "tuần hành chống", "biểu tình bên ngoài", "biểu tình trước", "tập trung trước", "tụ tập trước",
          "tụ tập bên ngoài", "tập trung bên ngoài"]:
    for cl in ["", "cuộc", "các cuộc", "những cuộc", "hàng trăm người", "hàng nghìn người", "hàng nghìn người dân",
               "hàng chục nghìn người", "hàng trăm người dân", "hàng chục người", "người dân", "công đoàn",
               "các nhà hoạt động", "nhà hoạt động", "sinh viên", "ngư dân", "nông dân", "người lao động",
               "thành viên công đoàn", "đoàn viên công đoàn", "dân chúng", "đám đông", "người biểu tình"]:
        R(f"{cl} {p}".strip(), "PROTEST", "demo", "141", "", "subj", "against", f"collective protest: {p}")
    for t in ["đại sứ quán", "lãnh sự quán", "tổng lãnh sự quán", "văn phòng", "trụ sở"]:
        if p.endswith(("trước", "bên ngoài")):
            R(f"{p} {t}", "PROTEST", "demo", "141", "", "subj", "gen", f"protest at the embassy (its country after)")
for p in ["thả bóng bay chở truyền đơn", "thả bóng bay", "thả ~ bóng bay", "thả ~ khinh khí cầu", "thả khinh khí cầu",
          "phóng ~ bóng bay", "đưa ~ bóng bay", "thả ~ bóng bay chở truyền đơn", "thả ~ bóng bay chứa truyền đơn"]:
    R(p, "PROTEST", "demo", "140", "", "subj", "to", "activists' leaflet campaign across the border")
for p in ["tẩy chay hàng", "tẩy chay hàng hóa", "tẩy chay sản phẩm", "kêu gọi tẩy chay", "phong trào tẩy chay",
          "chiến dịch tẩy chay", "tẩy chay du lịch", "tẩy chay thương hiệu", "tẩy chay ~ hàng", "tẩy chay hàng Nhật",
          "tẩy chay hàng Trung Quốc", "tẩy chay hàng Mỹ", "tẩy chay hàng Hàn Quốc", "tẩy chay Thế vận hội",
          "tẩy chay World Cup"]:
    R(p, "PROTEST", "boycott", "143", "", "subj", "gen", "boycott")
for p in ["tuyệt thực phản đối", "tuyệt thực trước", "tuyệt thực tập thể", "cuộc tuyệt thực", "đình công phản đối",
          "cuộc đình công phản đối"]:
    R(p, "PROTEST", "hunger" if "tuyệt thực" in p else "strike", "142" if "tuyệt thực" in p else "143", "", "subj",
      "against", "hunger strike, strike")
for p in ["phong tỏa đường", "chặn đường ~ phản đối", "phong tỏa cửa khẩu", "chặn xe tải", "chặn đoàn xe",
          "phong tỏa biên giới ~ phản đối", "chặn cửa khẩu", "chặn lối vào", "chặn cổng", "phong tỏa cảng ~ phản đối",
          "bao vây đại sứ quán", "xông vào đại sứ quán", "đột nhập đại sứ quán", "tấn công đại sứ quán", "ném đá vào đại sứ quán",
          "ném trứng vào", "ném bom xăng vào", "đốt cờ", "đốt quốc kỳ", "xé quốc kỳ", "giẫm đạp lên cờ"]:
    c, mode = ("144", "obstruct") if any(k in p for k in ("chặn", "phong tỏa", "bao vây")) else ("145", "riot") \
        if any(k in p for k in ("xông", "đột nhập", "tấn công", "ném")) else ("140", "vandalize")
    R(p, "PROTEST", mode, c, "", "subj", "gen" if "đại sứ quán" in p else "against", "collective obstruction, riot")

# ------------------------------------------------------------------ SANCTION
EXPV = ["trục xuất", "tuyên bố ~ là nhân vật không được hoan nghênh", "tuyên bố ~ không được hoan nghênh",
        "yêu cầu ~ rời khỏi", "buộc ~ rời khỏi", "đuổi", "trục xuất ~ nhà ngoại giao", "trục xuất ~ ~ nhà ngoại giao",
        "trục xuất ~ quan chức ngoại giao", "trục xuất ~ nhân viên", "trục xuất ~ nhân viên đại sứ quán",
        "trục xuất ~ nhân viên ngoại giao", "trục xuất ~ tùy viên", "trục xuất ~ ~ tùy viên", "trục xuất ~ đại sứ",
        "trục xuất ~ ~ đại sứ", "trục xuất ~ đại biện", "trục xuất ~ lãnh sự", "trục xuất ~ tham tán",
        "trục xuất ~ bí thư", "trục xuất ~ thành viên", "trục xuất ~ cán bộ ngoại giao", "trục xuất ~ nhà ngoại giao của"]
for p in EXPV:
    R(p, "SANCTION", "expel", "166", "diplomatic", "subj", "obj", "expel diplomats")
for p in ["nhân vật không được hoan nghênh", "không được hoan nghênh", "persona non grata", "tuyên bố persona non grata",
          "tuyên bố là persona non grata", "tuyên bố ~ là persona non grata", "là người không được hoan nghênh",
          "người không được hoan nghênh", "trục xuất đáp trả", "trục xuất trả đũa", "biện pháp đáp trả tương xứng",
          "trục xuất nhà ngoại giao ~ để đáp trả", "động thái trả đũa", "làn sóng trục xuất", "vụ trục xuất",
          "việc trục xuất", "quyết định trục xuất", "lệnh trục xuất", "các vụ trục xuất", "trục xuất lẫn nhau",
          "trục xuất hàng loạt nhà ngoại giao", "có 72 giờ để rời khỏi", "có 48 giờ để rời khỏi", "có 7 ngày để rời khỏi",
          "trong vòng 72 giờ", "trong vòng 48 giờ", "phải rời khỏi"]:
    R(p, "SANCTION", "expel", "166", "diplomatic", "subj", "obj", "expulsion")
for v in ["triệu hồi", "rút", "gọi", "gọi về", "triệu về", "triệu hồi về nước", "rút về nước", "cho triệu hồi"]:
    for n in ["đại sứ", "đại sứ ~", "đại biện", "nhà ngoại giao", "các nhà ngoại giao", "toàn bộ nhà ngoại giao",
              "nhân viên ngoại giao", "nhân viên đại sứ quán", "phái bộ", "phái đoàn ngoại giao", "đặc phái viên",
              "tổng lãnh sự"]:
        if n == "đại sứ ~":
            R(f"{v} đại sứ ~ về nước", "SANCTION", "expel", "166", "diplomatic", "subj", "in", "recall the ambassador")
            R(f"{v} đại sứ ~ tại", "SANCTION", "expel", "166", "diplomatic", "subj", "in", "recall the ambassador from")
            continue
        R(f"{v} {n}", "SANCTION", "expel", "166", "diplomatic", "subj", "in", f"recall: {n}")
        R(f"{v} {n} về nước", "SANCTION", "expel", "166", "diplomatic", "subj", "in", f"recall: {n}")
        R(f"{v} {n} tại", "SANCTION", "expel", "166", "diplomatic", "subj", "in", f"recall: {n} from")
        R(f"{v} {n} khỏi", "SANCTION", "expel", "166", "diplomatic", "subj", "in", f"recall: {n} from")
SANCV = ["áp", "áp đặt", "áp dụng", "ban hành", "công bố", "đưa ra", "thông qua", "mở rộng", "siết chặt", "tăng cường",
         "gia hạn", "bổ sung", "tung", "tung ra", "phê duyệt", "ký lệnh", "ký sắc lệnh", "ra lệnh", "quyết định áp",
         "quyết định áp đặt", "tiếp tục áp", "tiếp tục áp đặt", "chính thức áp", "chính thức áp đặt", "đáp trả bằng",
         "trả đũa bằng", "đồng loạt áp", "đồng loạt áp đặt", "vừa áp", "vừa áp đặt", "đã áp", "sẽ áp"]
SANCNN = ["trừng phạt", "lệnh trừng phạt", "các lệnh trừng phạt", "biện pháp trừng phạt", "các biện pháp trừng phạt",
          "gói trừng phạt", "loạt trừng phạt", "đợt trừng phạt", "vòng trừng phạt", "lệnh trừng phạt mới",
          "các lệnh trừng phạt mới", "trừng phạt mới", "biện pháp trừng phạt mới", "chế tài", "các chế tài",
          "biện pháp chế tài", "cấm vận", "lệnh cấm vận", "thuế", "thuế quan", "mức thuế", "thuế nhập khẩu", "thuế bổ sung",
          "thuế đối ứng", "thuế trả đũa", "thuế chống bán phá giá", "thuế chống trợ cấp", "hạn ngạch", "lệnh cấm nhập khẩu",
          "lệnh cấm xuất khẩu", "hạn chế xuất khẩu", "hạn chế nhập khẩu", "kiểm soát xuất khẩu", "lệnh cấm",
          "các biện pháp hạn chế", "biện pháp hạn chế", "lệnh cấm nhập cảnh", "lệnh cấm vận vũ khí", "lệnh cấm bay",
          "lệnh đóng băng tài sản", "phụ thu", "thuế suất"]
for v in SANCV[:20]:
    for n in SANCNN:
        c = "163"
        R(f"{v} {n}", "SANCTION", "discontinue", c, "economic", "subj", "against", f"impose: {n}")
        if v not in ("gia hạn", "mở rộng", "bổ sung", "công bố", "thông qua", "đưa ra"):   # `gia hạn miễn trừ trừng phạt`
            R(f"{v} ~ {n}", "SANCTION", "discontinue", c, "economic", "subj", "against", f"impose: {n} (words between)")
for v in ["trừng phạt", "cấm vận", "áp thuế", "đánh thuế", "áp thuế ~ %", "áp thuế ~ phần trăm", "áp mức thuế",
          "áp mức thuế ~ %", "đánh thuế ~ %", "tăng thuế ~ %", "tăng thuế", "tăng thuế đối với", "áp thuế lên",
          "đánh thuế lên", "áp thuế với", "đánh thuế đối với", "áp thuế nhập khẩu", "áp thuế bổ sung", "áp thuế ~ bổ sung",
          "nâng thuế", "nâng thuế lên", "áp thuế quan ~ %", "tăng thuế quan", "tăng thuế quan lên", "trừng phạt ~ quan chức",
          "trừng phạt ~ công ty", "trừng phạt ~ doanh nghiệp", "trừng phạt ~ cá nhân", "trừng phạt ~ thực thể",
          "trừng phạt ~ ngân hàng", "trừng phạt ~ tàu", "đưa ~ vào danh sách trừng phạt", "đưa ~ vào danh sách đen",
          "đưa ~ vào danh sách thực thể", "bổ sung ~ vào danh sách trừng phạt", "liệt ~ vào danh sách", "đóng băng ~ tài sản",
          "phong tỏa ~ tài sản", "thu hồi ~ giấy phép xuất khẩu", "cấm ~ nhập khẩu", "cấm nhập khẩu ~ từ", "cấm ~ xuất khẩu",
          "cấm xuất khẩu ~ sang", "ngừng nhập khẩu ~ từ", "tạm dừng nhập khẩu ~ từ", "đình chỉ nhập khẩu ~ từ",
          "cấm ~ tàu", "cấm ~ máy bay", "cấm ~ hãng hàng không", "cấm các hãng hàng không", "đóng cửa không phận đối với",
          "đóng không phận", "cấm ~ bay qua", "cấm bay qua không phận", "cấm ~ nhập cảnh", "cấm nhập cảnh đối với",
          "hạn chế thị thực đối với", "ngừng cấp thị thực cho", "đình chỉ cấp thị thực cho", "tạm ngừng cấp thị thực",
          "tạm dừng cấp thị thực", "dừng cấp thị thực"]:
    c = "163"
    tgt = "to" if any(k in v for k in ("sang", "cho", "đối với", "lên", "với")) else "obj"
    R(v, "SANCTION", "discontinue", c, "economic", "subj", tgt, "sanction, tariff, ban")
for v in ["đình chỉ", "tạm đình chỉ", "tạm dừng", "tạm ngừng", "ngừng", "dừng", "cắt", "cắt đứt", "chấm dứt", "hủy", "hủy bỏ",
          "đóng băng", "đơn phương đình chỉ", "đơn phương chấm dứt", "tuyên bố đình chỉ", "quyết định đình chỉ",
          "quyết định tạm dừng", "tuyên bố cắt đứt", "quyết định cắt đứt"]:
    for n, c in [("thương mại", "163"), ("giao thương", "163"), ("mọi hoạt động thương mại", "163"),
                 ("hoạt động thương mại", "163"), ("quan hệ thương mại", "163"), ("nhập khẩu", "163"), ("xuất khẩu", "163"),
                 ("các chuyến bay", "160"), ("chuyến bay", "160"), ("đường bay", "160"), ("quá cảnh", "163"),
                 ("hiệp định", "160"), ("hiệp ước", "160"), ("thỏa thuận", "160"), ("các thỏa thuận song phương", "160"),
                 ("thỏa thuận song phương", "160"), ("hiệp ước nước Indus", "160"), ("hợp tác", "160"),
                 ("hợp tác quân sự", "160"), ("hợp tác quốc phòng", "160"), ("hợp tác kinh tế", "160"),
                 ("quan hệ ngoại giao", "161"), ("quan hệ", "161"), ("mọi quan hệ", "161"), ("liên lạc", "161"),
                 ("đối thoại", "164"), ("đàm phán", "164"), ("viện trợ", "162"), ("viện trợ quân sự", "1622"),
                 ("viện trợ kinh tế", "1621"), ("tài trợ", "1621"), ("cung cấp khí đốt", "160"), ("cung cấp dầu", "160"),
                 ("cung cấp điện", "160"), ("cấp thị thực", "163"), ("thị thực", "163"), ("miễn thị thực", "163"),
                 ("chương trình miễn thị thực", "163"), ("trao đổi", "160"), ("giao lưu", "160"), ("dự án", "160"),
                 ("đầu tư", "163"), ("vận tải", "163"), ("tuyến đường sắt", "160")]:
        mode = "withdraw" if c in ("161", "160", "164") else "discontinue"
        tgt = "with" if c in ("161", "160", "164") else "to"
        R(f"{v} {n}", "SANCTION", mode, c, "", "subj", tgt, f"halt: {n}")
        R(f"{v} ~ {n}", "SANCTION", mode, c, "", "subj", tgt, f"halt: {n} (words between)")
for v in ["đóng cửa", "đóng", "tạm đóng cửa", "phong tỏa", "niêm phong", "đóng chặt"]:
    for n in ["biên giới", "biên giới với", "cửa khẩu", "các cửa khẩu", "cửa khẩu biên giới", "toàn bộ biên giới",
              "tuyến biên giới", "các cửa khẩu biên giới", "không phận", "không phận đối với", "cảng", "các cảng",
              "đại sứ quán", "lãnh sự quán", "tổng lãnh sự quán", "văn phòng đại diện", "cơ quan đại diện"]:
        c = "161" if any(k in n for k in ("sứ quán", "lãnh sự", "đại diện")) else "160"
        mode = "withdraw"
        tgt = "in" if c == "161" else "with"
        R(f"{v} {n}", "SANCTION", mode, c, "", "subj", tgt, f"close: {n}")
for p in ["cắt đứt quan hệ ngoại giao với", "cắt đứt hoàn toàn quan hệ", "đoạn tuyệt quan hệ ngoại giao", "cắt quan hệ với",
          "tuyên bố cắt đứt quan hệ ngoại giao", "hạ cấp quan hệ ngoại giao xuống", "hạ cấp quan hệ xuống",
          "hạ cấp ~ quan hệ", "giảm cấp quan hệ ngoại giao", "rút toàn bộ nhân viên ngoại giao", "sơ tán đại sứ quán",
          "đóng cửa ~ đại sứ quán", "tạm ngừng hoạt động ~ đại sứ quán", "tạm ngừng hoạt động của đại sứ quán",
          "cắt giảm ~ nhân viên ngoại giao", "giảm số lượng nhà ngoại giao", "hủy ~ chuyến thăm", "hoãn ~ chuyến thăm",
          "hủy bỏ ~ chuyến thăm", "hủy ~ cuộc gặp", "hoãn ~ cuộc gặp", "hủy ~ hội đàm", "hoãn ~ hội đàm",
          "hủy ~ đàm phán", "hoãn ~ đàm phán", "rút khỏi ~ hiệp ước", "rút khỏi ~ thỏa thuận", "rút khỏi ~ hiệp định"]:
    c = "164" if any(k in p for k in ("cuộc gặp", "hội đàm", "đàm phán")) else "160" if "rút khỏi" in p else "161"
    R(p, "SANCTION", "withdraw", c, "diplomatic", "subj", "with", "reduce or break relations")

# ------------------------------------------------------------------ COERCE
for v in ["bắt giữ", "bắt giam", "giam giữ", "tạm giữ", "tạm giam", "câu lưu", "chặn bắt", "thu giữ", "tịch thu",
          "chiếm giữ", "khống chế", "bắt giữ thêm", "bắt thêm", "cầm giữ", "khám xét", "lục soát",
          "đổ bộ lên", "xua đuổi", "rượt đuổi", "truy đuổi", "đâm va", "đâm", "húc", "phun vòi rồng", "phun nước",
          "phun vòi rồng vào", "ngăn chặn", "chặn", "cản trở", "áp sát", "bao vây", "ép", "ép buộc", "vây",
          "chiếu tia laser vào", "chĩa súng vào", "cướp", "cướp phá", "phá hoại", "tấn công"]:
    for n in ["tàu", "tàu cá", "tàu chở dầu", "tàu dầu", "tàu hàng", "tàu container", "tàu tiếp tế", "tàu thuyền",
              "thuyền", "tàu nghiên cứu", "tàu khảo sát", "tàu công vụ", "tàu hải cảnh", "tàu cảnh sát biển",
              "xuồng", "tàu buôn", "tàu thương mại", "tàu treo cờ", "tàu mang cờ", "tàu chở hàng", "tàu kiểm ngư",
              "ngư dân", "thuyền viên", "thủy thủ", "thủy thủ đoàn", "ngư dân cùng tàu cá", "hàng hóa", "lô hàng",
              "máy bay", "tàu ngầm không người lái"]:
        if v in ("tấn công", "cướp phá", "phá hoại", "chĩa súng vào") and n not in ("tàu cá", "ngư dân", "tàu", "thuyền",
                                                                               "tàu tiếp tế", "tàu hàng"):
            continue
        if v == "tấn công":
            R(f"{v} {n}", "ASSAULT", "", "190", "military", "subj", "gen", f"attack {n}")
            continue
        people = n in ("ngư dân", "thuyền viên", "thủy thủ", "thủy thủ đoàn")
        if v in ("xua đuổi", "rượt đuổi", "truy đuổi", "đâm va", "đâm", "húc", "phun vòi rồng", "phun nước",
                 "phun vòi rồng vào", "ngăn chặn", "chặn", "cản trở", "áp sát", "bao vây", "ép", "ép buộc", "vây",
                 "chiếu tia laser vào", "cướp", "chĩa súng vào"):
            c, mode = ("191", "restrict") if v in ("ngăn chặn", "chặn", "cản trở", "bao vây", "vây") else ("170", "")
        else:
            c, mode = ("173", "arrest") if people else ("171", "seize")
        R(f"{v} {n}", "COERCE", mode, c, "", "subj", "gen", f"{v} {n}")
        R(f"{v} ~ {n}", "COERCE", mode, c, "", "subj", "gen", f"{v} {n} (words between)")

for v in ["bắt giữ", "bắt giam", "giam giữ", "tạm giữ", "tạm giam", "câu lưu", "kết án", "tuyên án", "bỏ tù",
          "khởi tố", "truy tố", "trục xuất", "bắt cóc", "bắt giữ thêm", "bắt giữ trái phép", "giam giữ trái phép",
          "kết án tù", "tuyên phạt"]:
    for n in ["công dân", "nhà báo", "phóng viên", "nhà ngoại giao", "binh sĩ", "quân nhân", "lính", "cảnh sát",
              "sĩ quan cảnh sát", "nhân viên", "nhân viên an ninh", "doanh nhân", "nhà hoạt động", "du khách", "khách du lịch",
              "sinh viên", "người lao động", "lao động", "người", "nghi phạm", "gián điệp", "điệp viên", "học giả",
              "nhà nghiên cứu", "giáo sư", "nhân viên lãnh sự", "thủy thủ", "phi công", "tù binh", "người di cư",
              "người nhập cư", "người tị nạn", "công nhân", "kỹ sư", "chuyên gia", "tín đồ", "nhà sư", "linh mục"]:
        if v == "trục xuất":
            c, mode = "174", "deport"
        elif v in ("kết án", "tuyên án", "kết án tù", "tuyên phạt", "khởi tố", "truy tố"):
            c, mode = "173", "arrest"
        elif v == "bắt cóc":
            R(f"{v} {n}", "ASSAULT", "abduct", "181", "", "subj", "gen", f"abduct {n}")
            R(f"{v} ~ {n}", "ASSAULT", "abduct", "181", "", "subj", "gen", f"abduct {n} (words between)")
            continue
        else:
            c, mode = "173", "arrest"
        R(f"{v} {n}", "COERCE", mode, c, "", "subj", "gen", f"{v} {n} (their country after)")
        R(f"{v} ~ {n}", "COERCE", mode, c, "", "subj", "gen", f"{v} {n} (words between)")
for p in ["vụ bắt giữ", "vụ bắt giữ tàu", "vụ bắt giữ ngư dân", "vụ bắt giữ công dân", "việc bắt giữ", "việc giam giữ",
          "việc tạm giữ", "vụ thu giữ", "vụ chiếm giữ", "vụ tịch thu", "vụ trục xuất công dân", "vụ đâm va",
          "bắt giữ ~ trên vùng biển", "bắt giữ ~ ngoài khơi", "bắt giữ ~ tại vùng biển", "bắt giữ ~ gần đảo", "bắt giữ ~ gần",
          "thu giữ ~ gần", "chặn ~ gần", "chặn ~ tại", "chặn ~ trên", "cố gắng lên", "tìm cách lên", "tìm cách chiếm giữ",
          "toan lên", "âm mưu chiếm giữ", "nỗ lực chiếm giữ", "cố gắng chiếm giữ", "tìm cách bắt giữ", "cố bắt giữ",
          "tìm cách chặn", "cố gắng bắt giữ"]:
    c, mode = ("171", "seize") if any(k in p for k in ("tàu", "thu giữ", "chiếm giữ", "tịch thu", "lên", "đâm va")) else \
        ("173", "arrest") if "bắt" in p or "giam" in p or "giữ" in p else ("191", "restrict")
    if "trục xuất" in p:
        c, mode = "174", "deport"
    R(p, "COERCE", mode, c, "", "subj", "gen", "seize, detain")
for p in ["đóng cửa biên giới ~ đối với", "cấm ~ xuất cảnh", "cấm công dân", "cấm người", "thu hồi hộ chiếu",
          "trục xuất ~ công dân", "trục xuất ~ ~ công dân", "trục xuất ~ người", "trục xuất ~ người lao động",
          "trục xuất hàng loạt", "trục xuất hàng nghìn", "trục xuất hàng trăm", "chuyến bay trục xuất ~ về",
          "cưỡng chế trục xuất", "cưỡng chế xuất cảnh", "buộc xuất cảnh", "buộc ~ xuất cảnh", "trục xuất khỏi lãnh thổ",
          "bị trục xuất về", "tấn công mạng vào", "tấn công mạng nhằm vào", "nhóm tin tặc", "tin tặc ~ tấn công",
          "tin tặc được nhà nước hậu thuẫn", "tin tặc có liên hệ với", "chiến dịch gián điệp mạng", "xâm nhập ~ hệ thống",
          "đánh cắp ~ dữ liệu", "chặn ~ truy cập", "chặn ~ viện trợ", "ngăn ~ viện trợ", "cắt ~ điện", "cắt ~ nguồn cung",
          "thả ~ bóng bay chở rác", "thả ~ bóng bay chứa rác", "thả ~ bóng bay rác", "gửi ~ bóng bay chở rác",
          "thả ~ khinh khí cầu chở rác", "bóng bay chứa rác", "bóng bay rác thải", "bóng bay chở phân"]:
    c, mode = ("174", "deport") if any(k in p for k in ("trục xuất", "xuất cảnh")) else ("170", "cyber") \
        if any(k in p for k in ("mạng", "tin tặc", "hệ thống", "dữ liệu", "truy cập")) else ("172", "restrict") \
        if any(k in p for k in ("cấm", "hộ chiếu", "biên giới")) else ("170", "")
    R(p, "COERCE", mode, c, "", "subj", "obj", "coerce")

# ------------------------------------------------------------------ MOBILIZE
MOBV = ["điều", "điều động", "triển khai", "đưa", "gửi", "cử", "tăng cường", "bố trí", "tập trung", "tập kết", "điều thêm",
        "triển khai thêm", "đưa thêm", "gửi thêm", "cử thêm", "điều chuyển", "tái triển khai", "di chuyển", "dàn",
        "dàn trận", "huy động", "chuyển", "tăng thêm", "bổ sung", "lệnh điều", "ra lệnh điều", "ra lệnh triển khai",
        "quyết định triển khai", "quyết định điều", "bắt đầu triển khai", "tiếp tục triển khai", "tiếp tục điều"]
MOBN = {"troops": ["quân", "binh sĩ", "binh lính", "lính", "quân đội", "lực lượng", "lực lượng quân sự", "quân nhân",
                   "lính thủy đánh bộ", "thủy quân lục chiến", "lính dù", "đặc nhiệm", "lực lượng đặc nhiệm", "bộ binh",
                   "lữ đoàn", "sư đoàn", "tiểu đoàn", "trung đoàn", "đơn vị", "đơn vị quân đội", "quân tiếp viện",
                   "quân dự bị", "vệ binh quốc gia", "lực lượng phản ứng nhanh", "tàu chiến", "tàu khu trục", "chiến hạm",
                   "tàu tuần dương", "tàu hộ vệ", "khinh hạm", "tàu sân bay", "nhóm tác chiến tàu sân bay",
                   "cụm tác chiến tàu sân bay", "tàu ngầm", "tàu ngầm hạt nhân", "tàu đổ bộ", "tàu tấn công đổ bộ",
                   "hạm đội", "tàu hải quân", "tàu hải cảnh", "tàu cảnh sát biển", "tàu dân quân biển", "tàu quân sự",
                   "máy bay chiến đấu", "tiêm kích", "chiến đấu cơ", "máy bay quân sự", "oanh tạc cơ", "máy bay ném bom",
                   "máy bay ném bom chiến lược", "máy bay không người lái", "UAV", "máy bay do thám", "máy bay trinh sát",
                   "trực thăng", "trực thăng tấn công", "máy bay tiếp dầu", "máy bay cảnh báo sớm", "phi đội",
                   "xe tăng", "xe bọc thép", "thiết giáp", "pháo binh", "khí tài", "khí tài quân sự", "trang thiết bị quân sự"],
        "weapons": ["tên lửa", "hệ thống tên lửa", "tên lửa đạn đạo", "tên lửa hành trình", "tên lửa siêu vượt âm",
                    "tên lửa tầm trung", "tên lửa tầm xa", "tên lửa hạt nhân", "vũ khí hạt nhân", "vũ khí hạt nhân chiến thuật",
                    "hệ thống phòng không", "hệ thống phòng thủ tên lửa", "THAAD", "Patriot", "Typhon", "bệ phóng",
                    "bệ phóng tên lửa", "pháo phản lực", "hệ thống pháo phản lực", "Iskander", "Oreshnik"]}
MOBCORE = {"quân", "binh sĩ", "lực lượng", "quân đội", "tàu chiến", "tàu khu trục", "chiến hạm", "tàu sân bay",
           "nhóm tác chiến tàu sân bay", "tàu ngầm", "tàu hải quân", "tàu hải cảnh", "máy bay chiến đấu", "tiêm kích",
           "oanh tạc cơ", "máy bay ném bom", "máy bay không người lái", "xe tăng", "tên lửa", "hệ thống tên lửa",
           "vũ khí hạt nhân", "hệ thống phòng không", "lính thủy đánh bộ", "tàu đổ bộ", "hạm đội", "tàu quân sự",
           "máy bay quân sự", "bệ phóng tên lửa", "pháo binh", "tàu tuần dương"}
DIRS = [("tới", "to"), ("đến", "to"), ("sang", "to"), ("gần", "to"), ("tới gần", "to"), ("áp sát", "to"),
        ("tới vùng biển gần", "to"), ("đến vùng biển gần", "to"), ("tới khu vực gần", "to"), ("tới biên giới với", "to"),
        ("đến biên giới với", "to"), ("dọc biên giới với", "to"), ("sát biên giới với", "to"), ("gần biên giới với", "to"),
        ("quanh", "to"), ("xung quanh", "to"), ("bao quanh", "to"), ("hướng về", "to"), ("nhằm vào", "to"),
        ("ngoài khơi", "to"), ("tới vùng biển", "to"), ("tới bờ biển", "to"), ("vào lãnh thổ", "to")]
for mode, nouns in MOBN.items():
    c = "154" if mode == "troops" else "150"
    for v in MOBV[:18]:
        if v in ("dàn", "dàn trận", "huy động", "bổ sung", "tăng thêm") and mode == "weapons":
            continue
        for n in nouns:
            if v in ("điều động", "triển khai", "điều thêm", "triển khai thêm", "gửi thêm", "đưa thêm", "cử thêm",
                     "tái triển khai", "huy động", "điều chuyển", "bố trí", "tăng thêm", "ra lệnh triển khai",
                     "quyết định triển khai", "bắt đầu triển khai", "tiếp tục triển khai"):
                R(f"{v} ~ {n}", "MOBILIZE", mode, c, "military", "subj", "none", f"deploy {n} (words between)")
            elif v != "gửi":      # `gửi xe tăng cho Ukraine` is AID; with a direction it is MOBILIZE (below)
                R(f"{v} {n}", "MOBILIZE", mode, c, "military", "subj", "none", f"deploy {n}")
            if v in ("điều", "điều động", "triển khai", "đưa", "gửi", "cử", "tăng cường", "điều thêm", "triển khai thêm") \
                    and n in MOBCORE:
                for d in ["gần", "tới", "đến", "áp sát", "quanh"]:
                    R(f"{v} ~ {n} ~ {d}", "MOBILIZE", mode, c, "military", "subj", "to", f"deploy {n} toward (the aimed country)")
LAUNCHV = ["phóng", "phóng thử", "bắn thử", "thử", "thử nghiệm", "bắn", "phóng thử nghiệm", "phóng thử thành công",
           "thử nghiệm thành công", "bắn thử nghiệm", "phóng liên tiếp", "bắn liên tiếp", "phóng loạt", "tiến hành phóng",
           "tiến hành phóng thử", "tiến hành thử nghiệm", "vụ phóng", "vụ phóng thử", "vụ thử", "vụ thử nghiệm", "đợt phóng",
           "cuộc phóng thử", "lần phóng", "màn phóng", "tiếp tục phóng", "lại phóng", "một lần nữa phóng"]
LAUNCHN = ["tên lửa", "tên lửa đạn đạo", "tên lửa hành trình", "tên lửa đạn đạo liên lục địa", "ICBM", "tên lửa siêu vượt âm",
           "tên lửa đạn đạo tầm ngắn", "tên lửa đạn đạo tầm trung", "tên lửa tầm xa", "tên lửa tầm ngắn", "tên lửa tầm trung",
           "tên lửa chiến lược", "tên lửa chiến thuật", "tên lửa đạn đạo phóng từ tàu ngầm", "SLBM", "tên lửa liên lục địa",
           "tên lửa đất đối không", "tên lửa đất đối đất", "tên lửa chống hạm", "tên lửa đánh chặn", "vệ tinh",
           "vệ tinh do thám", "vệ tinh quân sự", "tên lửa đẩy", "rocket", "đạn pháo", "pháo phản lực", "hỏa tiễn",
           "vũ khí hạt nhân", "bom hạt nhân", "hạt nhân", "thiết bị hạt nhân", "động cơ tên lửa", "vũ khí mới",
           "vũ khí siêu vượt âm", "ngư lôi", "ngư lôi hạt nhân", "drone", "máy bay không người lái", "UAV"]
for v in LAUNCHV:
    for n in LAUNCHN:
        if v == "bắn" and n in ("vệ tinh", "vũ khí hạt nhân", "bom hạt nhân", "hạt nhân", "thiết bị hạt nhân", "động cơ tên lửa",
                                "vệ tinh do thám", "vệ tinh quân sự", "tên lửa đẩy"):
            continue
        if v.startswith(("thử", "vụ thử", "bắn thử", "tiến hành thử")) is False and n in ("hạt nhân",):
            continue
        # a launch as a noun (`vụ phóng tên lửa của Triều Tiên`) is the launcher's after của (gen falls back to subj)
        sr = "gen" if v.split(" ")[0] in ("vụ", "đợt", "cuộc", "lần", "màn") else "subj"
        R(f"{v} {n}", "MOBILIZE", "weapons", "150", "military", sr, "none", f"launch/test {n}")
        R(f"{v} ~ {n}", "MOBILIZE", "weapons", "150", "military", sr, "none", f"launch/test {n} (words between)")
        if v in ("phóng", "bắn", "phóng thử", "bắn thử", "phóng loạt", "phóng liên tiếp"):
            # `về` alone too: in `về phía Israel` the actor `phía Israel` takes the word `phía`
            for d in ["về phía", "vào vùng đặc quyền kinh tế", "về", "hướng về", "nhắm về"]:
                R(f"{v} ~ {n} ~ {d}", "MOBILIZE", "weapons", "150", "military", "subj", "to", f"launch {n} toward")
for d in ["tập trận", "diễn tập", "tập trận quân sự", "diễn tập quân sự", "tập trận bắn đạn thật", "diễn tập bắn đạn thật",
          "tập trận quy mô lớn", "tập trận hải quân", "tập trận không quân", "tập trận đổ bộ", "tập trận phóng tên lửa",
          "tập trận hạt nhân", "diễn tập hạt nhân", "tập trận chiến thuật", "tập trận phòng không", "tập trận bao vây",
          "tập trận phong tỏa", "diễn tập tấn công", "tập trận mô phỏng", "tập trận bất ngờ", "diễn tập bất ngờ",
          "diễn tập chiến đấu", "diễn tập sẵn sàng chiến đấu", "tuần tra sẵn sàng chiến đấu", "tập trận Eo biển",
          "tập trận Thunder", "tập trận Joint Sword", "tập trận Liên hợp Lợi kiếm", "tập trận Eo biển Sấm sét"]:
    for ld in [""]:
        R(f"{ld} {d}".strip(), "MOBILIZE", "troops", "152", "military", "subj", "none", f"unilateral {d}")
        for dd, tgt in [("gần", "to"), ("quanh", "to"), ("xung quanh", "to"), ("bao quanh", "to"), ("áp sát", "to"),
                        ("ngoài khơi", "to"), ("nhằm vào", "to"), ("hướng vào", "to"), ("mô phỏng tấn công", "to"),
                        ("sát biên giới với", "to"), ("gần biên giới với", "to"), ("dọc biên giới với", "to"),
                        ("gần vùng biển", "to"), ("ở vùng biển gần", "to"), ("tại vùng biển gần", "to"), ("gần đảo", "to")]:
            if ld == "":
                R(f"{d} {dd}", "MOBILIZE", "troops", "152", "military", "subj", tgt, f"{d} aimed at")
for p in ["đặt trong tình trạng báo động", "đặt ~ trong tình trạng báo động", "báo động cao độ", "nâng mức báo động",
          "trong tình trạng sẵn sàng chiến đấu", "đặt quân đội trong tình trạng sẵn sàng", "sẵn sàng chiến đấu cao",
          "đặt lực lượng hạt nhân trong tình trạng", "trực chiến", "nâng mức cảnh giác", "tình trạng cảnh giác cao",
          "máy bay ~ xâm nhập", "xâm nhập vùng nhận dạng phòng không", "tiến vào vùng nhận dạng phòng không",
          "bay vào vùng nhận dạng phòng không", "vùng nhận dạng phòng không", "ADIZ", "vượt qua đường trung tuyến",
          "vượt đường trung tuyến", "máy bay quân sự ~ quanh", "tàu chiến ~ quanh", "tàu chiến ~ gần",
          "máy bay ~ bay gần", "tàu ~ áp sát", "đi qua eo biển", "đi qua eo biển Đài Loan", "quá cảnh eo biển",
          "hoạt động gần", "hoạt động quanh", "xuất hiện gần", "xuất hiện quanh", "hiện diện gần", "tuần tra gần",
          "tuần tra quanh", "tuần tra áp sát",
          # not `tuần tra ~ gần`: it also covers `tuần tra chung gần` (joint: COOPERATE)
          "tuần tra trên biển gần", "tuần tra trên không gần", "tuần tra quân sự gần", "tuần tra thường xuyên gần",
          "tuần tra tầm xa gần", "tuần tra sẵn sàng chiến đấu gần"]:
    tgt = "to" if any(k in p for k in ("gần", "quanh", "áp sát", "Đài Loan", "xâm nhập", "vùng nhận dạng", "ADIZ",
                                       "trung tuyến")) else "none"
    R(p, "MOBILIZE", "troops", "150" if "báo động" in p or "sẵn sàng" in p or "cảnh giác" in p or "trực chiến" in p else "154",
      "military", "subj", tgt, "alert, presence near another country")

# ------------------------------------------------------------------ ASSAULT
ASV = {"tấn công": ("190", ""), "không kích": ("195", "aerial"), "pháo kích": ("194", "heavy-weapons"),
       "nã pháo": ("194", "heavy-weapons"), "bắn phá": ("194", "heavy-weapons"), "oanh tạc": ("195", "aerial"),
       "ném bom": ("195", "aerial"), "dội bom": ("195", "aerial"), "tập kích": ("190", ""),
       "tấn công bằng tên lửa": ("195", "heavy-weapons"), "tấn công tên lửa": ("195", "heavy-weapons"),
       "tấn công bằng UAV": ("195", "drone"), "tấn công bằng drone": ("195", "drone"),
       "tấn công bằng máy bay không người lái": ("195", "drone"), "tấn công UAV": ("195", "drone"),
       "tập kích bằng UAV": ("195", "drone"), "tập kích tên lửa": ("195", "heavy-weapons"),
       "bắn tên lửa vào": ("195", "heavy-weapons"), "phóng tên lửa vào": ("195", "heavy-weapons"),
       "bắn rocket vào": ("195", "heavy-weapons"), "phóng rocket vào": ("195", "heavy-weapons"),
       "nã rocket vào": ("195", "heavy-weapons"), "nã tên lửa vào": ("195", "heavy-weapons"),
       "bắn pháo vào": ("194", "heavy-weapons"), "nã đạn pháo vào": ("194", "heavy-weapons"),
       "bắn đạn pháo vào": ("194", "heavy-weapons"), "nổ súng vào": ("193", "firearms"), "nổ súng": ("193", "firearms"),
       "bắn vào": ("193", "firearms"), "xả súng vào": ("193", "firearms"), "đấu súng với": ("193", "firearms"),
       "đấu pháo": ("194", "heavy-weapons"), "đấu pháo với": ("194", "heavy-weapons"), "giao tranh": ("190", ""),
       "đụng độ": ("190", ""), "đánh chìm": ("1712", "destroy"), "bắn chìm": ("1712", "destroy"),
       "bắn rơi": ("190", ""), "bắn hạ": ("190", ""), "phá hủy": ("1712", "destroy"), "tiêu diệt": ("190", ""),
       "đánh bom": ("183", "explosives"), "đánh bom liều chết": ("1831", "suicide-attack"), "ám sát": ("186", "targeted"),
       "sát hại": ("186", "targeted"), "tấn công liều chết": ("1831", "suicide-attack"), "pháo binh ~ bắn": ("194", "heavy-weapons"),
       "tấn công mặt đất": ("190", ""), "tấn công trên bộ": ("190", ""), "đột kích": ("190", ""),
       "tấn công phủ đầu": ("190", ""), "tấn công trả đũa": ("190", ""), "không kích trả đũa": ("195", "aerial"),
       "đáp trả bằng không kích": ("195", "aerial"), "tấn công dồn dập": ("190", ""), "tấn công ồ ạt": ("190", ""),
       "tấn công quy mô lớn": ("190", ""), "không kích quy mô lớn": ("195", "aerial"), "tấn công chính xác": ("195", "aerial"),
       "tấn công tầm xa": ("195", "heavy-weapons"), "không kích chính xác": ("195", "aerial")}
ASTAIL = ["", "vào", "nhằm vào", "xuống", "tại", "ở"]
_UNUSED = [ "miền nam", "miền bắc", "miền đông", "phía nam",
          "phía bắc", "phía đông", "thủ đô", "lãnh thổ", "các mục tiêu", "mục tiêu", "căn cứ", "cơ sở", "thành phố",
          "làng", "vị trí", "các vị trí", "khu vực", "cơ sở hạ tầng", "cơ sở hạt nhân", "các cơ sở hạt nhân", "nhà máy",
          "cảng", "sân bay", "đồn biên phòng", "doanh trại", "kho vũ khí", "kho đạn", "tàu", "tàu chiến", "binh sĩ",
          "lực lượng", "quân đội", "các lực lượng", "dân thường", "khu dân cư", "trường học", "bệnh viện", "đại sứ quán",
          "lãnh sự quán", "trụ sở", "nhà máy điện", "hạ tầng năng lượng", "lưới điện", "thủ lĩnh", "chỉ huy", "tay súng",
          "phiến quân", "dải Gaza", "mục tiêu quân sự", "cơ sở quân sự", "mục tiêu của", "vị trí của", "lực lượng của",
          "binh sĩ của", "căn cứ của", "cơ sở của", "khu vực biên giới", "biên giới", "làng biên giới", "thị trấn"]
CLS = ["", "cuộc", "các cuộc", "vụ", "đợt", "loạt", "làn sóng"]
for v, (c, mode) in ASV.items():
    for cl in CLS:
        if cl and ("~" in v or v.endswith(("vào", "với"))) and cl not in ("tiếp tục", "liên tiếp", "lại", "bất ngờ", "đồng loạt"):
            continue
        for tl in ASTAIL:
            if v.endswith(("vào", "với")) and tl:
                continue
            if v in ("giao tranh", "đụng độ", "đấu pháo", "tấn công mặt đất", "tấn công trên bộ") and tl:
                continue     # `giao tranh vào tháng 7`: `vào` opens a date here
            if cl and tl and tl not in ("vào", "nhằm vào", "xuống"):
                continue
            p = f"{cl} {v} {tl}".strip()
            src, tgt = "subj", "obj"
            if tl in ("tại", "ở"):
                tgt = "in"
            if tl.endswith("của"):
                tgt = "gen"
            R(p, "ASSAULT", mode, c, "military", src, tgt, f"{v} {tl}".strip())
    if "~" not in v and not v.endswith(("vào", "với")) and v not in ("giao tranh", "đụng độ", "đấu pháo"):
        R(f"{v} ~ vào", "ASSAULT", mode, c, "military", "subj", "obj", f"{v} (words between) into")
        R(f"{v} ~ nhằm vào", "ASSAULT", mode, c, "military", "subj", "obj", f"{v} (words between) aimed at")
for p in ["bắn ~ tên lửa vào", "phóng ~ tên lửa vào", "phóng ~ tên lửa nhằm vào", "bắn ~ tên lửa nhằm vào", "nã ~ đạn pháo vào",
          "bắn ~ quả tên lửa vào", "phóng ~ UAV vào", "phóng ~ máy bay không người lái vào", "điều ~ UAV tấn công",
          "phóng ~ drone vào", "bắn ~ rocket vào", "phóng ~ rocket vào", "thả bom xuống", "thả ~ bom xuống", "ném ~ bom xuống",
          "bắn ~ phát đạn", "nã ~ phát đạn pháo", "bắn ~ loạt đạn", "phóng ~ quả rocket", "bắn ~ quả đạn",
          "bắn cảnh cáo", "nổ súng cảnh cáo", "bắn súng cảnh cáo", "phát súng cảnh cáo", "bắn đạn thật vào",
          "bắn chết", "bắn bị thương", "giết chết", "làm thiệt mạng", "khiến ~ thiệt mạng", "khiến ~ người thiệt mạng",
          "khiến ~ binh sĩ thiệt mạng", "khiến ~ người chết", "khiến ~ người bị thương", "làm ~ người thiệt mạng",
          "làm ~ người chết", "làm ~ người bị thương", "làm ~ binh sĩ thiệt mạng", "cướp đi sinh mạng", "thương vong",
          "tấn công bằng ~ UAV", "tấn công bằng ~ tên lửa", "tấn công bằng ~ máy bay không người lái", "tập kích bằng ~ UAV",
          "đòn tấn công", "đòn không kích", "đòn tập kích", "đòn trả đũa", "đòn đáp trả", "đòn phủ đầu", "các đòn tấn công",
          "những đòn tấn công", "các đòn không kích", "các đòn tập kích", "tung đòn", "tung đòn tấn công", "giáng đòn",
          "giáng đòn tấn công", "giáng đòn trả đũa", "phát động chiến dịch không kích", "chiến dịch không kích",
          "chiến dịch ném bom", "chiến dịch oanh tạc", "giao tranh ~ giữa", "đụng độ ~ giữa", "giao tranh giữa",
          "đụng độ giữa", "giao tranh ác liệt giữa", "xung đột giữa", "chiến sự giữa", "xung đột vũ trang giữa",
          "đấu súng giữa", "đấu pháo giữa", "giao tranh biên giới", "đụng độ biên giới giữa", "xung đột biên giới giữa",
          "bắn qua biên giới", "pháo kích qua biên giới", "không kích xuyên biên giới", "tấn công xuyên biên giới vào",
          "chiến tranh", "cuộc chiến", "cuộc chiến tranh", "phát động chiến tranh", "tiến hành chiến tranh", "chiến tranh với",
          "cuộc chiến với", "xâm lược", "tấn công xâm lược", "cuộc xâm lược", "chiến dịch quân sự nhằm vào",
          "chiến dịch quân sự chống", "chiến dịch tấn công", "mở chiến dịch", "đánh chặn", "bắn hạ ~ máy bay",
          "bắn rơi ~ máy bay", "bắn hạ ~ UAV", "bắn rơi ~ UAV", "bắn hạ ~ tên lửa", "đánh chặn ~ tên lửa", "đánh chặn ~ UAV",
          "bắn hạ ~ máy bay không người lái", "bắn rơi ~ máy bay không người lái", "đánh chìm ~ tàu", "phá hủy ~ xe tăng",
          "phá hủy ~ kho", "phá hủy ~ hệ thống", "tiêu diệt ~ binh sĩ", "tiêu diệt ~ tay súng", "tiêu diệt ~ phiến quân",
          "tiêu diệt ~ chỉ huy", "hạ sát", "ám sát ~ chỉ huy", "ám sát ~ thủ lĩnh", "ám sát ~ nhà khoa học",
          "vụ ám sát", "cuộc ám sát", "vụ không kích", "cuộc không kích", "các cuộc không kích", "đợt không kích",
          "loạt không kích", "vụ pháo kích", "cuộc pháo kích", "đợt pháo kích", "loạt pháo kích", "vụ nổ súng",
          "vụ tập kích", "cuộc tập kích", "vụ đánh bom", "cuộc đánh bom", "vụ tấn công khủng bố", "cuộc tấn công khủng bố",
          "tấn công khủng bố", "vụ tấn công bằng UAV", "cuộc tấn công bằng UAV", "cuộc tấn công bằng máy bay không người lái",
          "vụ tấn công bằng máy bay không người lái", "cuộc tấn công tên lửa", "vụ tấn công tên lửa", "cuộc tấn công bằng tên lửa",
          "mưa tên lửa", "làn mưa tên lửa", "trận mưa tên lửa", "mưa bom", "trút bom", "trút mưa bom"]:
    c, mode = ("195", "aerial") if any(k in p for k in ("không kích", "bom", "oanh tạc")) else \
        ("195", "drone") if any(k in p for k in ("UAV", "drone", "máy bay không người lái")) else \
        ("195", "heavy-weapons") if any(k in p for k in ("tên lửa", "rocket")) else \
        ("194", "heavy-weapons") if any(k in p for k in ("pháo", "đạn pháo", "quả đạn")) else \
        ("193", "firearms") if any(k in p for k in ("súng", "đạn", "bắn chết", "bắn bị thương")) else \
        ("186", "targeted") if any(k in p for k in ("ám sát", "hạ sát")) else \
        ("183", "explosives") if "đánh bom" in p else ("1712", "destroy") if any(k in p for k in ("phá hủy", "đánh chìm")) else \
        ("190", "")
    src, tgt = "subj", "obj"
    if "giữa" in p:
        src, tgt = "obj", "with"
    elif p.startswith(("giao tranh", "đụng độ", "xung đột", "chiến sự", "đấu", "chiến tranh", "cuộc chiến")):
        tgt = "with"
    R(p, "ASSAULT", mode, c, "military", src, tgt, "attack, strike, armed clash")


# ------------------------------------------------------------------ recipient named first, then up to nine words
for v in ["bàn giao cho", "trao tặng cho", "chuyển giao cho", "trao cho", "tặng cho", "cung cấp cho"]:
    for n, c, ctx in [("tàu", "072", "military"), ("xuồng", "072", "military"), ("tàu tuần tra", "072", "military"),
                      ("máy bay", "072", "military"), ("trực thăng", "072", "military"), ("xe", "070", ""),
                      ("trang thiết bị", "070", ""), ("thiết bị", "070", ""), ("tấn gạo", "073", "human_security"),
                      ("vũ khí", "072", "military"), ("khí tài", "072", "military"), ("hàng viện trợ", "073", "human_security")]:
        R(f"{v} ~ ~ ~ {n}", "AID", "", c, ctx, "subj", "to", f"give the recipient (named first) {n}")
for v in ["bàn giao cho", "trao trả cho", "trả lại cho", "chuyển giao cho"]:

    for n in ["nghi phạm", "đối tượng", "tội phạm", "phạm nhân", "kẻ", "người bị truy nã"]:
        R(f"{v} ~ ~ ~ {n}", "COOPERATE", "", "063", "legal", "subj", "to", f"hand over {n} (recipient named first)")
for p in ["bàn giao cho nhau", "trao trả cho nhau", "trả tự do cho nhau", "thả cho nhau", "trao đổi cho nhau",
          "trao trả lẫn nhau", "trao đổi lẫn nhau"]:
    R(p, "RETREAT", "release", "0841", "", "subj", "subj", "hand back to each other (prisoners): the coordinated subjects")
for p in ["được ~ tiếp", "được ~ ~ tiếp", "được ~ đón", "được ~ ~ đón", "được ~ tiếp đón", "được ~ ~ tiếp đón",
          "được ~ tiếp kiến", "được ~ ~ tiếp kiến", "được ~ đón tiếp", "được ~ ~ đón tiếp"]:
    R(p, "CONSULT", "visit", "043", "diplomatic", "subj", "obj", "passive: the visitor was received by the host")

# ------------------------------------------------------------------ synonyms and courtesy calls
for p in ["viếng thăm", "chuyến viếng thăm", "viếng thăm chính thức", "thăm viếng", "chào xã giao", "chào từ biệt", "chào từ giã",
          "yết kiến", "chào cấp cao", "đến chào", "tới chào", "đến chào xã giao", "tới chào xã giao", "đến chào từ biệt",
          "tới chào từ biệt", "chào xã giao Thủ tướng", "chào xã giao Chủ tịch nước", "chào xã giao Bộ trưởng",
          "hội kiến riêng", "gặp gỡ song phương", "có cuộc gặp", "có cuộc gặp song phương", "có cuộc hội đàm",
          "có cuộc hội kiến", "gặp bên lề", "gặp riêng bên lề", "tiếp xúc song phương", "tiếp xúc ngắn", "gặp ngắn",
          "trao đổi ngắn", "trao đổi song phương"]:
    R(p, "CONSULT", "visit" if any(k in p for k in ("thăm", "chào", "yết kiến")) else "", "042" if any(k in p for k in
      ("thăm", "chào", "yết kiến")) else "040", "diplomatic", "subj", "obj", "visit, courtesy call (the caller before)")
for p in ["trợ giúp", "trợ giúp nhân đạo", "giúp đỡ ~ khắc phục", "hỗ trợ ~ khắc phục hậu quả", "hỗ trợ ~ khắc phục",
          "ủng hộ ~ USD", "ủng hộ ~ đô la", "ủng hộ ~ triệu USD", "ủng hộ ~ nghìn USD", "ủng hộ ~ tỷ đồng", "ủng hộ ~ triệu đồng",
          "quyên góp ~ USD", "quyên góp ~ cho", "hỗ trợ ~ USD", "hỗ trợ ~ triệu USD", "viện trợ ~ USD", "viện trợ ~ triệu USD",
          "viện trợ ~ tỷ USD", "viện trợ ~ euro", "tài trợ ~ USD", "tài trợ ~ triệu USD", "cam kết ~ triệu USD viện trợ",
          "khắc phục hậu quả thiên tai", "khắc phục hậu quả bão", "khắc phục hậu quả lũ lụt", "khắc phục hậu quả động đất",
          "cứu trợ ~ động đất", "cứu trợ ~ lũ lụt", "cứu trợ ~ bão", "cứu hộ ~ động đất", "đội cứu hộ ~ tới",
          "đội cứu nạn ~ tới", "gửi ~ đội cứu hộ", "cử ~ đội cứu hộ", "cử ~ lực lượng cứu hộ", "cử ~ chuyên gia"]:
    c = "073" if any(k in p for k in ("nhân đạo", "khắc phục", "cứu", "bão", "lũ", "động đất")) else "071" if any(k in p for k in
        ("USD", "đô la", "đồng", "euro")) else "070"
    R(p, "AID", "", c, "", "subj", "to", "aid, donation, relief")
for p in ["khai hỏa vào", "khai hỏa nhằm vào", "nã đạn vào", "nã súng vào", "nã pháo ~ vào", "khai hỏa ~ vào",
          "tấn công ~ bằng tên lửa", "tấn công ~ bằng UAV", "tấn công ~ bằng máy bay không người lái", "tập kích ~ bằng UAV",
          "không kích ~ tại", "không kích ~ ở", "pháo kích ~ tại", "tấn công ~ tại", "tấn công ~ ở"]:
    c, mode = ("195", "drone") if any(k in p for k in ("UAV", "không người lái")) else ("195", "aerial") if "không kích" in p \
        else ("195", "heavy-weapons") if "tên lửa" in p else ("194", "heavy-weapons") if "pháo" in p else ("193", "firearms") \
        if any(k in p for k in ("súng", "đạn", "khai hỏa")) else ("190", "")
    R(p, "ASSAULT", mode, c, "military", "subj", "obj", "attack")

# ------------------------------------------------------------------ a statement about an act: the statement verb first
# (`yêu cầu Nga rút toàn bộ quân khỏi`, `dọa trừng phạt các công ty`, `nhất trí ngừng bắn ngay lập tức`): without
# these rows the longer act row (`rút ~ quân khỏi`) would outspan the statement verb and code the act itself.
ACTS = [  # act pattern, kind, (request cameo, agree cameo, threaten cameo, reject cameo), target slot
    ("rút ~ quân", "yield", ("1056", "0356", "130", "1246"), "from"),
    ("rút ~ quân khỏi", "yield", ("1056", "0356", "130", "1246"), "from"),
    ("rút ~ lực lượng", "yield", ("1056", "0356", "130", "1246"), "from"),
    ("rút ~ binh sĩ", "yield", ("1056", "0356", "130", "1246"), "from"),
    ("rút ~ tàu", "yield", ("1056", "0356", "130", "1246"), "from"),
    ("rút khỏi", "yield", ("1056", "0356", "1313", "1246"), "from"),
    ("ngừng bắn ngay lập tức", "yield", ("0256", "0356", "130", "1246"), "with"),
    ("ngừng bắn", "yield", ("0256", "0356", "130", "1246"), "with"),
    ("dỡ bỏ ~ trừng phạt", "yield", ("1054", "0354", "130", "1244"), "against"),
    ("dỡ bỏ ~ lệnh trừng phạt", "yield", ("1054", "0354", "130", "1244"), "against"),
    ("dỡ bỏ ~ cấm vận", "yield", ("1054", "0354", "130", "1244"), "against"),
    ("nới lỏng ~ trừng phạt", "yield", ("1054", "0354", "130", "1244"), "against"),
    ("dỡ bỏ ~ thuế", "yield", ("1054", "0354", "130", "1244"), "against"),
    ("dỡ bỏ ~ lệnh cấm", "yield", ("1051", "0351", "130", "1241"), "against"),
    ("trả tự do ~ cho", "yield", ("1053", "0353", "130", "1243"), "obj"),
    ("trả tự do cho ~", "yield", ("1053", "0353", "130", "1243"), "obj"),
    ("thả ~ công dân", "yield", ("1053", "0353", "130", "1243"), "obj"),
    ("thả ~ ngư dân", "yield", ("1053", "0353", "130", "1243"), "obj"),
    ("thả ~ tàu", "yield", ("1053", "0353", "130", "1243"), "obj"),
    ("thả ~ con tin", "yield", ("1053", "0353", "130", "1243"), "obj"),
    ("phóng thích ~ con tin", "yield", ("1053", "0353", "130", "1243"), "obj"),
    ("trao đổi ~ tù binh", "yield", ("1053", "0353", "130", "1243"), "with"),
    ("trao trả ~ tù binh", "yield", ("1053", "0353", "130", "1243"), "to"),
    ("trừng phạt ~ công ty", "", ("100", "030", "1312", "120"), "obj"),
    ("trừng phạt ~ quan chức", "", ("100", "030", "1312", "120"), "obj"),
    ("trừng phạt ~ cá nhân", "", ("100", "030", "1312", "120"), "obj"),
    ("áp ~ thuế", "", ("100", "030", "1312", "120"), "against"),
    ("áp đặt ~ trừng phạt", "", ("100", "030", "1312", "120"), "against"),
    ("áp đặt ~ lệnh trừng phạt", "", ("100", "030", "1312", "120"), "against"),
    ("áp thuế ~ %", "", ("100", "030", "1312", "120"), "against"),
    ("trục xuất ~ nhà ngoại giao", "", ("100", "030", "136", "124"), "obj"),
    ("cắt đứt quan hệ", "", ("100", "030", "1313", "120"), "with"),
    ("đóng cửa biên giới", "", ("100", "030", "1312", "120"), "with"),
    ("tấn công ~ vào", "", ("100", "030", "138", "120"), "obj"),
    ("không kích ~ vào", "", ("100", "030", "138", "120"), "obj"),
    ("nối lại ~ chuyến bay", "", ("0211", "0311", "130", "1211"), "with"),
    ("nối lại ~ đàm phán", "meet", ("106", "036", "134", "125"), "with"),
    ("cho phép ~ viện trợ", "yield", ("1055", "0355", "130", "1245"), "obj"),
]
STMT = {"REQUEST": (0, ["kêu gọi ~", "yêu cầu ~", "đề nghị ~", "hối thúc ~", "thúc giục ~", "đòi ~", "kêu gọi", "yêu cầu",
                        "hối thúc", "thúc giục", "đòi"]),
        "AGREE": (1, ["cam kết", "nhất trí", "đồng ý", "sẵn sàng", "hứa", "cam kết sẽ", "hứa sẽ", "thống nhất", "đồng ý sẽ"]),
        "THREATEN": (2, ["đe dọa", "dọa", "cảnh báo", "đe dọa sẽ", "dọa sẽ", "cảnh báo sẽ", "cảnh báo ~ sẽ", "đe dọa ~ sẽ"]),
        "REJECT": (3, ["từ chối", "bác bỏ yêu cầu", "bác bỏ đề nghị", "khước từ"])}
for act, mode, codes, tgt in ACTS:
    for typ, (i, verbs) in STMT.items():
        for v in verbs:
            m = mode if typ in ("REQUEST", "REJECT") else ""
            if typ == "THREATEN":
                m = "relations" if codes[2] in ("1313", "134") else "restrict" if codes[2] == "1312" else \
                    "violence" if codes[2] == "138" else "expel" if codes[2] == "136" else ""
            R(f"{v} {act}", typ, m, codes[i], "", "subj", "obj" if v.endswith("~") else tgt, f"{v} {act}")

for p in ["trao đổi hỏa lực", "đấu hỏa lực", "đối đầu hỏa lực", "giao chiến", "giao chiến với", "nã pháo qua lại",
          "bắn qua lại", "đấu pháo qua lại", "tấn công qua lại", "tấn công lẫn nhau", "tập kích lẫn nhau"]:
    R(p, "ASSAULT", "", "190", "military", "subj", "with", "exchange of fire: one event for both sides")
for p in ["tiến vào miền nam", "tiến vào miền bắc", "tiến vào miền đông", "tiến vào lãnh thổ", "tiến sâu vào", "tiến sâu vào lãnh thổ",
          "tiến vào thành phố", "tiến vào khu vực", "tiến quân vào", "xâm nhập lãnh thổ", "vượt biên giới vào", "vượt qua biên giới vào",
          "đột nhập vào lãnh thổ", "đưa xe tăng vào", "đưa quân vào", "mở cuộc tấn công trên bộ vào", "tấn công trên bộ vào"]:
    R(p, "ASSAULT", "", "190", "military", "subj", "obj", "ground incursion")
for p in ["cho phép ~ gia nhập", "bật đèn xanh cho ~ gia nhập", "phê chuẩn việc ~ gia nhập", "ủng hộ ~ gia nhập",
          "ủng hộ việc ~ gia nhập", "phê chuẩn ~ gia nhập", "thông qua việc ~ gia nhập", "ủng hộ ~ trở thành thành viên",
          "ủng hộ ~ ứng cử", "ủng hộ ứng cử viên của"]:
    R(p, "SUPPORT", "", "051", "diplomatic", "subj", "obj", "back a bid (to join, to be elected)")
for p in ["gia hạn miễn trừ trừng phạt", "miễn trừ trừng phạt", "gia hạn ~ miễn trừ trừng phạt", "cấp ~ miễn trừ trừng phạt",
          "gia hạn giấy phép miễn trừ", "nối lại ~ nhập khẩu", "nối lại ~ xuất khẩu", "nối lại nhập khẩu", "nối lại xuất khẩu"]:
    R(p, "RETREAT", "", "085", "economic", "subj", "to", "ease sanctions, resume trade after a ban")

for p in ["đồng chủ trì kỳ họp", "đồng chủ trì phiên họp", "đồng chủ trì hội nghị", "đồng chủ trì cuộc họp",
          "đồng chủ trì đối thoại", "đồng chủ trì họp báo", "đồng chủ trì diễn đàn", "đồng chủ trì kỳ họp thứ",
          "cùng chủ trì", "cùng chủ trì kỳ họp", "cùng dự", "cùng tham dự"]:
    R(p, "CONSULT", "", "040", "diplomatic", "subj", "with", "co-chair a meeting with the other side")
for p in ["trao đổi điện mừng", "trao đổi thư mừng", "trao đổi điện chúc mừng", "trao đổi thư chúc mừng", "điện mừng nhân dịp",
          "thư mừng nhân dịp", "gửi điện mừng nhân dịp", "gửi thư mừng", "thư mừng", "trao đổi điện chia buồn"]:
    R(p, "SUPPORT", "", "051", "diplomatic", "subj", "with", "exchange of congratulations")
# ------------------------------------------------------------------ Hán-Việt and other synonyms
SYN = [("thương thuyết", "CONSULT", "", "046", "subj", "with"), ("thương thuyết với", "CONSULT", "", "046", "subj", "with"),
       ("cuộc thương thuyết", "CONSULT", "", "046", "subj", "with"), ("đàm đạo", "CONSULT", "", "040", "subj", "with"),
       ("khiển trách", "ACCUSE", "disapprove", "111", "subj", "obj"), ("kháng nghị", "ACCUSE", "allege", "114", "subj", "obj"),
       ("quy tội", "ACCUSE", "allege", "112", "subj", "obj"), ("kết tội", "ACCUSE", "allege", "112", "subj", "obj"),
       ("lui binh", "RETREAT", "withdraw", "087", "subj", "from"), ("rút binh", "RETREAT", "withdraw", "087", "subj", "from"),
       ("hậu thuẫn cho", "SUPPORT", "", "051", "subj", "obj"),
       ("hoan nghinh", "SUPPORT", "", "051", "subj", "obj"), ("tán thưởng", "SUPPORT", "", "051", "subj", "obj"),
       ("cứu viện", "AID", "", "073", "subj", "to"), ("tiếp viện", "MOBILIZE", "troops", "154", "subj", "to"),
       ("quân tiếp viện", "MOBILIZE", "troops", "154", "subj", "to"), ("dàn binh", "MOBILIZE", "troops", "154", "subj", "to"),
       ("xuất quân", "MOBILIZE", "troops", "154", "subj", "to"), ("kéo quân vào", "MOBILIZE", "troops", "154", "subj", "to"),
       ("kéo quân đến", "MOBILIZE", "troops", "154", "subj", "to"), ("kéo quân tới", "MOBILIZE", "troops", "154", "subj", "to"),
       ("khai chiến", "ASSAULT", "", "190", "subj", "with"), ("khai chiến với", "ASSAULT", "", "190", "subj", "with"),
       ("oanh kích", "ASSAULT", "aerial", "195", "subj", "obj"), ("thảm sát", "ASSAULT", "", "202", "subj", "obj"),
       ("vụ thảm sát", "ASSAULT", "", "202", "subj", "obj"), ("bắn giết", "ASSAULT", "firearms", "193", "subj", "obj"),
       ("phóng thích cho", "RETREAT", "release", "0841", "subj", "obj"), ("thả người", "RETREAT", "release", "0841", "subj", "obj"),
       ("đuổi ~ nhà ngoại giao", "SANCTION", "expel", "166", "subj", "obj"), ("chế tài", "SANCTION", "discontinue", "163", "subj", "obj"),
       ("áp đặt chế tài", "SANCTION", "discontinue", "163", "subj", "against"), ("cấm vận toàn diện", "SANCTION", "discontinue", "163", "subj", "against"),
       ("uy hiếp", "THREATEN", "", "130", "subj", "obj"), ("hăm he", "THREATEN", "", "130", "subj", "obj"),
       ("đe dọa ~ bằng vũ lực", "THREATEN", "violence", "138", "subj", "obj"), ("dọa dùng vũ lực", "THREATEN", "violence", "138", "subj", "obj"),
       ("đồng thuận", "AGREE", "", "030", "subj", "with"), ("đạt đồng thuận", "AGREE", "", "030", "subj", "with"),
       ("thỏa hiệp", "CONCEDE", "", "080", "subj", "with"), ("đi đến thỏa hiệp", "CONCEDE", "", "080", "subj", "with"),
       ("chịu lùi bước", "CONCEDE", "", "080", "subj", "obj"), ("xuống nước trước", "CONCEDE", "", "080", "subj", "obj")]
for p, t, m, c, a, b in SYN:
    R(p, t, m, c, "", a, b, "synonym (Hán-Việt or colloquial)")

# ------------------------------------------------------------------ more families (conflict and cooperation)
# accepting a ceasefire of any kind is AGREE; the statement row must outspan the ceasefire's own row
# (`ngừng bắn vô điều kiện` RETREAT 0871)
CEASE = ["ngừng bắn", "lệnh ngừng bắn", "thỏa thuận ngừng bắn", "ngừng bắn vô điều kiện", "ngừng bắn toàn diện",
         "ngừng bắn tạm thời", "ngừng bắn ngay lập tức", "ngừng bắn lâu dài", "ngừng bắn vĩnh viễn", "tạm ngừng bắn",
         "đình chiến", "thỏa thuận đình chiến", "lệnh đình chiến", "lệnh ngừng bắn tạm thời", "lệnh ngừng bắn toàn diện",
         "đề xuất ngừng bắn", "kế hoạch ngừng bắn", "ngừng bắn 30 ngày", "ngừng bắn ~ ngày"]
for v in ["chấp nhận", "chấp thuận", "đồng ý", "nhất trí", "thống nhất", "cam kết", "đồng ý với", "nhất trí về",
          "thống nhất về", "tán thành", "đạt được", "đạt", "ký", "ký kết", "cam kết tôn trọng", "cam kết tuân thủ",
          "đồng ý tuân thủ", "nhất trí duy trì", "đồng ý gia hạn", "nhất trí gia hạn", "gia hạn", "kéo dài"]:
    for n in CEASE:
        c = "057" if v in ("ký", "ký kết") else "0356"
        typ = "SUPPORT" if c == "057" else "AGREE"
        R(f"{v} {n}", typ, "", c, "military", "subj", "with", f"{v} {n}")
        if v in ("chấp nhận", "đồng ý", "nhất trí", "thống nhất", "đạt được", "cam kết tôn trọng"):
            R(f"{v} ~ {n}", typ, "", c, "military", "subj", "with", f"{v} {n} (words between)")
# a ceasefire put into effect or carried out is RETREAT 0871 (events-README)
for v in ["triển khai", "thực thi", "thực hiện", "áp dụng", "bắt đầu thực thi", "bắt đầu thực hiện", "bắt đầu áp dụng",
          "tuân thủ", "duy trì"]:
    for n in ["lệnh ngừng bắn", "thỏa thuận ngừng bắn", "lệnh ngừng bắn toàn diện", "lệnh đình chiến",
              "thỏa thuận đình chiến", "lệnh ngừng bắn tạm thời", "ngừng bắn"]:
        if v in ("tuân thủ", "duy trì"):
            R(f"{v} {n}", "RETREAT", "ceasefire", "0871", "military", "subj", "with", f"{v} {n}: the ceasefire holds")
        else:
            R(f"{v} {n}", "RETREAT", "ceasefire", "0871", "military", "subj", "with", f"{v} {n}: the ceasefire in effect")
for n in ["lệnh ngừng bắn", "thỏa thuận ngừng bắn", "lệnh đình chiến", "thỏa thuận đình chiến", "ngừng bắn"]:
    for t in ["có hiệu lực", "chính thức có hiệu lực", "bắt đầu có hiệu lực", "đã có hiệu lực"]:
        R(f"{n} ~ {t}", "RETREAT", "ceasefire", "0871", "military", "gen", "with", f"{n} takes effect (the sides in between)")
        R(f"{n} {t}", "RETREAT", "ceasefire", "0871", "military", "subj", "with", f"{n} takes effect")
# a loan to a named borrower (`cấp cho Lào khoản vay`); not `cho ~ vay`, which also reads `cho biết đã vay`
for p in ["cung cấp cho ~ khoản vay", "cấp cho ~ khoản vay", "dành cho ~ khoản vay", "cấp cho ~ khoản tín dụng",
          "dành cho ~ khoản tín dụng", "cung cấp cho ~ khoản tín dụng", "cấp ~ khoản vay", "cấp ~ khoản tín dụng"]:
    R(p, "AID", "economic", "071", "economic", "subj", "obj", "loan (the borrower in the gap)")
# a delivery with its quantity (`gửi 25.000 tấn dầu cho`, `chuyển 500 tấn hàng cứu trợ tới`)
for v in ["gửi", "chuyển", "viện trợ", "tặng", "trao tặng", "bàn giao", "trao", "cung cấp", "hỗ trợ", "ủng hộ",
          "vận chuyển", "chở"]:
    for u in ["tấn", "tấn hàng", "tấn gạo", "tấn lương thực", "tấn dầu", "tấn nhiên liệu", "tấn hàng cứu trợ",
              "tấn hàng viện trợ", "tấn thuốc", "tấn vật tư", "thùng", "lô", "lô hàng", "chuyến hàng", "kiện hàng"]:
        for d in ["cho", "tới", "đến", "sang"]:
            if v in ("vận chuyển", "chở") and d == "cho":
                continue
            c = "073" if any(k in u for k in ("gạo", "lương thực", "cứu trợ", "thuốc")) else "070"
            R(f"{v} ~ {u} ~ {d}", "AID", "", c, "", "subj", "obj", f"{v} a quantity of goods to (recipient after)")
# the recipient named first, then the goods (`chuyển cho Israel lô bom`, `gửi cho Cuba 25.000 tấn dầu`)
for v in ["chuyển cho", "gửi cho", "gửi tặng", "chuyển giao cho", "viện trợ cho", "hỗ trợ cho"]:
    for n, c, ctx in [("bom", "072", "military"), ("đạn", "072", "military"), ("đạn dược", "072", "military"),
                      ("tên lửa", "072", "military"), ("vũ khí", "072", "military"), ("khí tài", "072", "military"),
                      ("xe tăng", "072", "military"), ("máy bay", "072", "military"), ("hệ thống phòng không", "072", "military"),
                      ("tấn", "070", ""), ("lô hàng", "070", ""), ("hàng cứu trợ", "073", "human_security"),
                      ("hàng viện trợ", "073", "human_security"), ("gạo", "073", "human_security"),
                      ("thuốc men", "073", "human_security"), ("vắc xin", "073", "human_security"),
                      ("trang thiết bị", "070", ""), ("thiết bị y tế", "073", "human_security")]:
        R(f"{v} ~ ~ {n}", "AID", "", c, ctx, "subj", "obj", f"give the recipient (named first) {n}")
# accusation with the colloquial verb `tố` (headline style); only with what is alleged, so that `yếu tố`, `nhân tố`
# and `tố tụng` stay words
for n in ["âm mưu", "can thiệp", "vi phạm", "đứng sau", "tấn công", "gây", "gây ra", "dàn dựng", "tung tin",
          "nói dối", "hậu thuẫn", "tài trợ", "khiêu khích", "gián điệp", "do thám", "xâm phạm", "phá hoại", "kích động",
          "lừa dối", "thao túng", "ăn cắp", "đánh cắp", "bắt cóc", "ám sát", "bóp méo", "xuyên tạc", "che giấu",
          "cung cấp vũ khí", "tiếp tay", "tội ác", "diệt chủng", "khủng bố", "gây bất ổn", "can thiệp bầu cử"]:
    c = "1123" if n in ("tấn công", "xâm phạm", "ám sát") else "1124" if n in ("tội ác", "diệt chủng") else \
        "1125" if n in ("gián điệp", "do thám") else "112"
    R(f"tố ~ {n}", "ACCUSE", "allege", c, "", "subj", "obj", f"accuse (colloquial tố) of {n}")
    for pre in ["yếu", "nhân", "nguyên", "độc", "công", "khởi", "kích"]:
        # typeless and one word longer: `yếu tố can thiệp` (an interference factor) is no accusation
        R(f"{pre} tố ~ {n}", "", "", "", "", "", "", f"no event: {pre} tố is a word")
# a warning not to do something is a threat (`cảnh cáo X không được`, `cảnh báo X đừng`)
for v in ["cảnh cáo", "cảnh báo", "răn đe", "đe dọa"]:
    for t in ["không được", "không nên", "đừng", "chớ", "không được phép", "phải dừng", "phải chấm dứt",
              "đừng có", "không được có"]:   # not `tránh`: `cảnh báo công dân tránh ...` is an advisory
        R(f"{v} ~ {t}", "THREATEN", "", "130", "", "subj", "obj", f"warn (someone) {t}: a threat")
# a vow to hit back (`tuyên bố sẽ trả đũa`, `khẳng định sẽ đáp trả`)
for v in ["tuyên bố sẽ", "khẳng định sẽ", "cam kết sẽ", "thề sẽ", "hứa sẽ", "tuyên bố", "tuyên bố ~ sẽ",
          "khẳng định ~ sẽ", "thề", "cam kết"]:
    for a, (c, mode) in [("trả đũa", ("130", "")), ("đáp trả", ("130", "")), ("đáp trả mạnh mẽ", ("130", "")),
                         ("đáp trả quân sự", ("138", "violence")), ("đáp trả tương xứng", ("130", "")),
                         ("đáp trả thích đáng", ("130", "")), ("trả thù", ("138", "violence")),
                         ("tiêu diệt", ("138", "violence")), ("xóa sổ", ("138", "violence")),
                         ("đáp trả cứng rắn", ("130", "")), ("phản công", ("138", "violence")),
                         ("trả đũa mạnh mẽ", ("130", "")), ("đáp trả kiên quyết", ("130", ""))]:
        if v in ("tuyên bố", "cam kết", "thề") and a in ("tiêu diệt", "xóa sổ"):
            continue
        R(f"{v} {a}", "THREATEN", mode, c, "", "subj", "obj", f"vow: {a}")

# missiles, rockets and drones fired at a country are an attack; fired into a sea, a launch (MOBILIZE)
for v in ["phóng", "bắn", "phóng loạt", "bắn loạt", "nã", "khai hỏa", "phóng hàng loạt", "bắn hàng loạt", "phóng ồ ạt",
          "điều", "tung"]:
    for n in ["tên lửa", "tên lửa đạn đạo", "tên lửa hành trình", "tên lửa siêu vượt âm", "tên lửa tầm xa",
              "tên lửa đạn đạo tầm ngắn", "rocket", "đạn pháo", "pháo phản lực", "hỏa tiễn", "UAV", "drone",
              "máy bay không người lái", "UAV tự sát", "máy bay không người lái tự sát", "UAV cảm tử", "đạn",
              "quả tên lửa", "quả rocket", "loạt tên lửa", "loạt rocket"]:
        if v in ("điều", "tung") and n not in ("UAV", "drone", "máy bay không người lái", "UAV tự sát", "UAV cảm tử"):
            continue
        for d in ["vào", "nhằm vào", "xuống", "tấn công", "tập kích"]:
            R(f"{v} ~ {n} {d}", "ASSAULT", "heavy-weapons" if "UAV" not in n and "drone" not in n and "không người lái" not in n
              else "drone", "195", "military", "subj", "obj", f"fire {n} at")
        for d in ["vào vùng biển", "ra vùng biển", "vào biển", "ra biển", "xuống biển", "ra ngoài khơi", "về vùng biển"]:
            R(f"{v} ~ {n} {d}", "MOBILIZE", "weapons", "150", "military", "subj", "none", f"launch {n} into the sea")

# released in an exchange (`được trả tự do trong cuộc trao đổi với X`): the exchange, not talks (`trao đổi với` CONSULT)
for cl in ["cuộc", "đợt", "lần", "vụ"]:
    for n in ["trao đổi", "trao đổi tù binh", "trao đổi tù nhân", "hoán đổi", "hoán đổi tù nhân", "trao trả tù binh"]:
        R(f"trong {cl} {n} với", "RETREAT", "release", "0841", "", "subj", "with", f"in an exchange with")
        R(f"trong {cl} {n} giữa", "RETREAT", "release", "0841", "", "obj", "with", f"in an exchange between")
        R(f"{cl} {n} ~ tù binh với", "RETREAT", "release", "0841", "", "subj", "with", f"prisoner exchange with")
    # `trong cuộc trao đổi với báo chí` is an interview; with an official, talks
    for m in ["báo chí", "phóng viên", "truyền thông", "hãng tin", "hãng thông tấn", "đài", "báo", "nhà báo",
              "các nhà báo", "kênh", "giới truyền thông", "cử tri", "sinh viên"]:
        R(f"trong {cl} trao đổi với {m}", "", "", "", "", "", "", "an interview: no event")
    for t in ["người đồng cấp", "Tổng thống", "Thủ tướng", "Bộ trưởng", "Ngoại trưởng", "lãnh đạo", "Đại sứ",
              "Chủ tịch", "Phó Thủ tướng", "Tổng Bí thư"]:
        R(f"trong {cl} trao đổi với {t}", "CONSULT", "", "040", "diplomatic", "subj", "with", "talks with an official")
# naval escorts are a show of force (MOBILIZE), not aid
for n in ["tàu chở dầu", "tàu hàng", "tàu buôn", "đoàn tàu", "các tàu", "tàu thương mại", "tàu vận tải"]:
    for v in ["hộ tống", "hộ tống ~", "tiến hành hộ tống", "bắt đầu hộ tống"]:
        R(f"{v} {n}", "MOBILIZE", "troops", "150", "military", "subj", "none", "naval escort")

# the bare verb `bắt` (arrest) only with a count word and the person, never with a gap (`bắt đầu`, `bắt tay`)
for q in ["", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "các", "nhiều", "thêm", "hàng chục",
          "hàng trăm", "một số", "những", "thêm một", "thêm hai"]:
    for n in ["công dân", "nhà báo", "phóng viên", "nhà ngoại giao", "binh sĩ", "quân nhân", "doanh nhân", "nhà hoạt động",
              "du khách", "sinh viên", "người lao động", "ngư dân", "thủy thủ", "thuyền viên", "gián điệp", "điệp viên",
              "nghi phạm", "nhân viên", "kỹ sư", "chuyên gia", "học giả", "tàu cá", "tàu"]:
        if q == "" and n == "tàu":
            continue     # `bắt tàu` also reads "take a train/boat"
        c, mode = ("171", "seize") if n.startswith("tàu") else ("173", "arrest")
        R(f"bắt {q} {n}".replace("  ", " "), "COERCE", mode, c, "", "subj", "gen", f"arrest {n} (their country after)")

# joint patrols and drills named with `phối hợp`, `liên hợp`, `song phương` (COOPERATE 062, the partner after với or the
# coordinated subjects)
for v in ["phối hợp tuần tra", "phối hợp diễn tập", "phối hợp tập trận", "tuần tra liên hợp", "tuần tra song phương",
          "diễn tập liên hợp", "diễn tập song phương", "diễn tập đa phương", "tập trận đa phương", "huấn luyện chung",
          "huấn luyện phối hợp", "phối hợp huấn luyện", "tuần tra chung biên giới", "phối hợp tuần tra biên giới",
          "tuần tra chung trên biển", "phối hợp tìm kiếm cứu nạn", "diễn tập tìm kiếm cứu nạn chung"]:
    R(v, "COOPERATE", "", "062", "military", "subj", "with", "joint patrol, joint drill")
    R(f"{v} với", "COOPERATE", "", "062", "military", "subj", "with", "joint patrol, joint drill with")
# attending a ceremony abroad is a visit (`dự lễ duyệt binh tại Bắc Kinh`)
for v in ["dự", "tham dự", "tới dự", "đến dự", "sang dự"]:
    for n in ["lễ duyệt binh", "lễ nhậm chức", "lễ tang", "lễ diễu binh", "lễ đăng quang", "quốc tang"]:
        R(f"{v} {n}", "CONSULT", "visit", "042", "diplomatic", "subj", "obj", f"attend a ceremony abroad: {n}")

# security and intelligence coordination, shared evidence (COOPERATE 062/064)
for v in ["phối hợp an ninh", "phối hợp quân sự", "phối hợp tình báo", "hợp tác tình báo", "phối hợp chống khủng bố",
          "hợp tác chống khủng bố", "phối hợp chặt chẽ về an ninh", "phối hợp phòng không", "chia sẻ bằng chứng",
          "chia sẻ ~ bằng chứng", "cung cấp ~ bằng chứng cho", "trao ~ bằng chứng cho", "chia sẻ dữ liệu tình báo",
          "trao đổi tình báo", "trao đổi thông tin tình báo"]:
    c = "064" if any(k in v for k in ("tình báo", "bằng chứng")) else "062"
    ctx = "intelligence" if c == "064" else "military"
    R(v, "COOPERATE", "", c, ctx, "subj", "with" if "cho" not in v else "obj", "security or intelligence cooperation")
    if not v.endswith("cho"):
        R(f"{v} với", "COOPERATE", "", c, ctx, "subj", "with", "security or intelligence cooperation with")
# opposing or refusing a mediation is REJECT 126 (not ACCUSE: nothing is condemned)
for v in ["phản đối", "không chấp nhận", "bác bỏ", "từ chối", "gạt bỏ", "khước từ"]:
    for n in ["vai trò trung gian", "vai trò trung gian của", "sự trung gian", "sự trung gian của", "việc ~ làm trung gian",
              "đề xuất hòa giải", "đề nghị hòa giải", "đề nghị làm trung gian", "đề nghị trung gian", "nỗ lực trung gian"]:
        R(f"{v} {n}", "REJECT", "meet", "126", "diplomatic", "subj", "gen" if n.endswith("của") else "obj",
          f"reject mediation: {v} {n}")
# a force kept on alert (MOBILIZE 150)
for p in ["duy trì tình trạng báo động", "duy trì ~ tình trạng báo động", "trong tình trạng báo động",
          "trong tình trạng báo động cao", "ở trong tình trạng báo động", "tình trạng báo động cao độ",
          "nâng mức cảnh báo", "nâng cấp độ báo động", "nâng mức sẵn sàng chiến đấu", "tăng cường cảnh giác",
          "đặt ~ vào tình trạng báo động", "đặt ~ vào trạng thái sẵn sàng chiến đấu", "trạng thái sẵn sàng chiến đấu",
          "báo động chiến đấu", "tình trạng sẵn sàng chiến đấu cao"]:
    R(p, "MOBILIZE", "troops", "150", "military", "subj", "none", "forces on alert")

# taking a settlement or an area in war is COERCE 192 (as the Russian table: `заняли город`); the side whose
# territory it is comes after (`ở miền đông Ukraine`, `của Ukraine`)
for v in ["chiếm", "chiếm thêm", "chiếm được", "chiếm giữ", "chiếm quyền kiểm soát", "giành quyền kiểm soát",
          "giành kiểm soát", "kiểm soát hoàn toàn", "tiến chiếm", "chiếm lại", "giành lại", "tái chiếm", "đánh chiếm"]:
    for n in ["làng", "ngôi làng", "khu định cư", "điểm dân cư", "thị trấn", "thành phố", "thị xã",
              "vùng lãnh thổ", "lãnh thổ", "cao điểm", "căn cứ", "sân bay", "cảng", "nhà máy", "cây cầu", "tỉnh",
              "huyện", "thủ phủ", "đảo", "hòn đảo", "đồn", "tiền đồn", "trạm kiểm soát", "cửa khẩu", "km2",
              "kilômét vuông", "cứ điểm"]:   # not `vị trí`, `khu vực`: `chiếm vị trí dẫn đầu` ranks, not seizes
        typ, c, mode = ("ASSAULT", "190", "") if v == "đánh chiếm" else ("COERCE", "192", "seize")
        R(f"{v} ~ {n}", typ, mode, c, "military,territory", "subj", "obj", f"take {n} (whose it is after)")

# passive shootings: the shooter in the gap, the victim before (`binh sĩ Ấn Độ bị lực lượng Pakistan bắn`)
for p in ["bị ~ bắn", "bị ~ bắn chết", "bị ~ bắn bị thương", "bị ~ bắn hạ", "bị ~ bắn rơi", "bị ~ bắn trúng",
          "bị ~ nổ súng", "bị ~ nã đạn", "bị ~ bắn ~ thiệt mạng"]:
    R(p, "ASSAULT", "firearms", "193", "military", "obj", "subj", "shot by (shooter in the gap)")
# prison sentences are detention (COERCE 173), not only a verdict (kết án alone: ACCUSE 116)
for v in ["kết án", "tuyên án", "tuyên phạt", "phạt", "xử", "kết án ~ công dân ~", "tuyên án ~ công dân ~"]:
    for n in ["năm tù", "tháng tù", "năm tù giam", "tù chung thân", "tử hình", "án tù", "tù"]:
        if v in ("phạt", "xử") and n in ("tử hình", "án tù", "tù"):
            continue
        R(f"{v} ~ {n}", "COERCE", "arrest", "173", "legal", "subj", "obj", f"sentence to prison ({n})")

# purchases and deliveries between states (COOPERATE: trade deliveries, arms purchases; the seller after của/từ)
GOODS = {"dầu": "061", "dầu thô": "061", "dầu mỏ": "061", "khí đốt": "061", "khí tự nhiên hóa lỏng": "061", "LNG": "061",
         "than": "061", "gạo": "061", "lúa mì": "061", "ngũ cốc": "061", "phân bón": "061", "urani": "061",
         "vũ khí": "062", "khí tài": "062", "máy bay chiến đấu": "062", "tiêm kích": "062", "chiến đấu cơ": "062",
         "tên lửa": "062", "hệ thống phòng không": "062", "hệ thống tên lửa": "062", "xe tăng": "062", "tàu ngầm": "062",
         "tàu khu trục": "062", "tàu hộ vệ": "062", "trực thăng": "062", "UAV": "062", "máy bay không người lái": "062"}
for v in ["bán", "bán thêm"]:   # not `xuất khẩu` (statistics: kim ngạch xuất khẩu), not `chuyển giao` (aid)
    for n, c in GOODS.items():
        for d in ["cho", "sang", "tới"]:
            R(f"{v} ~ {n} ~ {d}", "COOPERATE", "", c, "economic" if c == "061" else "military", "subj", "obj",
              f"sell {n} to (buyer after)")
for v in ["mua", "mua thêm", "nhập khẩu", "nhập", "nhập thêm", "đặt mua", "nhận", "tiếp nhận", "nhận bàn giao"]:
    for n, c in GOODS.items():
        if v in ("nhận", "tiếp nhận", "nhận bàn giao") and c == "061":
            continue
        # a buyer acts; what is received was delivered: the supplier is the source
        roles = ("obj", "subj") if v in ("nhận", "tiếp nhận", "nhận bàn giao") else ("subj", "obj")
        for d in ["của", "từ"]:
            R(f"{v} ~ {n} ~ {d}", "COOPERATE", "", c, "economic" if c == "061" else "military", *roles,
              f"buy or receive {n} from (seller after)")
            R(f"{v} ~ {n} {d}", "COOPERATE", "", c, "economic" if c == "061" else "military", *roles,
              f"buy or receive {n} from (seller after)")

# bans on a country's firms and products, cuts in trade preferences, closed offices (SANCTION 163/16x)
R("cấm ~ ứng dụng", "COERCE", "", "1721", "technology", "subj", "obj", "ban a country's apps (as the hand row cấm ứng dụng)")
R("cấm sử dụng ~ ứng dụng", "COERCE", "", "1721", "technology", "subj", "obj", "ban a country's apps")
for p in ["cấm ~ công ty", "cấm ~ doanh nghiệp", "cấm ~ hãng", "cấm ~ sản phẩm", "cấm ~ hàng hóa",
          "cấm ~ thiết bị", "cấm ~ tập đoàn", "cấm sử dụng ~ thiết bị", "cấm ~ hãng hàng không",
          "ngừng ưu đãi thuế quan", "hủy ưu đãi thuế quan", "chấm dứt ưu đãi thuế quan", "đình chỉ ưu đãi thuế quan",
          "tạm ngừng ưu đãi thuế quan", "hủy bỏ quy chế tối huệ quốc", "tước quy chế tối huệ quốc",
          "đóng cửa ~ văn phòng", "đóng cửa ~ cơ quan đại diện", "đóng cửa ~ trung tâm văn hóa", "đóng cửa ~ lãnh sự quán",
          "đóng cửa ~ tổng lãnh sự quán", "thu hồi giấy phép ~ hãng", "thu hồi giấy phép ~ đài", "thu hồi giấy phép hoạt động",
          "đưa ~ vào danh sách", "đưa ~ trở lại danh sách", "liệt ~ vào danh sách", "bổ sung ~ vào danh sách",
          "đưa ~ vào danh sách các nước không thân thiện", "liệt ~ vào danh sách các nước không thân thiện"]:
    c = "163" if any(k in p for k in ("cấm", "ưu đãi", "tối huệ quốc", "danh sách")) else "164"
    R(p, "SANCTION", "", c, "economic" if c == "163" else "diplomatic", "subj", "obj", "ban, cut, close, blacklist")
# taken off a list, tariffs of any kind lifted or cut (RETREAT 085)
for p in ["đưa ~ ra khỏi danh sách", "rút ~ khỏi danh sách", "loại ~ khỏi danh sách", "gạch tên ~ khỏi danh sách",
          "xóa tên ~ khỏi danh sách"]:
    R(p, "RETREAT", "", "085", "economic", "subj", "obj", "take off a blacklist")
for v in ["dỡ bỏ", "gỡ bỏ", "bãi bỏ", "hủy bỏ", "xóa bỏ", "chấm dứt", "ngừng áp", "ngừng áp dụng", "giảm", "hạ",
          "tạm hoãn", "hoãn", "miễn"]:
    for n in ["thuế chống bán phá giá", "thuế chống trợ cấp", "thuế trừng phạt", "thuế bổ sung", "thuế đối ứng",
              "thuế quan trả đũa", "thuế trả đũa", "thuế nhập khẩu bổ sung", "mức thuế đối ứng", "mức thuế bổ sung"]:
        R(f"{v} {n}", "RETREAT", "", "085", "economic", "subj", "against", f"lift or cut tariffs: {n}")
        R(f"{v} ~ {n}", "RETREAT", "", "085", "economic", "subj", "against", f"lift or cut tariffs: {n} (words between)")

# a missile or shell that hit something of a country (`tên lửa Nga rơi trúng một tòa nhà ở Dnipro của Ukraine`)
for p in ["rơi trúng", "bắn trúng", "đánh trúng", "tấn công trúng", "phá hủy hoàn toàn", "san phẳng",   # not `san bằng` (tỷ số)
          "tàn phá", "đánh sập", "phá sập", "thả bom", "ném bom", "ném lựu đạn", "đánh bom", "cài bom"]:
    R(f"{p}", "ASSAULT", "", "190" if p not in ("thả bom", "ném bom") else "195", "military", "subj", "obj", "strike, hit, destroy")

# credentials presented (CONSULT 040, the ambassador's country first) and state honours (SUPPORT 051)
for p in ["trình quốc thư", "trình ủy nhiệm thư", "trình thư ủy nhiệm", "trình bản sao ủy nhiệm thư",
          "trình bản sao quốc thư", "trình quốc thư lên", "trình quốc thư cho"]:
    R(p, "CONSULT", "", "040", "diplomatic", "subj", "obj", "an ambassador presents credentials")
for v in ["trao tặng", "trao", "tặng", "truy tặng", "trao tặng ~"]:
    for n in ["huân chương", "Huân chương", "huy chương", "danh hiệu", "kỷ niệm chương", "Huân chương Hữu nghị",
              "Huân chương Hồ Chí Minh", "Huân chương Sao Vàng", "Huân chương Lao động", "giải thưởng"]:
        R(f"{v} {n}", "SUPPORT", "", "051", "diplomatic", "subj", "to", f"confer a state honour ({n})")
# joint exploration (`thăm dò` is an ignore word: poll, probe)
for p in ["hợp tác thăm dò", "hợp tác thăm dò dầu khí", "hợp tác thăm dò ~ khai thác", "cùng thăm dò", "cùng thăm dò ~ khai thác",
          "liên doanh thăm dò", "phối hợp thăm dò", "hợp tác thăm dò, khai thác"]:
    R(p, "COOPERATE", "", "061", "natural_resource", "subj", "with", "joint exploration")

# joint patrols and drills near a third place stay joint (COOPERATE between the coordinated subjects)
for d in ["tuần tra chung", "tuần tra liên hợp", "tập trận chung", "diễn tập chung", "tập trận liên hợp", "tuần tra phối hợp"]:
    for dd in ["gần", "quanh", "xung quanh", "ngoài khơi", "áp sát", "tại", "ở", "trên"]:
        R(f"{d} {dd}", "COOPERATE", "", "062", "military", "subj", "with", f"joint {d} {dd} a place")
        R(f"{d} ~ {dd}", "COOPERATE", "", "062", "military", "subj", "with", f"joint {d} {dd} a place")

# two sides meeting each other somewhere; not `họp tại` (a cabinet meets at home and the fallback target would take
# any country of the clause: `Chính phủ Nhật Bản họp khẩn tại Tokyo về vụ phóng tên lửa của Triều Tiên`)
for p in ["gặp nhau tại", "gặp nhau ở", "ngồi vào bàn đàm phán", "ngồi lại với nhau", "gặp trực tiếp tại"]:
    R(p, "CONSULT", "phone" if "trực tuyến" in p else "", "041" if "trực tuyến" in p else "040", "diplomatic", "subj", "with",
      "the coordinated subjects meet")

# the accuser, the accused in the gap, then what is alleged (`lên án Mỹ can thiệp vào công việc nội bộ`): one ACCUSE
# whose row outspans the alleged act's own row
for v, (c, mode) in ACCV.items():
    if v not in ("cáo buộc", "tố cáo", "buộc tội", "lên án", "chỉ trích", "phản đối", "đổ lỗi", "cực lực lên án",
                 "kịch liệt lên án", "công khai cáo buộc", "tiếp tục cáo buộc", "lên tiếng chỉ trích", "lên tiếng phản đối"):
        continue
    for n, cn in ACCN.items():
        if n in ("việc", "vụ", "hành động", "hành vi", "vi phạm", "tấn công", "đe dọa"):
            continue
        cc = cn if (cn and c == "112") else c
        R(f"{v} ~ {n}", "ACCUSE", mode, cc, "", "subj", "obj", f"{v} (the accused) of {n}")

# `bác` (reject, headline style) only with what is rejected: `bác` alone is also "uncle" (`bác sĩ`, `bác Hồ`)
for n, c in REJN.items():
    if n in ("việc", "đơn", "ký", "thả", "trách nhiệm", "kết quả", "tham gia", "liên quan", "có liên quan", "cho phép",
             "tiếp nhận", "gặp"):
        continue
    cc = c
    mode = "yield" if cc.startswith("124") or cc == "128" else "meet" if cc in ("125", "126", "127") else \
           "assist" if cc.startswith(("121", "122")) else ""
    R(f"bác {n}", "REJECT", mode, cc, "", "subj", "obj", f"reject (bác): {n}")
for v in ["bác", "bác bỏ", "từ chối", "khước từ", "gạt bỏ", "phản bác", "gạt phăng", "bác phăng", "không chấp nhận"]:
    for n in ["đề nghị đàm phán", "đề nghị đối thoại", "đề nghị hòa đàm", "đề nghị ngừng bắn", "đề nghị gặp",
              "đề xuất đàm phán", "đề xuất đối thoại", "lời đề nghị đàm phán", "lời mời đàm phán", "đề nghị hòa bình",
              "đề nghị gặp thượng đỉnh", "đề nghị hội đàm", "lời đề nghị hòa đàm"]:
        c = "1246" if "ngừng bắn" in n else "125"
        R(f"{v} {n}", "REJECT", "meet" if c == "125" else "yield", c, "diplomatic", "subj", "gen", f"reject an offer: {n}")

# ------------------------------------------------------------------ output
def key(p):
    return unicodedata.normalize("NFC", p).lower()

def main(path):
    existing = set()
    existing_types = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.split("\t")
            existing.add(key(c[0]))
            if len(c) > 2:
                existing_types[c[0].lower()] = c[2]
    barerows = {}
    for r in ROWS:
        if "~" not in r[0]:
            barerows.setdefault(r[0].lower(), r[1])
    for k, t in list(existing_types.items()):
        barerows[k] = t
    gapbare = {(" ".join(r[0].replace("~", " ").split())).lower() + "|" + r[1] for r in ROWS if "~" in r[0]}
    seen, out = set(), []
    for r in ROWS:
        if "~" not in r[0] and (r[0].lower() + "|" + r[1]) in gapbare:
            continue
        if "~" in r[0]:
            z = " ".join(r[0].replace("~", " ").split()).lower()
            if z in barerows and barerows[z] != r[1]:
                continue     # with no word in its gap it would tie with a phrase of another type: that phrase wins
        p = r[0]
        if not p or p.startswith("~") or p.endswith("~"):
            continue
        if "~ ~ ~" in p and not p.startswith(("bàn giao cho", "trao tặng cho", "chuyển giao cho", "trao cho",
                                              "tặng cho", "cung cấp cho", "trao trả cho", "trả lại cho")):
            continue
        k = key(p)
        if k in existing or k in seen:
            continue
        seen.add(k)
        out.append(r)
    return out

MARK = "# productive rows:"

def rewrite(path):
    """Keep the hand-written part of `path` (up to the MARK line) and write the productive rows after it."""
    lines = open(path, encoding="utf-8").read().split("\n")
    keep = []
    for l in lines:
        if l.startswith(MARK):
            break
        keep.append(l)
    while keep and keep[-1] == "":
        keep.pop()
    tmp = path + ".hand"
    open(tmp, "w", encoding="utf-8").write("\n".join(keep) + "\n")
    out = main(tmp)
    import os
    os.remove(tmp)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(keep) + "\n")
        f.write(MARK + " verb ~ noun, where ~ stands for up to three words (a count, a classifier, a name) or none\n")
        for r in out:
            typ, mode, cameo, ctx, src, tgt, note = r[1:]
            f.write("\t".join([r[0], "trigger", typ, mode, cameo, ctx, src, tgt, note]) + "\n")
    return out

if __name__ == "__main__":
    # usage: gen_vi.py data/vi/triggers.tsv            rewrite the productive part in place
    #        gen_vi.py HAND.tsv OUT.tsv                 write only the productive rows of HAND.tsv to OUT.tsv
    from collections import Counter
    if len(sys.argv) == 2:
        out = rewrite(sys.argv[1])
    else:
        out = main(sys.argv[1])
        with open(sys.argv[2], "w", encoding="utf-8") as f:
            for r in out:
                typ, mode, cameo, ctx, src, tgt, note = r[1:]
                f.write("\t".join([r[0], "trigger", typ, mode, cameo, ctx, src, tgt, note]) + "\n")
    cnt = Counter(r[1] for r in out)
    print(sorted(cnt.items()), sum(cnt.values()), file=sys.stderr)

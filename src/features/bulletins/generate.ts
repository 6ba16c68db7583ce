/**
 * A press-style Vietnamese article from an approved record, in the register of the Party's own
 * news bulletins: headline, lead with date and organisation, who attended with titles, who
 * presented which report with its results and limitations, the tham luận by branch, and the
 * closing or guiding speech with the directives it stressed. Pure: the secretary edits the text
 * before publishing.
 */
import type { MeetingDetail, PersonRef, CitedDirective } from "@/features/meetings/dto";
import { formatShortDate, vnParts } from "@/lib/vi/date";
import { directiveKindLabels } from "@/lib/vi/labels";

export interface BulletinText {
  title: string;
  lead: string;
  body: string;
}

function named(p: PersonRef | null): string {
  if (!p) return "";
  return p.title ? `đồng chí ${p.name} – ${p.title.replace(/, /g, " – ")}` : `đồng chí ${p.name}`;
}

/** "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị", as news texts cite documents. */
export function citeDirective(d: CitedDirective): string {
  const kind = directiveKindLabels[d.kind];
  if (d.congress) return d.issuer ? `${kind} ${d.issuer}` : `${kind} Đại hội lần thứ ${d.congress}`;
  if (!d.number && !d.plenum && d.subject) return d.subject;
  const parts: string[] = [kind];
  if (d.number) parts.push(`số ${d.number}${d.symbol ? `-${d.symbol}` : ""}`);
  if (d.plenum) parts.push(`Hội nghị Trung ương ${d.plenum}${d.term ? ` khóa ${d.term}` : ""}`);
  if (d.issuedOn) {
    const [y, m, day] = d.issuedOn.split("-").map(Number);
    parts.push(`ngày ${day}/${m}/${y}`);
  }
  if (d.issuer) parts.push(`của ${d.issuer}`);
  return parts.join(" ");
}

function sentence(s: string): string {
  const t = s.trim().replace(/\s+/g, " ");
  if (!t) return "";
  return /[.!?…:]$/.test(t) ? t : `${t}.`;
}

function lowerFirst(s: string): string {
  return s ? s[0].toLocaleLowerCase("vi") + s.slice(1) : s;
}

/** "Kết quả: …\nHạn chế: …" in a report's summary → its parts. */
function reportParts(content: string | null) {
  const out = { results: [] as string[], limits: [] as string[], directions: [] as string[], other: [] as string[] };
  for (const line of (content ?? "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)) {
    const m = /^(Kết quả|Hạn chế|Tồn tại|Phương hướng[^:]*)\s*:\s*(.*)$/i.exec(line);
    if (!m) out.other.push(line);
    else if (/^kết quả/i.test(m[1])) out.results.push(m[2]);
    else if (/^(hạn chế|tồn tại)/i.test(m[1])) out.limits.push(m[2]);
    else out.directions.push(m[2]);
  }
  return out;
}

export function generateBulletin(m: MeetingDetail): BulletinText {
  const start = m.startsAt ? new Date(m.startsAt) : null;
  const hour = start ? vnParts(start).hour : 8;
  const dayPart = hour < 11 ? "Sáng" : hour < 13 ? "Trưa" : hour < 18 ? "Chiều" : "Tối";
  const dateText = start
    ? formatShortDate(start)
        .replace(/^0/, "")
        .replace(/\/0(\d)\//, "/$1/")
    : null;
  const subject = lowerFirst(m.title.replace(/^(Hội nghị|Sinh hoạt)\s+/i, (x) => x));

  const paragraphs: string[] = [];
  const lead = dateText
    ? `${dayPart} ngày ${dateText}, ${m.unit.name} tổ chức ${subject}.`
    : `${m.unit.name} tổ chức ${subject}.`;

  // Who attended: guests first, then the chair and leaders named in the record.
  const guests = m.attendance.entries.filter((e) => e.status === "GUEST");
  const attendees = [
    ...guests.map((g) => (g.title ? `đồng chí ${g.name} – ${g.title.replace(/, /g, " – ")}` : `đồng chí ${g.name}`)),
    ...(m.chair ? [named(m.chair)] : []),
  ];
  const s = m.attendance.summary;
  const everyone = s.total > 0 ? `cùng ${s.present}/${s.total} đảng viên` : "";
  if (attendees.length)
    paragraphs.push(sentence(`Tham dự Hội nghị có ${attendees.join("; ")}${everyone ? `; ${everyone}` : ""}`));
  else if (everyone) paragraphs.push(sentence(`Tham dự Hội nghị có ${s.present}/${s.total} đảng viên`));

  for (const r of m.reports) {
    const parts = reportParts(r.content);
    let p = r.presenter
      ? `Hội nghị đã nghe ${named(r.presenter)} trình bày ${lowerFirst(r.title)}.`
      : `Hội nghị đã nghe ${lowerFirst(r.title)}.`;
    if (parts.results.length)
      p += ` Báo cáo nêu bật những kết quả đạt được: ${parts.results.map(lowerFirst).join(" ")}`;
    if (parts.other.length) p += ` ${parts.other.join(" ")}`;
    if (parts.limits.length)
      p += ` Bên cạnh đó, vẫn còn một số hạn chế cần khắc phục như: ${parts.limits.map(lowerFirst).join(" ")}`;
    if (parts.directions.length)
      p += ` Báo cáo cũng nêu phương hướng thời gian tới: ${parts.directions.map(lowerFirst).join(" ")}`;
    paragraphs.push(sentence(p));
  }

  const thamLuan = m.speeches.filter((sp) => sp.kind === "THAM_LUAN");
  if (thamLuan.length) {
    const items = thamLuan.map((sp) => {
      const by = sp.unit?.name
        ? ` của ${sp.unit.name.replace(/^Chi bộ/, "chi bộ")}`
        : sp.speaker
          ? ` của ${named(sp.speaker)}`
          : "";
      return `${sp.title ?? "tham luận"}${by}`;
    });
    paragraphs.push(
      sentence(
        `Tại Hội nghị, ${thamLuan.length} tham luận đã góp phần hoàn thiện phương hướng, nhiệm vụ thời gian tới. Đó là các tham luận: ${items.join("; ")}`,
      ),
    );
  }
  const opinions = m.speeches.filter((sp) => sp.kind === "Y_KIEN");
  if (opinions.length) {
    paragraphs.push(
      sentence(
        `Các ý kiến phát biểu của ${opinions
          .map((o) => (o.speaker ? `đồng chí ${o.speaker.name}` : (o.unit?.name ?? "")))
          .filter(Boolean)
          .join(", ")} tập trung làm rõ những nội dung của Hội nghị`,
      ),
    );
  }

  const closing = m.speeches.find((sp) => sp.kind === "KET_LUAN") ?? m.speeches.find((sp) => sp.kind === "CHI_DAO");
  const stressed = m.directives.map(citeDirective);
  if (closing) {
    const opener = closing.kind === "CHI_DAO" ? "Phát biểu chỉ đạo tại Hội nghị" : "Bế mạc Hội nghị";
    let p =
      `${opener}, ${named(closing.speaker)} ` +
      `${closing.content ? `phát biểu: ${lowerFirst(closing.content.trim())}` : "phát biểu ghi nhận những kết quả Hội nghị đạt được"}`;
    if (stressed.length)
      p = `${sentence(p)} Đồng chí yêu cầu tiếp tục quán triệt và thực hiện nghiêm túc ${stressed.join("; ")}`;
    paragraphs.push(sentence(p));
  } else if (stressed.length) {
    paragraphs.push(sentence(`Hội nghị nhấn mạnh việc tiếp tục quán triệt và thực hiện ${stressed.join("; ")}`));
  }
  for (const c of m.conclusions) paragraphs.push(sentence(c.content));
  const passed = m.resolutions.filter((r) => r.vote.passed);
  if (passed.length) {
    const what = passed.map((r) => lowerFirst(r.title.replace(/^thông qua\s+/i, "")));
    paragraphs.push(sentence(`Hội nghị đã biểu quyết thông qua ${what.join("; ")}`));
  }

  return { title: m.title, lead, body: paragraphs.join("\n\n") };
}

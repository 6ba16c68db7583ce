import { adoptionSentence, type MeetingDetail, type PersonRef } from "../dto";
import { formatDateTime, formatLongDate, formatTime } from "@/lib/vi/date";
import {
  attendanceStatusLabels,
  directiveKindLabels,
  meetingKindLabels,
  meetingStatusLabels,
  speechKindLabels,
  taskStatusLabels,
} from "@/lib/vi/labels";
import { formatShortDate } from "@/lib/vi/date";

/** A small badge on items that came from an imported text. */
function FromText({ m, path }: { m: MeetingDetail; path: string }) {
  if (!m.imported?.marks.includes(path)) return null;
  return (
    <span className="ml-1 rounded bg-sky-100 px-1.5 py-0.5 font-sans text-xs text-sky-900" data-testid="imported-mark">
      từ văn bản
    </span>
  );
}

function who(p: PersonRef | null): string {
  if (!p) return "—";
  return p.title ? `${p.name} – ${p.title}` : p.name;
}

function Paragraphs({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <>
      {text.split("\n").map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of a stored text, rendered once
        <p key={i} className="mt-1">
          {line}
        </p>
      ))}
    </>
  );
}

function Section({ n, title, children }: { n: string; title: string; children: React.ReactNode }) {
  return (
    <section className="mt-6" aria-labelledby={`sec-${n}`}>
      <h2 id={`sec-${n}`} className="font-bold uppercase">
        {n}. {title}
      </h2>
      <div className="mt-2">{children}</div>
    </section>
  );
}

export function directiveLabel(d: MeetingDetail["directives"][number]): string {
  const parts = [directiveKindLabels[d.kind]];
  if (d.number) parts.push(`số ${d.number}${d.symbol ? `-${d.symbol}` : ""}`);
  if (d.plenum) parts.push(`Hội nghị Trung ương ${d.plenum}`);
  if (d.congress) parts.push(`Đại hội lần thứ ${d.congress}`);
  if (d.term) parts.push(`khóa ${d.term}`);
  if (d.issuedOn) parts.push(`ngày ${formatShortDate(d.issuedOn)}`);
  if (d.issuer) parts.push(`của ${d.issuer}`);
  return parts.join(" ");
}

/** A readable rendering of the whole record, in the order of a real biên bản. */
export function MeetingView({ meeting: m }: { meeting: MeetingDetail }) {
  const s = m.attendance.summary;
  const members = m.attendance.entries.filter((e) => e.status !== "GUEST");
  const guests = m.attendance.entries.filter((e) => e.status === "GUEST");
  const absent = members.filter((e) => e.status === "ABSENT_EXCUSED" || e.status === "ABSENT_UNEXCUSED");
  // late arrivals and early departures, with the reason given (item 8)
  const partly = members.filter((e) => e.status === "LATE" || e.status === "LEFT_EARLY");
  const start = m.startsAt ? new Date(m.startsAt) : null;
  return (
    <article
      className="rounded-lg border border-stone-200 bg-white p-5 font-serif text-[17px] leading-relaxed sm:p-10"
      data-testid="meeting-record"
    >
      <header className="text-center">
        <p className="text-sm tracking-wide uppercase">{m.unit.name}</p>
        <p className="mt-4 text-2xl font-bold">BIÊN BẢN</p>
        <h1 className="font-bold">{m.title}</h1>
        <p className="mt-2 font-sans text-xs">
          <span className="rounded bg-stone-100 px-2 py-0.5">{meetingKindLabels[m.kind]}</span>{" "}
          <span
            className={
              m.status === "APPROVED"
                ? "rounded bg-green-100 px-2 py-0.5 text-green-800"
                : "rounded bg-amber-100 px-2 py-0.5 text-amber-900"
            }
            data-testid="meeting-status"
          >
            {meetingStatusLabels[m.status]}
          </span>
        </p>
      </header>

      {m.imported && (
        <p
          className="mt-4 rounded border border-sky-200 bg-sky-50 p-3 font-sans text-sm text-sky-900"
          data-testid="imported-banner"
        >
          Bản nháp được tạo từ văn bản nhập{m.imported.source ? ` (${m.imported.source})` : ""}. Các mục có nhãn “từ văn
          bản” do hệ thống đọc ra: hãy kiểm tra lại trước khi thông qua.
          {m.imported.warnings.map((w) => (
            <span key={w} className="mt-1 block text-amber-900">
              {w}
            </span>
          ))}
        </p>
      )}

      <Section n="I" title="Thời gian, địa điểm">
        <p>
          Thời gian: {start ? `bắt đầu ${formatDateTime(start)}` : "chưa rõ ngày"}
          {m.endsAt ? `, kết thúc ${formatTime(new Date(m.endsAt))}` : ""}.
        </p>
        <p>Địa điểm: {m.place || "—"}.</p>
      </Section>

      <Section n="II" title="Thành phần">
        <p>
          Chủ trì: {who(m.chair)}. Thư ký: {who(m.secretary)}.
        </p>
        {guests.length > 0 && (
          <p>
            Khách mời:{" "}
            {guests.map((g, i) => (
              <span key={g.id}>
                {i > 0 ? "; " : ""}
                {g.title ? `đồng chí ${g.name} – ${g.title}` : `đồng chí ${g.name}`}
                <FromText m={m} path={`attendance.entries.${m.attendance.entries.indexOf(g)}`} />
              </span>
            ))}
            .
          </p>
        )}
        <p data-testid="attendance-summary">
          Tổng số đảng viên: {s.total} (chính thức {s.official}, dự bị {s.probationary}; miễn sinh hoạt {s.exempt}). Có
          mặt {s.present}; vắng {s.absentExcused + s.absentUnexcused} (có lý do {s.absentExcused}, không lý do{" "}
          {s.absentUnexcused}).
        </p>
        {partly.length > 0 && (
          <ul className="ml-6 list-disc" data-testid="attendance-partly">
            {partly.map((a) => (
              <li key={a.id}>
                {a.name}: {attendanceStatusLabels[a.status].toLowerCase()}
                {a.reason ? ` (${a.reason})` : ""}
              </li>
            ))}
          </ul>
        )}
        {absent.length > 0 && (
          <ul className="ml-6 list-disc">
            {absent.map((a) => (
              <li key={a.id}>
                {a.name}: {attendanceStatusLabels[a.status].toLowerCase()}
                {a.reason ? ` (${a.reason})` : ""}
              </li>
            ))}
          </ul>
        )}
      </Section>

      {m.opening && (
        <Section n="III" title="Khai mạc">
          <Paragraphs text={m.opening} />
        </Section>
      )}

      <Section n={m.opening ? "IV" : "III"} title="Nội dung">
        {m.agenda.length > 0 && (
          <ol className="ml-6 list-decimal">
            {m.agenda.map((a) => (
              <li key={a.id}>
                <span className="font-semibold">{a.title}</span>
                <Paragraphs text={a.content} />
              </li>
            ))}
          </ol>
        )}
        {m.reports.map((r, i) => (
          <div key={r.id} className="mt-3">
            <p>
              <span className="font-semibold">{r.title}</span>
              {r.presenter ? ` — trình bày: đồng chí ${who(r.presenter)}` : ""}
              <FromText m={m} path={`reports.${i}`} />
            </p>
            <Paragraphs text={r.content} />
          </div>
        ))}
        {m.speeches.map((sp, i) => (
          <div key={sp.id} className="mt-3">
            <p>
              <span className="italic">{speechKindLabels[sp.kind]}</span>
              {sp.title ? `: “${sp.title}”` : ""}
              {sp.speaker ? ` — đồng chí ${who(sp.speaker)}` : ""}
              {sp.unit ? ` — ${sp.unit.name}` : ""}
              <FromText m={m} path={`speeches.${i}`} />
            </p>
            <Paragraphs text={sp.content} />
          </div>
        ))}
        {m.directives.length > 0 && (
          <div className="mt-3">
            <p className="font-semibold">Văn bản được quán triệt, trích dẫn:</p>
            <ul className="ml-6 list-disc" data-testid="directives">
              {m.directives.map((d, i) => (
                <li key={d.id}>
                  {directiveLabel(d)}
                  {d.subject ? ` — ${d.subject}` : ""}
                  <FromText m={m} path={`directives.${i}`} />
                </li>
              ))}
            </ul>
          </div>
        )}
      </Section>

      {(m.conclusions.length > 0 || m.resolutions.length > 0) && (
        <Section n={m.opening ? "V" : "IV"} title="Kết luận, nghị quyết và biểu quyết">
          {m.conclusions.map((c) => (
            <Paragraphs key={c.id} text={c.content} />
          ))}
          {m.resolutions.map((r) => (
            <div key={r.id} className="mt-2" data-testid="resolution">
              <p className="font-semibold">{r.title}</p>
              <Paragraphs text={r.content} />
              <p>
                Biểu quyết: tán thành {r.vote.for}, không tán thành {r.vote.against}, không biểu quyết {r.vote.abstain}.
              </p>
              <p className={r.vote.passed ? "text-green-800" : "text-red-800"}>{r.vote.reason}</p>
            </div>
          ))}
        </Section>
      )}

      {m.tasks.length > 0 && (
        <section className="mt-6">
          <h2 className="font-bold">Nhiệm vụ được giao</h2>
          <ul className="ml-6 list-disc">
            {m.tasks.map((t) => (
              <li key={t.id}>
                {t.title} — {t.owner?.name ?? "—"}
                {t.dueOn ? `, hạn ${formatShortDate(t.dueOn)}` : ""} ({taskStatusLabels[t.status].toLowerCase()})
              </li>
            ))}
          </ul>
        </section>
      )}

      {(m.closing || m.rating) && (
        <section className="mt-6">
          <Paragraphs text={m.closing} />
          {m.rating && <p>Xếp loại buổi sinh hoạt: {m.rating}.</p>}
        </section>
      )}

      <footer className="mt-10 grid grid-cols-2 gap-6 text-center">
        <div>
          <p className="font-bold">THƯ KÝ</p>
          <p className="mt-16 font-bold">{m.secretary?.name ?? ""}</p>
        </div>
        <div>
          <p className="font-bold">CHỦ TRÌ</p>
          <p className="mt-16 font-bold">{m.chair?.name ?? ""}</p>
        </div>
      </footer>
      {m.approval && (
        <p className="mt-6 font-sans text-xs text-stone-500" data-testid="adoption-line">
          {adoptionSentence(m) ?? `Thông qua ${formatLongDate(new Date(m.approval.approvedAt))}.`}
        </p>
      )}
    </article>
  );
}

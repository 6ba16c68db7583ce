"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { MeetingDetail } from "../../dto";
import type { EditorData } from "../../editor-data";
import { approveAction, deleteDraftAction, saveDraftAction } from "../../actions";
import { computeVote, summarizeAttendance, type AttendanceRow } from "../../rules";
import {
  attendanceStatusLabels,
  meetingKindLabels,
  memberCategoryLabels,
  speechKindLabels,
  taskStatusLabels,
} from "@/lib/vi/labels";
import { formatClock, formatShortDate } from "@/lib/vi/date";
import type { AttendanceStatus, MeetingKind, SpeechKind, TaskStatus } from "@/lib/enums";
import { FieldError, PersonPicker, RowTools, TextField, inputClass, moveItem, smallButton } from "./fields";
import {
  FIELD_LABELS,
  applyMerge,
  describeValue,
  planMerge,
  same,
  toDraft,
  toInput,
  type DraftKey,
  type DraftState,
  type MergePlan,
} from "./model";

type SaveStatus = "saved" | "dirty" | "saving" | "offline" | "expired" | "invalid" | "locked" | "conflict" | "error";

interface LocalCopy {
  version: number;
  savedAt: string;
  draft: DraftState;
  base: DraftState;
}

type Props = EditorData & { userId: string };

const SECTIONS: Array<[string, string]> = [
  ["chung", "Thông tin chung"],
  ["thanh-phan", "Thành phần"],
  ["diem-danh", "Điểm danh"],
  ["kiem-diem", "Việc tồn đọng"],
  ["chuong-trinh", "Chương trình"],
  ["bao-cao", "Báo cáo"],
  ["phat-bieu", "Phát biểu"],
  ["van-ban", "Văn bản"],
  ["ket-luan", "Kết luận"],
  ["nghi-quyet", "Nghị quyết"],
  ["nhiem-vu", "Nhiệm vụ"],
  ["be-mac", "Bế mạc"],
];

const ABSENT: AttendanceStatus[] = ["ABSENT_EXCUSED", "ABSENT_UNEXCUSED"];

export function MeetingEditor(props: Props) {
  const { meeting, userId } = props;
  const router = useRouter();
  const storageKey = `sbb:draft:${meeting.id}:${userId}`;
  const serverDraft = useMemo(() => toDraft(meeting), [meeting]);

  const [draft, setDraft] = useState<DraftState>(serverDraft);
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<{ current: MeetingDetail; plan: MergePlan; theirs: DraftState } | null>(
    null,
  );
  const [choices, setChoices] = useState<Partial<Record<DraftKey, "mine" | "theirs">>>({});
  const [restore, setRestore] = useState<LocalCopy | null>(null);
  const [approving, setApproving] = useState(false);

  const draftRef = useRef(draft);
  const baseRef = useRef<DraftState>(serverDraft);
  const versionRef = useRef(meeting.version);
  const savingRef = useRef(false);
  const againRef = useRef(false);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const blockedRef = useRef(false); // conflict or expired session: wait for the user

  // ── local copy: every keystroke is kept on this machine until the server has it ──
  const writeLocal = useCallback(
    (d: DraftState) => {
      try {
        const copy: LocalCopy = {
          version: versionRef.current,
          savedAt: new Date().toISOString(),
          draft: d,
          base: baseRef.current,
        };
        localStorage.setItem(storageKey, JSON.stringify(copy));
      } catch {
        /* storage full or disabled: the server copy still works */
      }
    },
    [storageKey],
  );
  const clearLocal = useCallback(() => {
    try {
      localStorage.removeItem(storageKey);
    } catch {
      /* ignore */
    }
  }, [storageKey]);

  useEffect(() => {
    try {
      const raw = localStorage.getItem(storageKey);
      if (!raw) return;
      const copy = JSON.parse(raw) as LocalCopy;
      if (copy?.draft && !same(copy.draft, serverDraft)) setRestore(copy);
      else clearLocal();
    } catch {
      clearLocal();
    }
  }, [storageKey, serverDraft, clearLocal]);

  // ── saving ──
  const save = useCallback(async () => {
    if (blockedRef.current) return;
    if (savingRef.current) {
      againRef.current = true;
      return;
    }
    if (typeof navigator !== "undefined" && !navigator.onLine) {
      setStatus("offline");
      return;
    }
    const snapshot = draftRef.current;
    savingRef.current = true;
    setStatus("saving");
    try {
      const result = await saveDraftAction(meeting.id, toInput(snapshot, versionRef.current));
      if (result.status === "ok" && result.data) {
        versionRef.current = result.data.version;
        baseRef.current = toDraft(result.data);
        setFieldErrors({});
        setMessage(null);
        setSavedAt(new Date());
        const stillDirty = !same(draftRef.current, snapshot);
        setStatus(stillDirty ? "dirty" : "saved");
        if (stillDirty) {
          writeLocal(draftRef.current);
          againRef.current = true;
        } else clearLocal();
      } else if (result.status === "error") {
        if (result.code === "CONFLICT" && result.current) {
          const current = result.current as MeetingDetail;
          const theirs = toDraft(current);
          const plan = planMerge(baseRef.current, draftRef.current, theirs);
          if (plan.conflicts.length === 0) {
            // Nothing clashes: take their changes, keep mine, and save on top of their version.
            const merged = applyMerge(draftRef.current, theirs, plan, {});
            draftRef.current = merged;
            setDraft(merged);
            baseRef.current = theirs;
            versionRef.current = current.version;
            writeLocal(merged);
            setMessage(
              plan.theirs.length
                ? `Đã hợp nhất thay đổi của người khác ở: ${plan.theirs.map((k) => FIELD_LABELS[k]).join(", ")}.`
                : null,
            );
            againRef.current = true;
            setStatus("dirty");
          } else {
            blockedRef.current = true;
            setChoices({});
            setConflict({ current, plan, theirs });
            setStatus("conflict");
          }
        } else if (result.code === "UNAUTHENTICATED") {
          blockedRef.current = true;
          setStatus("expired");
        } else if (result.code === "VALIDATION") {
          setFieldErrors(result.fieldErrors ?? {});
          setStatus("invalid");
        } else if (result.code === "MINUTES_LOCKED") {
          blockedRef.current = true;
          setStatus("locked");
        } else {
          setMessage(result.message);
          setStatus("error");
        }
      }
    } catch {
      setStatus("offline");
    } finally {
      savingRef.current = false;
      if (againRef.current && !blockedRef.current) {
        againRef.current = false;
        if (timerRef.current) clearTimeout(timerRef.current);
        timerRef.current = setTimeout(() => void save(), 300);
      }
    }
  }, [meeting.id, writeLocal, clearLocal]);

  const update = useCallback(
    (fn: (d: DraftState) => DraftState) => {
      const next = fn(draftRef.current);
      draftRef.current = next;
      setDraft(next);
      writeLocal(next);
      setStatus((s) => (s === "expired" || s === "conflict" || s === "locked" ? s : "dirty"));
      if (timerRef.current) clearTimeout(timerRef.current);
      timerRef.current = setTimeout(() => void save(), 1500);
    },
    [save, writeLocal],
  );

  const set = useCallback(
    <K extends DraftKey>(key: K, value: DraftState[K]) => update((d) => ({ ...d, [key]: value })),
    [update],
  );

  useEffect(() => {
    const online = () => {
      if (!same(draftRef.current, baseRef.current) || status === "offline") void save();
    };
    const offline = () => setStatus("offline");
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!same(draftRef.current, baseRef.current)) e.preventDefault();
    };
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      window.removeEventListener("beforeunload", beforeUnload);
    };
  }, [save, status]);

  useEffect(
    () => () => {
      if (timerRef.current) clearTimeout(timerRef.current);
    },
    [],
  );

  // ── merge ──
  function resolveConflict() {
    if (!conflict) return;
    const merged = applyMerge(draftRef.current, conflict.theirs, conflict.plan, choices);
    draftRef.current = merged;
    setDraft(merged);
    baseRef.current = conflict.theirs;
    versionRef.current = conflict.current.version;
    writeLocal(merged);
    blockedRef.current = false;
    setConflict(null);
    setMessage("Đã hợp nhất hai bản; đang lưu…");
    void save();
  }

  function restoreLocal() {
    if (!restore) return;
    draftRef.current = restore.draft;
    baseRef.current = restore.base;
    versionRef.current = restore.version;
    setDraft(restore.draft);
    setRestore(null);
    setStatus("dirty");
    void save();
  }

  // ── computed header figures and votes ──
  const rosterById = useMemo(() => new Map(props.people.map((p) => [p.id, p])), [props.people]);
  const rows: AttendanceRow[] = draft.attendance.map((e) => {
    const m = e.memberId ? rosterById.get(e.memberId) : undefined;
    return { memberId: e.memberId, status: e.status, category: m?.category ?? null, memberStatus: m?.status ?? null };
  });
  const summary = summarizeAttendance(rows);
  const errs = (path: string) => fieldErrors[path];
  const peopleOptions = props.people.map((p) => ({ id: p.id, name: p.name, title: p.title }));
  const notInList = props.roster.filter((m) => !draft.attendance.some((e) => e.memberId === m.id));

  const marks = new Set(meeting.imported?.marks ?? []);
  const mark = (path: string) => (marks.has(path) ? <FromText /> : null);

  const statusText: Record<SaveStatus, string> = {
    saved: savedAt ? `Đã lưu lúc ${formatClock(savedAt)}` : "Đã lưu",
    dirty: "Có thay đổi chưa lưu…",
    saving: "Đang lưu…",
    offline: "Mất kết nối – nội dung được giữ trên máy này và sẽ lưu khi có mạng",
    expired: "Phiên đăng nhập đã hết hạn – nội dung được giữ trên máy này; hãy đăng nhập lại để lưu",
    invalid: "Chưa lưu được: vui lòng sửa các mục được đánh dấu",
    locked: "Biên bản đã được thông qua ở nơi khác; không thể sửa tiếp",
    conflict: "Người khác vừa lưu biên bản này – hãy hợp nhất hai bản",
    error: "Chưa lưu được – sẽ thử lại",
  };

  return (
    <div className="pb-24">
      <div className="sticky top-0 z-10 -mx-4 mb-4 border-b border-stone-200 bg-stone-50/95 px-4 py-2 backdrop-blur">
        <div className="flex flex-wrap items-center gap-3">
          <p
            role="status"
            aria-live="polite"
            data-testid="save-status"
            data-status={status}
            className={
              status === "saved"
                ? "text-sm text-green-800"
                : status === "saving" || status === "dirty"
                  ? "text-sm text-stone-700"
                  : "text-sm font-medium text-red-800"
            }
          >
            {statusText[status]}
          </p>
          {status === "expired" && (
            <a href="/login" target="_blank" rel="noreferrer" className="text-sm text-brand underline">
              Đăng nhập lại (mở thẻ mới)
            </a>
          )}
          {(status === "expired" || status === "offline" || status === "error" || status === "invalid") && (
            <button
              type="button"
              className={smallButton}
              onClick={() => {
                blockedRef.current = false;
                void save();
              }}
            >
              Lưu lại ngay
            </button>
          )}
          <div className="ml-auto flex gap-2">
            <button type="button" className={smallButton} onClick={() => void save()} data-testid="save-now">
              Lưu
            </button>
            {props.canApprove && (
              <button
                type="button"
                className="rounded bg-brand px-3 py-1 text-sm font-semibold text-white hover:bg-brand-dark"
                onClick={() => setApproving(true)}
                data-testid="open-approve"
              >
                Thông qua biên bản
              </button>
            )}
          </div>
        </div>
        <nav aria-label="Các phần của biên bản" className="mt-2 overflow-x-auto">
          <ul className="flex gap-1 text-xs">
            {SECTIONS.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`} className="block rounded px-2 py-1 whitespace-nowrap hover:bg-stone-200">
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {message && (
          <p className="mt-1 text-sm text-sky-900" data-testid="editor-message">
            {message}
          </p>
        )}
      </div>

      {restore && (
        <div
          className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm"
          data-testid="restore-banner"
          role="region"
          aria-label="Khôi phục nội dung"
        >
          <p>
            Trên máy này còn nội dung chưa được lưu lên máy chủ (lúc {formatClock(new Date(restore.savedAt))}{" "}
            {formatShortDate(new Date(restore.savedAt))}).
          </p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              className="rounded bg-brand px-3 py-1 font-semibold text-white"
              onClick={restoreLocal}
            >
              Khôi phục nội dung này
            </button>
            <button
              type="button"
              className={smallButton}
              onClick={() => {
                clearLocal();
                setRestore(null);
              }}
            >
              Bỏ qua
            </button>
          </div>
        </div>
      )}

      {meeting.imported && (
        <div
          className="mb-4 rounded border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900"
          data-testid="editor-imported-banner"
        >
          Bản nháp này được tạo từ văn bản nhập{meeting.imported.source ? ` (${meeting.imported.source})` : ""}. Các mục
          có nhãn <FromText /> do hệ thống đọc ra: hãy kiểm tra, sửa và bổ sung.
          {meeting.imported.warnings.map((w) => (
            <span key={w} className="mt-1 block text-amber-900">
              {w}
            </span>
          ))}
        </div>
      )}

      {conflict && (
        <MergePanel
          conflict={conflict}
          mine={draft}
          choices={choices}
          setChoices={setChoices}
          onResolve={resolveConflict}
        />
      )}

      {Object.keys(fieldErrors).length > 0 && (
        <div
          className="mb-4 rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800"
          data-testid="error-summary"
        >
          <p className="font-semibold">Vui lòng kiểm tra:</p>
          <ul className="ml-5 list-disc">
            {Object.entries(fieldErrors).map(([k, v]) => (
              <li key={k}>
                {FIELD_LABELS[k.split(".")[0] as DraftKey] ?? k}
                {k.includes(".")
                  ? ` (${k
                      .split(".")
                      .slice(1)
                      .filter((x) => /\d/.test(x))
                      .map((x) => `mục ${Number(x) + 1}`)
                      .join(", ")})`
                  : ""}
                : {v.join(" ")}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="space-y-8">
        <Section id="chung" title="Thông tin chung">
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <label htmlFor="kind" className="block text-sm font-medium">
                Loại cuộc họp
              </label>
              <select
                id="kind"
                className={inputClass}
                value={draft.kind}
                onChange={(e) => set("kind", e.target.value as MeetingKind)}
              >
                {Object.entries(meetingKindLabels).map(([k, l]) => (
                  <option key={k} value={k}>
                    {l}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              label="Số biên bản"
              value={draft.number}
              onChange={(v) => set("number", v)}
              errors={errs("number")}
            />
            <div className="sm:col-span-2">
              {mark("title")}
              <TextField
                label="Tên cuộc họp"
                required
                value={draft.title}
                onChange={(v) => set("title", v)}
                errors={errs("title")}
                testId="field-title"
              />
            </div>
            <div className="sm:col-span-2">
              <TextField
                label="Trích yếu (dòng dưới chữ BIÊN BẢN)"
                value={draft.summary}
                onChange={(v) => set("summary", v)}
                errors={errs("summary")}
              />
            </div>
            <TextField
              label="Bắt đầu"
              type="datetime-local"
              required
              value={draft.startsAt}
              onChange={(v) => set("startsAt", v)}
              errors={errs("startsAt")}
              testId="field-startsAt"
            />
            <TextField
              label="Kết thúc"
              type="datetime-local"
              value={draft.endsAt}
              onChange={(v) => set("endsAt", v)}
              errors={errs("endsAt")}
              testId="field-endsAt"
            />
            <div className="sm:col-span-2">
              <TextField
                label="Địa điểm"
                value={draft.place}
                onChange={(v) => set("place", v)}
                errors={errs("place")}
                testId="field-place"
              />
            </div>
            <label className="flex items-center gap-2 text-sm sm:col-span-2">
              <input type="checkbox" checked={draft.combined} onChange={(e) => set("combined", e.target.checked)} />
              Sinh hoạt thường kỳ kết hợp chuyên đề
            </label>
            <div className="sm:col-span-2">
              <TextField
                label="Khai mạc (mục đích, giới thiệu đại biểu)"
                multiline
                value={draft.opening}
                onChange={(v) => set("opening", v)}
              />
            </div>
          </div>
        </Section>

        <Section id="thanh-phan" title="Chủ trì và thư ký">
          <div className="grid gap-4 sm:grid-cols-2">
            <PersonPicker
              label="Chủ trì"
              value={draft.chair}
              onChange={(p) => set("chair", p)}
              people={peopleOptions}
              errors={errs("chair")}
              testId="field-chair"
            />
            <PersonPicker
              label="Thư ký"
              value={draft.secretary}
              onChange={(p) => set("secretary", p)}
              people={peopleOptions}
              errors={errs("secretary")}
              testId="field-secretary"
            />
          </div>
        </Section>

        <Section id="diem-danh" title="Điểm danh">
          <p className="mb-3 rounded bg-stone-100 p-2 text-sm" data-testid="live-summary">
            Tổng số {summary.total} (chính thức {summary.official}, dự bị {summary.probationary}, miễn sinh hoạt{" "}
            {summary.exempt}) · có mặt {summary.present} · vắng {summary.absentExcused + summary.absentUnexcused} (có lý
            do {summary.absentExcused}, không lý do {summary.absentUnexcused}) · khách mời {summary.guests}
          </p>
          <div className="overflow-x-auto">
            <table className="block w-full text-left text-sm sm:table">
              <thead className="hidden sm:table-header-group">
                <tr className="border-b">
                  <th className="py-1 pr-2">Họ và tên</th>
                  <th className="py-1 pr-2">Loại</th>
                  <th className="py-1 pr-2">Tình trạng</th>
                  <th className="py-1 pr-2">Lý do / chức vụ</th>
                  <th className="py-1">
                    <span className="sr-only">Thao tác</span>
                  </th>
                </tr>
              </thead>
              <tbody className="block sm:table-row-group">
                {draft.attendance.map((e, i) => {
                  const m = e.memberId ? rosterById.get(e.memberId) : undefined;
                  const guest = e.status === "GUEST";
                  return (
                    <tr
                      key={`${e.memberId ?? "g"}-${i}`}
                      className="grid grid-cols-[1fr_auto] gap-x-2 border-b border-stone-100 py-2 align-top sm:table-row sm:py-0"
                      data-testid="attendance-row"
                    >
                      <td className="py-1 pr-2 font-medium sm:font-normal">
                        {guest ? (
                          <input
                            aria-label={`Họ tên khách mời ${i + 1}`}
                            className={inputClass}
                            value={e.name}
                            onChange={(ev) =>
                              update((d) => ({
                                ...d,
                                attendance: d.attendance.map((x, j) => (j === i ? { ...x, name: ev.target.value } : x)),
                              }))
                            }
                          />
                        ) : (
                          e.name
                        )}
                        {mark(`attendance.entries.${i}`)}
                        <FieldError
                          messages={errs(`attendance.entries.${i}.name`) ?? errs(`attendance.entries.${i}.memberId`)}
                        />
                      </td>
                      <td className="py-1 pr-2 text-xs text-stone-600 sm:text-stone-900">
                        {m
                          ? `${memberCategoryLabels[m.category].replace("Đảng viên ", "")}${m.status === "EXEMPT" ? ", miễn SH" : ""}`
                          : guest
                            ? "Khách mời"
                            : ""}
                      </td>
                      <td className="col-span-2 py-1 pr-2">
                        {guest ? (
                          "Khách mời"
                        ) : (
                          <select
                            aria-label={`Tình trạng của ${e.name}`}
                            className={inputClass}
                            value={e.status}
                            onChange={(ev) =>
                              update((d) => ({
                                ...d,
                                attendance: d.attendance.map((x, j) =>
                                  j === i ? { ...x, status: ev.target.value as AttendanceStatus } : x,
                                ),
                              }))
                            }
                          >
                            {(
                              [
                                "PRESENT",
                                "LATE",
                                "LEFT_EARLY",
                                "ABSENT_EXCUSED",
                                "ABSENT_UNEXCUSED",
                              ] as AttendanceStatus[]
                            ).map((s) => (
                              <option key={s} value={s}>
                                {attendanceStatusLabels[s]}
                              </option>
                            ))}
                          </select>
                        )}
                      </td>
                      <td className="col-span-2 py-1 pr-2">
                        {guest ? (
                          <input
                            aria-label={`Chức vụ khách mời ${i + 1}`}
                            className={inputClass}
                            value={e.title}
                            onChange={(ev) =>
                              update((d) => ({
                                ...d,
                                attendance: d.attendance.map((x, j) =>
                                  j === i ? { ...x, title: ev.target.value } : x,
                                ),
                              }))
                            }
                          />
                        ) : ABSENT.includes(e.status) || e.status === "LATE" || e.status === "LEFT_EARLY" ? (
                          <input
                            aria-label={`Lý do của ${e.name}`}
                            className={inputClass}
                            value={e.reason}
                            onChange={(ev) =>
                              update((d) => ({
                                ...d,
                                attendance: d.attendance.map((x, j) =>
                                  j === i ? { ...x, reason: ev.target.value } : x,
                                ),
                              }))
                            }
                          />
                        ) : null}
                        <FieldError messages={errs(`attendance.entries.${i}.reason`)} />
                      </td>
                      <td className="col-span-2 py-1 text-right sm:text-left">
                        <button
                          type="button"
                          className={`${smallButton} text-red-700`}
                          aria-label={`Bỏ ${e.name || "dòng"} khỏi danh sách`}
                          onClick={() => update((d) => ({ ...d, attendance: d.attendance.filter((_, j) => j !== i) }))}
                        >
                          Bỏ
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="mt-3 flex flex-wrap items-end gap-2">
            {notInList.length > 0 && (
              <AddFromList
                label="Thêm đảng viên"
                options={notInList.map((m) => ({ id: m.id, label: m.name }))}
                onAdd={(id) => {
                  const m = rosterById.get(id);
                  if (m)
                    update((d) => ({
                      ...d,
                      attendance: [
                        ...d.attendance,
                        { memberId: m.id, name: m.name, title: "", status: "PRESENT", reason: "" },
                      ],
                    }));
                }}
              />
            )}
            <button
              type="button"
              className={smallButton}
              onClick={() =>
                update((d) => ({
                  ...d,
                  attendance: [...d.attendance, { memberId: null, name: "", title: "", status: "GUEST", reason: "" }],
                }))
              }
            >
              + Khách mời
            </button>
          </div>
        </Section>

        <Section id="kiem-diem" title="Việc tồn đọng từ các cuộc họp trước">
          {props.openTasks.length === 0 ? (
            <p className="text-sm text-stone-600">Không có nhiệm vụ nào còn mở.</p>
          ) : (
            <ul className="space-y-1 text-sm" data-testid="open-tasks">
              {props.openTasks.map((t) => (
                <li key={t.id} className={t.overdue ? "text-red-800" : ""}>
                  {t.title} — {t.owner ?? "chưa giao"}
                  {t.dueOn ? `, hạn ${formatShortDate(t.dueOn)}` : ""} · {taskStatusLabels[t.status]}
                  {t.overdue ? " · quá hạn" : ""}
                  {t.meetingTitle ? <span className="text-stone-500"> ({t.meetingTitle})</span> : null}
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section id="chuong-trinh" title="Chương trình và diễn biến">
          {draft.agenda.map((a, i) => (
            <fieldset key={i} className="mb-3 rounded border border-stone-200 p-3" data-testid="agenda-item">
              <legend className="px-1 text-sm font-medium">Nội dung {i + 1}</legend>
              <div className="flex justify-end">
                <RowTools
                  index={i}
                  count={draft.agenda.length}
                  what="nội dung"
                  onMove={(f, t) => set("agenda", moveItem(draft.agenda, f, t))}
                  onRemove={(j) =>
                    set(
                      "agenda",
                      draft.agenda.filter((_, k) => k !== j),
                    )
                  }
                />
              </div>
              <TextField
                label="Nội dung chương trình"
                value={a.title}
                onChange={(v) =>
                  set(
                    "agenda",
                    draft.agenda.map((x, k) => (k === i ? { ...x, title: v } : x)),
                  )
                }
                errors={errs(`agenda.${i}.title`)}
              />
              <TextField
                label="Diễn biến"
                multiline
                value={a.content}
                onChange={(v) =>
                  set(
                    "agenda",
                    draft.agenda.map((x, k) => (k === i ? { ...x, content: v } : x)),
                  )
                }
              />
            </fieldset>
          ))}
          <button
            type="button"
            className={smallButton}
            onClick={() => set("agenda", [...draft.agenda, { title: "", content: "" }])}
          >
            + Thêm nội dung
          </button>
        </Section>

        <Section id="bao-cao" title="Báo cáo">
          {draft.reports.map((r, i) => (
            <fieldset key={i} className="mb-3 rounded border border-stone-200 p-3">
              <legend className="px-1 text-sm font-medium">
                Báo cáo {i + 1}
                {mark(`reports.${i}`)}
              </legend>
              <div className="flex justify-end">
                <RowTools
                  index={i}
                  count={draft.reports.length}
                  what="báo cáo"
                  onMove={(f, t) => set("reports", moveItem(draft.reports, f, t))}
                  onRemove={(j) =>
                    set(
                      "reports",
                      draft.reports.filter((_, k) => k !== j),
                    )
                  }
                />
              </div>
              <TextField
                label="Tên báo cáo"
                value={r.title}
                onChange={(v) =>
                  set(
                    "reports",
                    draft.reports.map((x, k) => (k === i ? { ...x, title: v } : x)),
                  )
                }
                errors={errs(`reports.${i}.title`)}
              />
              <PersonPicker
                label="Người trình bày"
                value={r.presenter}
                people={peopleOptions}
                onChange={(p) =>
                  set(
                    "reports",
                    draft.reports.map((x, k) => (k === i ? { ...x, presenter: p } : x)),
                  )
                }
              />
              <TextField
                label="Tóm tắt (kết quả, hạn chế, phương hướng)"
                multiline
                rows={4}
                value={r.content}
                onChange={(v) =>
                  set(
                    "reports",
                    draft.reports.map((x, k) => (k === i ? { ...x, content: v } : x)),
                  )
                }
              />
            </fieldset>
          ))}
          <button
            type="button"
            className={smallButton}
            onClick={() => set("reports", [...draft.reports, { title: "", presenter: null, content: "" }])}
          >
            + Thêm báo cáo
          </button>
        </Section>

        <Section id="phat-bieu" title="Phát biểu, tham luận, ý kiến">
          {draft.speeches.map((s, i) => (
            <fieldset key={i} className="mb-3 rounded border border-stone-200 p-3">
              <legend className="px-1 text-sm font-medium">
                Phát biểu {i + 1}
                {mark(`speeches.${i}`)}
              </legend>
              <div className="flex justify-end">
                <RowTools
                  index={i}
                  count={draft.speeches.length}
                  what="phát biểu"
                  onMove={(f, t) => set("speeches", moveItem(draft.speeches, f, t))}
                  onRemove={(j) =>
                    set(
                      "speeches",
                      draft.speeches.filter((_, k) => k !== j),
                    )
                  }
                />
              </div>
              <div className="grid gap-3 sm:grid-cols-2">
                <div>
                  <label htmlFor={`speech-kind-${i}`} className="block text-sm font-medium">
                    Loại
                  </label>
                  <select
                    id={`speech-kind-${i}`}
                    className={inputClass}
                    value={s.kind}
                    onChange={(e) =>
                      set(
                        "speeches",
                        draft.speeches.map((x, k) => (k === i ? { ...x, kind: e.target.value as SpeechKind } : x)),
                      )
                    }
                  >
                    {Object.entries(speechKindLabels).map(([k, l]) => (
                      <option key={k} value={k}>
                        {l}
                      </option>
                    ))}
                  </select>
                </div>
                <TextField
                  label="Tiêu đề (tham luận)"
                  value={s.title}
                  onChange={(v) =>
                    set(
                      "speeches",
                      draft.speeches.map((x, k) => (k === i ? { ...x, title: v } : x)),
                    )
                  }
                />
                <PersonPicker
                  label="Người phát biểu"
                  value={s.speaker}
                  people={peopleOptions}
                  onChange={(p) =>
                    set(
                      "speeches",
                      draft.speeches.map((x, k) => (k === i ? { ...x, speaker: p } : x)),
                    )
                  }
                  errors={errs(`speeches.${i}.speaker`)}
                />
                <div>
                  <label htmlFor={`speech-unit-${i}`} className="block text-sm font-medium">
                    hoặc đơn vị
                  </label>
                  <select
                    id={`speech-unit-${i}`}
                    className={inputClass}
                    value={s.unitId ?? ""}
                    onChange={(e) => {
                      const u = props.units.find((x) => x.id === e.target.value);
                      set(
                        "speeches",
                        draft.speeches.map((x, k) =>
                          k === i ? { ...x, unitId: u?.id ?? null, unitName: u?.name ?? "" } : x,
                        ),
                      );
                    }}
                  >
                    <option value="">— Không —</option>
                    {props.units.map((u) => (
                      <option key={u.id} value={u.id}>
                        {u.name}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <TextField
                label="Nội dung"
                multiline
                value={s.content}
                onChange={(v) =>
                  set(
                    "speeches",
                    draft.speeches.map((x, k) => (k === i ? { ...x, content: v } : x)),
                  )
                }
              />
            </fieldset>
          ))}
          <button
            type="button"
            className={smallButton}
            onClick={() =>
              set("speeches", [
                ...draft.speeches,
                { kind: "Y_KIEN", title: "", speaker: null, unitName: "", unitId: null, content: "" },
              ])
            }
          >
            + Thêm phát biểu
          </button>
        </Section>

        <Section id="van-ban" title="Văn bản được quán triệt, trích dẫn">
          <ul className="mb-3 space-y-2">
            {draft.directives.map((d, i) => (
              <li
                key={i}
                className="flex flex-wrap items-start gap-2 rounded border border-stone-200 p-2 text-sm"
                data-testid="directive-row"
              >
                <div className="min-w-0 flex-1">
                  {mark(`directives.${i}`)}
                  {d.directiveId ? (
                    <p className="font-medium">{d.label}</p>
                  ) : (
                    <TextField
                      label={`Trích dẫn ${i + 1}`}
                      value={d.raw}
                      onChange={(v) =>
                        set(
                          "directives",
                          draft.directives.map((x, k) => (k === i ? { ...x, raw: v } : x)),
                        )
                      }
                      errors={errs(`directives.${i}.raw`)}
                    />
                  )}
                  {d.directiveId && d.raw && <p className="text-xs text-stone-500">Như đã viết: {d.raw}</p>}
                </div>
                <RowTools
                  index={i}
                  count={draft.directives.length}
                  what="văn bản"
                  onMove={(f, t) => set("directives", moveItem(draft.directives, f, t))}
                  onRemove={(j) =>
                    set(
                      "directives",
                      draft.directives.filter((_, k) => k !== j),
                    )
                  }
                />
              </li>
            ))}
          </ul>
          <div className="flex flex-wrap items-end gap-2">
            <AddFromList
              label="Chọn từ danh mục"
              options={props.registry}
              onAdd={(id) => {
                const r = props.registry.find((x) => x.id === id);
                if (r)
                  set("directives", [...draft.directives, { directiveId: r.id, raw: "", label: r.label, note: "" }]);
              }}
            />
            <button
              type="button"
              className={smallButton}
              onClick={() =>
                set("directives", [...draft.directives, { directiveId: null, raw: "", label: "", note: "" }])
              }
            >
              + Nhập trích dẫn (ví dụ “Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị”)
            </button>
          </div>
        </Section>

        <Section id="ket-luan" title="Kết luận">
          {draft.conclusions.map((c, i) => (
            <div key={i} className="mb-2">
              <div className="flex justify-end">
                <RowTools
                  index={i}
                  count={draft.conclusions.length}
                  what="kết luận"
                  onMove={(f, t) => set("conclusions", moveItem(draft.conclusions, f, t))}
                  onRemove={(j) =>
                    set(
                      "conclusions",
                      draft.conclusions.filter((_, k) => k !== j),
                    )
                  }
                />
              </div>
              <TextField
                label={`Kết luận ${i + 1}`}
                multiline
                value={c}
                onChange={(v) =>
                  set(
                    "conclusions",
                    draft.conclusions.map((x, k) => (k === i ? v : x)),
                  )
                }
                errors={errs(`conclusions.${i}.content`)}
              />
            </div>
          ))}
          <button type="button" className={smallButton} onClick={() => set("conclusions", [...draft.conclusions, ""])}>
            + Thêm kết luận
          </button>
        </Section>

        <Section id="nghi-quyet" title="Nghị quyết và biểu quyết">
          {draft.resolutions.map((r, i) => {
            const vote = computeVote({ for: r.for, against: r.against, abstain: r.abstain }, rows);
            return (
              <fieldset key={i} className="mb-3 rounded border border-stone-200 p-3" data-testid="resolution-editor">
                <legend className="px-1 text-sm font-medium">Nghị quyết {i + 1}</legend>
                <div className="flex justify-end">
                  <RowTools
                    index={i}
                    count={draft.resolutions.length}
                    what="nghị quyết"
                    onMove={(f, t) => set("resolutions", moveItem(draft.resolutions, f, t))}
                    onRemove={(j) =>
                      set(
                        "resolutions",
                        draft.resolutions.filter((_, k) => k !== j),
                      )
                    }
                  />
                </div>
                <TextField
                  label="Nội dung biểu quyết"
                  value={r.title}
                  onChange={(v) =>
                    set(
                      "resolutions",
                      draft.resolutions.map((x, k) => (k === i ? { ...x, title: v } : x)),
                    )
                  }
                  errors={errs(`resolutions.${i}.title`)}
                />
                <TextField
                  label="Toàn văn (nếu có)"
                  multiline
                  value={r.content}
                  onChange={(v) =>
                    set(
                      "resolutions",
                      draft.resolutions.map((x, k) => (k === i ? { ...x, content: v } : x)),
                    )
                  }
                />
                <div className="mt-2 grid grid-cols-3 gap-2">
                  {(["for", "against", "abstain"] as const).map((k) => (
                    <TextField
                      key={k}
                      type="number"
                      label={{ for: "Tán thành", against: "Không tán thành", abstain: "Không biểu quyết" }[k]}
                      value={String(r[k])}
                      onChange={(v) =>
                        set(
                          "resolutions",
                          draft.resolutions.map((x, j) =>
                            j === i ? { ...x, [k]: Math.max(0, Number.parseInt(v || "0", 10) || 0) } : x,
                          ),
                        )
                      }
                      errors={errs(`resolutions.${i}.vote.${k}`)}
                    />
                  ))}
                </div>
                <p
                  className={vote.passed ? "mt-2 text-sm text-green-800" : "mt-2 text-sm text-red-800"}
                  data-testid="vote-result"
                >
                  {vote.reason} (có quyền biểu quyết: {vote.eligible}; cần ít nhất {vote.needed} phiếu tán thành)
                </p>
              </fieldset>
            );
          })}
          <button
            type="button"
            className={smallButton}
            onClick={() =>
              set("resolutions", [...draft.resolutions, { title: "", content: "", for: 0, against: 0, abstain: 0 }])
            }
          >
            + Thêm nghị quyết
          </button>
        </Section>

        <Section id="nhiem-vu" title="Nhiệm vụ giao thực hiện">
          {draft.tasks.map((t, i) => (
            <fieldset key={i} className="mb-3 rounded border border-stone-200 p-3">
              <legend className="px-1 text-sm font-medium">Nhiệm vụ {i + 1}</legend>
              <div className="flex justify-end">
                <RowTools
                  index={i}
                  count={draft.tasks.length}
                  what="nhiệm vụ"
                  onMove={(f, to) => set("tasks", moveItem(draft.tasks, f, to))}
                  onRemove={(j) =>
                    set(
                      "tasks",
                      draft.tasks.filter((_, k) => k !== j),
                    )
                  }
                />
              </div>
              <TextField
                label="Nhiệm vụ"
                value={t.title}
                onChange={(v) =>
                  set(
                    "tasks",
                    draft.tasks.map((x, k) => (k === i ? { ...x, title: v } : x)),
                  )
                }
                errors={errs(`tasks.${i}.title`)}
              />
              <div className="grid gap-3 sm:grid-cols-3">
                <PersonPicker
                  label="Người thực hiện"
                  value={t.owner}
                  people={peopleOptions}
                  onChange={(p) =>
                    set(
                      "tasks",
                      draft.tasks.map((x, k) => (k === i ? { ...x, owner: p } : x)),
                    )
                  }
                />
                <TextField
                  label="Hạn hoàn thành"
                  type="date"
                  value={t.dueOn}
                  onChange={(v) =>
                    set(
                      "tasks",
                      draft.tasks.map((x, k) => (k === i ? { ...x, dueOn: v } : x)),
                    )
                  }
                  errors={errs(`tasks.${i}.dueOn`)}
                />
                <div>
                  <label htmlFor={`task-status-${i}`} className="block text-sm font-medium">
                    Trạng thái
                  </label>
                  <select
                    id={`task-status-${i}`}
                    className={inputClass}
                    value={t.status}
                    onChange={(e) =>
                      set(
                        "tasks",
                        draft.tasks.map((x, k) => (k === i ? { ...x, status: e.target.value as TaskStatus } : x)),
                      )
                    }
                  >
                    {Object.entries(taskStatusLabels).map(([k, l]) => (
                      <option key={k} value={k}>
                        {l}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            </fieldset>
          ))}
          <button
            type="button"
            className={smallButton}
            onClick={() => set("tasks", [...draft.tasks, { title: "", owner: null, dueOn: "", status: "OPEN" }])}
          >
            + Thêm nhiệm vụ
          </button>
        </Section>

        <Section id="be-mac" title="Bế mạc">
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="sm:col-span-2">
              <TextField
                label="Bế mạc (giờ kết thúc, biên bản đã được đọc lại…)"
                multiline
                value={draft.closing}
                onChange={(v) => set("closing", v)}
              />
            </div>
            <TextField label="Xếp loại buổi sinh hoạt" value={draft.rating} onChange={(v) => set("rating", v)} />
          </div>
          {props.canDelete && (
            <button
              type="button"
              className="mt-6 text-sm text-red-700 underline"
              onClick={async () => {
                if (window.confirm("Xóa bản nháp này? Bản nháp sẽ không còn hiển thị.")) {
                  clearLocal();
                  await deleteDraftAction(meeting.id);
                }
              }}
            >
              Xóa bản nháp
            </button>
          )}
        </Section>
      </div>

      {approving && (
        <ApproveDialog
          chair={draft.chair?.name ?? ""}
          secretary={draft.secretary?.name ?? ""}
          present={summary.present}
          onCancel={() => setApproving(false)}
          onApprove={async (vote) => {
            if (!same(draftRef.current, baseRef.current)) {
              await save();
              if (!same(draftRef.current, baseRef.current))
                return { message: "Còn nội dung chưa lưu được; hãy lưu trước khi thông qua." };
            }
            const r = await approveAction(meeting.id, { version: versionRef.current, minutesVote: vote });
            if (r.status === "ok") {
              clearLocal();
              router.push(`/meetings/${meeting.id}`);
              router.refresh();
              return null;
            }
            if (r.status === "error") return { message: r.message, fields: r.fieldErrors };
            return null;
          }}
        />
      )}
    </div>
  );
}

function FromText() {
  return (
    <span
      className="ml-1 rounded bg-sky-100 px-1.5 py-0.5 text-xs font-normal text-sky-900"
      data-testid="imported-mark"
    >
      từ văn bản
    </span>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-h`}
      className="scroll-mt-28 rounded-lg border border-stone-200 bg-white p-4 sm:p-5"
    >
      <h2 id={`${id}-h`} className="mb-3 text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function AddFromList({
  label,
  options,
  onAdd,
}: {
  label: string;
  options: Array<{ id: string; label: string }>;
  onAdd: (id: string) => void;
}) {
  const [value, setValue] = useState("");
  return (
    <div className="flex items-end gap-2">
      <div>
        <label className="block text-sm font-medium" htmlFor={`add-${label}`}>
          {label}
        </label>
        <select id={`add-${label}`} className={inputClass} value={value} onChange={(e) => setValue(e.target.value)}>
          <option value="">— Chọn —</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className={smallButton}
        disabled={!value}
        onClick={() => {
          onAdd(value);
          setValue("");
        }}
      >
        Thêm
      </button>
    </div>
  );
}

function MergePanel({
  conflict,
  mine,
  choices,
  setChoices,
  onResolve,
}: {
  conflict: { current: MeetingDetail; plan: MergePlan; theirs: DraftState };
  mine: DraftState;
  choices: Partial<Record<DraftKey, "mine" | "theirs">>;
  setChoices: (c: Partial<Record<DraftKey, "mine" | "theirs">>) => void;
  onResolve: () => void;
}) {
  return (
    <section
      className="mb-4 rounded-lg border-2 border-amber-400 bg-amber-50 p-4"
      data-testid="merge-panel"
      aria-labelledby="merge-h"
    >
      <h2 id="merge-h" className="text-lg font-bold">
        Người khác vừa lưu biên bản này
      </h2>
      <p className="text-sm">
        Chọn bản giữ lại cho từng mục khác nhau. Không nội dung nào bị mất cho tới khi bạn chọn.
      </p>
      {conflict.plan.theirs.length > 0 && (
        <p className="mt-2 text-sm">
          Tự động lấy thay đổi của người khác ở: {conflict.plan.theirs.map((k) => FIELD_LABELS[k]).join(", ")}.
        </p>
      )}
      {conflict.plan.mine.length > 0 && (
        <p className="text-sm">Giữ thay đổi của bạn ở: {conflict.plan.mine.map((k) => FIELD_LABELS[k]).join(", ")}.</p>
      )}
      <div className="mt-3 space-y-3">
        {conflict.plan.conflicts.map((key) => (
          <fieldset key={key} className="rounded border border-amber-300 bg-white p-3" data-testid={`merge-${key}`}>
            <legend className="px-1 font-semibold">{FIELD_LABELS[key]}</legend>
            <label className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name={`merge-${key}`}
                checked={(choices[key] ?? "mine") === "mine"}
                onChange={() => setChoices({ ...choices, [key]: "mine" })}
              />
              <span>
                <strong>Bản của bạn:</strong> {describeValue(key, mine)}
              </span>
            </label>
            <label className="mt-1 flex items-start gap-2 text-sm">
              <input
                type="radio"
                name={`merge-${key}`}
                checked={choices[key] === "theirs"}
                onChange={() => setChoices({ ...choices, [key]: "theirs" })}
              />
              <span>
                <strong>Bản đã lưu bởi người khác:</strong> {describeValue(key, conflict.theirs)}
              </span>
            </label>
          </fieldset>
        ))}
      </div>
      <button
        type="button"
        onClick={onResolve}
        className="mt-3 rounded bg-brand px-4 py-2 font-semibold text-white"
        data-testid="merge-save"
      >
        Lưu bản đã hợp nhất
      </button>
    </section>
  );
}

function ApproveDialog({
  chair,
  secretary,
  present,
  onCancel,
  onApprove,
}: {
  chair: string;
  secretary: string;
  present: number;
  onCancel: () => void;
  onApprove: (vote: {
    for: number;
    against: number;
    abstain: number;
  }) => Promise<{ message: string; fields?: Record<string, string[]> } | null>;
}) {
  const [vote, setVote] = useState({ for: present, against: 0, abstain: 0 });
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[]> } | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div
      className="fixed inset-0 z-20 flex items-center justify-center bg-black/40 p-4"
      role="dialog"
      aria-modal="true"
      aria-labelledby="approve-h"
      data-testid="approve-dialog"
    >
      <div className="w-full max-w-md rounded-lg bg-white p-5 shadow-lg">
        <h2 id="approve-h" className="text-lg font-bold">
          Thông qua biên bản
        </h2>
        <p className="mt-1 text-sm">
          Biên bản đã được đọc lại trước cuộc họp. Sau khi thông qua, biên bản bị khóa; mọi sửa chữa về sau là đính
          chính có ghi lý do.
        </p>
        <p className="mt-2 text-sm">
          Người ký: chủ trì <strong>{chair || "(chưa ghi)"}</strong>, thư ký{" "}
          <strong>{secretary || "(chưa ghi)"}</strong>.
        </p>
        <div className="mt-3 grid grid-cols-3 gap-2">
          {(["for", "against", "abstain"] as const).map((k) => (
            <TextField
              key={k}
              type="number"
              label={{ for: "Tán thành", against: "Không tán thành", abstain: "Không biểu quyết" }[k]}
              value={String(vote[k])}
              onChange={(v) => setVote({ ...vote, [k]: Math.max(0, Number.parseInt(v || "0", 10) || 0) })}
            />
          ))}
        </div>
        {error && (
          <div className="mt-3 text-sm text-red-800" role="status" data-testid="approve-error">
            <p>{error.message}</p>
            {error.fields && (
              <ul className="ml-5 list-disc">
                {Object.values(error.fields)
                  .flat()
                  .map((m) => (
                    <li key={m}>{m}</li>
                  ))}
              </ul>
            )}
          </div>
        )}
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" className={smallButton} onClick={onCancel}>
            Hủy
          </button>
          <button
            type="button"
            disabled={pending}
            data-testid="confirm-approve"
            className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60"
            onClick={async () => {
              setPending(true);
              setError(await onApprove(vote));
              setPending(false);
            }}
          >
            {pending ? "Đang thông qua…" : "Thông qua và khóa biên bản"}
          </button>
        </div>
      </div>
    </div>
  );
}

import Link from "next/link";
import { formatShortDate } from "@/lib/vi/date";
import { meetingKindLabels } from "@/lib/vi/labels";
import { checkMessage, type PublicCheck } from "../dto";

/** The code entry form of the public check (a plain GET form: works without JavaScript). */
export function CodeForm({ value }: { value?: string }) {
  return (
    <form action="/xac-thuc" method="get" className="flex flex-wrap items-end gap-3" data-testid="verify-form">
      <div>
        <label htmlFor="verify-code" className="block text-sm font-medium">
          Mã xác thực in trên biên bản
        </label>
        <input
          id="verify-code"
          name="ma"
          defaultValue={value}
          required
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          placeholder="VD: 7KQ4M-XR9TB"
          className="mt-1 w-56 rounded-md border border-stone-300 bg-white px-3 py-2 font-mono uppercase tracking-wider"
        />
      </div>
      <button type="submit" className="rounded-md bg-brand px-4 py-2 font-medium text-white">
        Kiểm tra
      </button>
    </form>
  );
}

/** The answer: whether the record exists and is intact, and only what identifies it. */
export function CheckView({ check }: { check: PublicCheck }) {
  const tone =
    check.result === "found" && check.intact
      ? "border-green-700 bg-green-50"
      : check.result === "found"
        ? "border-red-700 bg-red-50"
        : "border-stone-300 bg-white";
  return (
    <section className={`rounded-lg border-2 p-4 ${tone}`} data-testid="verify-result" aria-live="polite">
      <h2 className="font-bold">{checkMessage(check)}</h2>
      {check.result === "found" && check.exists && (
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-600">Tổ chức Đảng</dt>
          <dd>{check.unit}</dd>
          <dt className="text-stone-600">Loại cuộc họp</dt>
          <dd>{check.kind ? meetingKindLabels[check.kind] : ""}</dd>
          <dt className="text-stone-600">Ngày họp</dt>
          <dd>{check.date ? formatShortDate(new Date(check.date)) : "—"}</dd>
          <dt className="text-stone-600">Số biên bản</dt>
          <dd>{check.number ?? "(không ghi số)"}</dd>
          <dt className="text-stone-600">Tình trạng</dt>
          <dd>
            {check.approved ? "Đã thông qua" : "Không còn ở trạng thái đã thông qua"}
            {check.latestAmendmentAt
              ? `; đã đính chính ${check.amendments} lần, lần gần nhất ngày ${formatShortDate(new Date(check.latestAmendmentAt))}`
              : "; chưa có đính chính"}
          </dd>
          <dt className="text-stone-600">Dấu vân tay (SHA-256)</dt>
          <dd className="break-all font-mono text-xs" data-testid="verify-fingerprint">
            {check.fingerprint}
          </dd>
        </dl>
      )}
      {check.result === "found" && check.link && (
        <p className="mt-3 text-sm">
          <Link href={check.link} className="underline">
            Mở biên bản
          </Link>
        </p>
      )}
    </section>
  );
}

/** What the code is for, under the form. */
export function AboutCodes() {
  return (
    <p className="text-sm text-stone-600">
      Mỗi biên bản đã thông qua mang một mã xác thực và mã QR ở cuối văn bản. Mã được tính từ dấu vân tay (SHA-256) của
      nội dung đã thông qua: nhập mã để biết văn bản trong tay có phải là biên bản được lưu trong kho, và biên bản đó có
      còn nguyên vẹn hay không. Trang này không hiển thị nội dung biên bản.
    </p>
  );
}

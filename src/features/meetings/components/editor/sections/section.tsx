import type { ReactNode } from "react";
import type { DraftKey, DraftState } from "../model";

/** What every section of the editor gets: the draft, a setter per field, its errors and import marks. */
export interface SectionProps {
  draft: DraftState;
  set: <K extends DraftKey>(key: K, value: DraftState[K]) => void;
  /** Server messages for a field path ("reports.0.title"). */
  errs: (path: string) => string[] | undefined;
  /** The "từ văn bản" badge when the path came from an imported text. */
  mark: (path: string) => ReactNode;
}

/** The sections in the order of a real biên bản: [anchor, title in the navigation]. */
export const SECTIONS: Array<[string, string]> = [
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

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
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

/** A small badge on what the system read from an imported text. */
export function FromText() {
  return (
    <span
      className="ml-1 rounded bg-sky-100 px-1.5 py-0.5 text-xs font-normal text-sky-900"
      data-testid="imported-mark"
    >
      từ văn bản
    </span>
  );
}

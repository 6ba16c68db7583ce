"use client";

import Link from "next/link";

/**
 * Screen-only bar above the sheet: print and downloads. Hidden when printing. An amended record
 * offers both readings: as adopted (with the section "ĐÍNH CHÍNH") and consolidated.
 */
export function PrintToolbar({
  meetingId,
  reading = "adopted",
  amended = false,
}: {
  meetingId: string;
  reading?: "adopted" | "current";
  amended?: boolean;
}) {
  const id = encodeURIComponent(meetingId);
  const base = `/api/v1/meetings/${id}/export`;
  const suffix = reading === "current" ? "&reading=current" : "";
  const button = "rounded border border-stone-400 bg-white px-3 py-1.5 hover:bg-stone-50";
  return (
    <nav
      className="sbb-noprint mx-auto mb-4 flex max-w-[210mm] flex-wrap items-center gap-3 px-2 text-sm"
      aria-label="Thao tác in"
    >
      <Link href={`/meetings/${id}`} className="underline underline-offset-2">
        ← Về biên bản
      </Link>
      {amended && (
        <span className="flex gap-2" data-testid="reading-switch">
          {reading === "current" ? (
            <Link href={`/meetings/${id}/print`} className="underline underline-offset-2">
              Nguyên văn đã thông qua
            </Link>
          ) : (
            <Link href={`/meetings/${id}/print?reading=current`} className="underline underline-offset-2">
              Bản hợp nhất đính chính
            </Link>
          )}
        </span>
      )}
      <span className="flex-1" />
      <a href={`${base}?format=docx${suffix}`} className={button}>
        Tải DOCX
      </a>
      <a href={`${base}?format=pdf${suffix}`} className={button}>
        Tải PDF
      </a>
      <button
        type="button"
        onClick={() => window.print()}
        className="rounded bg-red-800 px-3 py-1.5 font-medium text-white hover:bg-red-900"
      >
        In biên bản
      </button>
    </nav>
  );
}

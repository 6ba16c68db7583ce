"use client";

import Link from "next/link";

/** Screen-only bar above the sheet: print and downloads. Hidden when printing. */
export function PrintToolbar({ meetingId }: { meetingId: string }) {
  const base = `/api/v1/meetings/${encodeURIComponent(meetingId)}/export`;
  return (
    <nav
      className="sbb-noprint mx-auto mb-4 flex max-w-[210mm] flex-wrap items-center gap-3 px-2 text-sm"
      aria-label="Thao tác in"
    >
      <Link href={`/meetings/${encodeURIComponent(meetingId)}`} className="underline underline-offset-2">
        ← Về biên bản
      </Link>
      <span className="flex-1" />
      <a
        href={`${base}?format=docx`}
        className="rounded border border-stone-400 bg-white px-3 py-1.5 hover:bg-stone-50"
      >
        Tải DOCX
      </a>
      <a href={`${base}?format=pdf`} className="rounded border border-stone-400 bg-white px-3 py-1.5 hover:bg-stone-50">
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

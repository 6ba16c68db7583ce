"use client";

import { TextField } from "../fields";
import { Section, type SectionProps } from "./section";

/** Bế mạc and the rating of the meeting; `children` is the place for the draft's delete button. */
export function ClosingSection({ draft, set, children }: SectionProps & { children?: React.ReactNode }) {
  return (
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
      {children}
    </Section>
  );
}

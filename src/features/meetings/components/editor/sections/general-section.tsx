"use client";

import { meetingKindLabels } from "@/lib/vi/labels";
import { SelectField, TextField } from "../fields";
import { Section, type SectionProps } from "./section";

/** Kind, number, title, summary line, times, place, combined flag and the opening. */
export function GeneralSection({ draft, set, errs, mark }: SectionProps) {
  return (
    <Section id="chung" title="Thông tin chung">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Loại cuộc họp"
          value={draft.kind}
          labels={meetingKindLabels}
          onChange={(kind) => set("kind", kind)}
        />
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
  );
}

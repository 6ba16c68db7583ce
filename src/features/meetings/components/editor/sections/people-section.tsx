"use client";

import { PersonPicker } from "../pickers/person-picker";
import { Section, type SectionProps } from "./section";

/** Chair and secretary: the two who sign. */
export function PeopleSection({ draft, set, errs }: SectionProps) {
  return (
    <Section id="thanh-phan" title="Chủ trì và thư ký">
      <div className="grid gap-4 sm:grid-cols-2">
        <PersonPicker
          label="Chủ trì"
          value={draft.chair}
          onChange={(p) => set("chair", p)}
          errors={errs("chair")}
          testId="field-chair"
        />
        <PersonPicker
          label="Thư ký"
          value={draft.secretary}
          onChange={(p) => set("secretary", p)}
          errors={errs("secretary")}
          testId="field-secretary"
        />
      </div>
    </Section>
  );
}

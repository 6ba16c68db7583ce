/**
 * The commands of the meetings feature, one file per command over one child-row writer:
 *
 *   mutations-save.ts      createMeeting, updateMeeting (autosave and save), startDraft, deleteDraft
 *   mutations-approve.ts   approveMeeting: the meeting adopts its minutes
 *   mutations-amend.ts     amendMeeting: a dated correction of an approved record (chained per field)
 *   mutations-children.ts  writeChildren: the one writer of child rows (plan in child-rows.ts)
 *   mutations-common.ts    write target and policy check, referenced members, end of a write
 *   mutations-directives.ts resolveDirective: a cited document → its registry entry
 *
 * Every command: authorize → transaction (state re-checked inside) → revision/audit in the same transaction.
 */
import "server-only";

export { createMeeting, deleteDraft, startDraft, updateMeeting } from "./mutations-save";
export { approveMeeting } from "./mutations-approve";
export { amendableValue, amendMeeting } from "./mutations-amend";
export { editableContent } from "./mutations-common";
export { resolveDirective } from "./mutations-directives";

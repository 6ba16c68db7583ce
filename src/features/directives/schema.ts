import { z } from "zod";
import { DirectiveKind } from "@/lib/enums";

const id = z.string().trim().min(1, "Thiếu mã văn bản.").max(64);

export const mergeDirectivesSchema = z
  .object({
    duplicateId: id,
    keepId: id,
  })
  .refine((v) => v.duplicateId !== v.keepId, {
    message: "Không thể hợp nhất một văn bản vào chính nó.",
    path: ["keepId"],
  });
export type MergeDirectivesInput = z.infer<typeof mergeDirectivesSchema>;

export const proposeDirectiveSchema = z.object({
  text: z
    .string()
    .trim()
    .min(3, "Hãy nhập trích dẫn văn bản, ví dụ “Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị”.")
    .max(500, "Trích dẫn quá dài."),
});
export type ProposeDirectiveInput = z.infer<typeof proposeDirectiveSchema>;

export const directiveSearchSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  kind: z
    .enum(Object.values(DirectiveKind) as [DirectiveKind, ...DirectiveKind[]])
    .optional()
    .catch(undefined),
});
export type DirectiveSearch = z.infer<typeof directiveSearchSchema>;

/** A proposal made from a typed citation; plain data, safe for client components. */
export interface DirectiveProposalFields {
  kind: DirectiveKind;
  number: string | null;
  symbol: string | null;
  issuedOn: string | null;
  issuer: string | null;
  term: string | null;
  plenum: string | null;
  congress: string | null;
}

export interface DirectiveSummary extends DirectiveProposalFields {
  id: string;
  subject: string | null;
  label: string;
}

export type ProposeDirectiveResult =
  | { status: "match"; directive: DirectiveSummary }
  | { status: "ambiguous"; candidates: DirectiveSummary[]; proposal: DirectiveProposalFields }
  | { status: "new"; proposal: DirectiveProposalFields; label: string }
  | { status: "unrecognised" };

"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, type ActionState } from "@/server/action";
import { docxToText } from "./docx-text";
import { createDraftFromImport, previewImport, type ImportPreview } from "./to-draft";

const MAX_BYTES = 5 * 1024 * 1024;

const importSchema = z.object({
  unitId: z.string({ error: "Vui lòng chọn chi bộ." }).min(1, { error: "Vui lòng chọn chi bộ." }),
  text: z
    .string({ error: "Vui lòng dán hoặc tải lên nội dung văn bản." })
    .trim()
    .min(1, { error: "Vui lòng dán hoặc tải lên nội dung văn bản." })
    .max(1_000_000, { error: "Văn bản quá dài (tối đa 1 triệu ký tự)." }),
  source: z.string().max(300).nullish(),
});

export type PreviewState = ActionState<ImportPreview & { text: string; source: string | null }>;

/** Reads the uploaded file (.txt or .docx) or the pasted text into one plain object. */
async function readForm(
  formData: FormData,
): Promise<{ unitId: unknown; text: unknown; source: string | null } | { error: string }> {
  const file = formData.get("file");
  let text = formData.get("text");
  let source: string | null =
    typeof formData.get("source") === "string" ? (formData.get("source") as string) || null : null;
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_BYTES) return { error: "Tệp quá lớn (tối đa 5 MB)." };
    const name = file.name.toLowerCase();
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      if (name.endsWith(".docx")) text = await docxToText(bytes);
      else if (name.endsWith(".txt") || file.type.startsWith("text/"))
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      else return { error: "Chỉ nhận tệp .txt hoặc .docx." };
    } catch {
      return { error: "Không đọc được tệp: tệp hỏng hoặc không phải văn bản UTF-8." };
    }
    source = file.name;
  }
  return { unitId: formData.get("unitId"), text: typeof text === "string" ? text : "", source };
}

export async function previewImportAction(_prev: PreviewState, formData: FormData): Promise<PreviewState> {
  const input = await readForm(formData);
  if ("error" in input)
    return { status: "error", code: "VALIDATION", message: input.error, fieldErrors: { file: [input.error] } };
  return runAction(input, importSchema, async (actor, data) => ({
    ...(await previewImport(actor, { unitId: data.unitId, text: data.text })),
    text: data.text,
    source: data.source ?? null,
  }));
}

export async function createFromImportAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState<{ id: string }>> {
  const input = await readForm(formData);
  if ("error" in input) return { status: "error", code: "VALIDATION", message: input.error };
  const state = await runAction(
    input,
    importSchema,
    async (actor, data) => ({
      id: (await createDraftFromImport(actor, { unitId: data.unitId, text: data.text, source: data.source ?? null }))
        .id,
    }),
    { revalidate: ["/"] },
  );
  if (state.status === "ok" && state.data) redirect(`/meetings/${state.data.id}/edit`);
  return state;
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, type ActionState } from "@/server/action";
import { changeMemberStatus, createMember, transferMember, updateMember } from "./mutations";
import { changeStatusSchema, createMemberSchema, transferMemberSchema, updateMemberSchema } from "./schema";
import { readRosterFile } from "./roster-io/files";
import { confirmRosterImport, previewRosterImport, type ImportPreview, type ImportResult } from "./roster-io/import";

/** Pages under /members (lists, edit pages with the history) show the change on the next render. */
function refreshMembers<T>(state: ActionState<T>): ActionState<T> {
  if (state.status === "ok") revalidatePath("/members", "layout");
  return state;
}

/** The admin form sends a plain object (positions are a list). */
export async function createMemberAction(_prev: ActionState, input: unknown): Promise<ActionState<{ id: string }>> {
  const state = await runAction(input, createMemberSchema, createMember, { revalidate: ["/members"] });
  if (state.status === "ok" && state.data) redirect(`/members/${state.data.id}/edit?saved=1`);
  return state;
}

export async function updateMemberAction(_prev: ActionState, input: unknown): Promise<ActionState<{ id: string }>> {
  return refreshMembers(
    await runAction(input, updateMemberSchema, updateMember, {
      revalidate: ["/members"],
      message: "Đã lưu thông tin đảng viên.",
    }),
  );
}

export async function changeStatusAction(_prev: ActionState, formData: FormData): Promise<ActionState<{ id: string }>> {
  return refreshMembers(
    await runAction(formData, changeStatusSchema, changeMemberStatus, {
      revalidate: ["/members"],
      message: "Đã ghi tình trạng sinh hoạt.",
    }),
  );
}

export async function transferMemberAction(
  _prev: ActionState,
  formData: FormData,
): Promise<ActionState<{ id: string }>> {
  return refreshMembers(
    await runAction(formData, transferMemberSchema, transferMember, {
      revalidate: ["/members", "/units"],
      message: "Đã ghi chuyển sinh hoạt đảng.",
    }),
  );
}

// ───────────── roster import ─────────────

const importFormSchema = z.object({
  defaultUnitId: z
    .string()
    .max(64)
    .nullish()
    .transform((v) => v || null),
  fileName: z.string().max(300),
  table: z
    .array(z.array(z.union([z.string(), z.number(), z.date(), z.null()]).optional()))
    .max(20_001, { error: "Tệp có quá nhiều dòng (tối đa 20.000)." }),
  warnings: z.array(z.string()).default([]),
  fingerprint: z.string().max(64).optional(),
});

async function readForm(formData: FormData) {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { error: "Vui lòng chọn tệp danh sách (.csv hoặc .xlsx)." };
  const read = await readRosterFile(file.name, new Uint8Array(await file.arrayBuffer()));
  if ("error" in read) return { error: read.error };
  return {
    input: {
      defaultUnitId: formData.get("defaultUnitId"),
      fileName: file.name,
      table: read.table,
      warnings: read.warnings,
      fingerprint:
        typeof formData.get("fingerprint") === "string" ? (formData.get("fingerprint") as string) : undefined,
    },
  };
}

const fileError = (message: string): ActionState<never> => ({
  status: "error",
  code: "VALIDATION",
  message,
  fieldErrors: { file: [message] },
});

export type RosterPreviewState = ActionState<ImportPreview & { fileName: string }>;

/** Reads the file and shows what an import would do; nothing is written. */
export async function previewRosterAction(_prev: RosterPreviewState, formData: FormData): Promise<RosterPreviewState> {
  const read = await readForm(formData);
  if (read.error !== undefined) return fileError(read.error);
  return runAction(read.input, importFormSchema, async (actor, data) => ({
    ...(await previewRosterImport(actor, {
      table: data.table,
      defaultUnitId: data.defaultUnitId,
      warnings: data.warnings,
    })),
    fileName: data.fileName,
  }));
}

/** Writes the previewed file (the same file again, with the preview's fingerprint). */
export async function confirmRosterAction(_prev: ActionState, formData: FormData): Promise<ActionState<ImportResult>> {
  const read = await readForm(formData);
  if (read.error !== undefined) return fileError(read.error);
  return runAction(
    read.input,
    importFormSchema,
    async (actor, data) => {
      return confirmRosterImport(actor, {
        table: data.table,
        defaultUnitId: data.defaultUnitId,
        fingerprint: data.fingerprint ?? "",
        fileName: data.fileName,
      });
    },
    { revalidate: ["/members", "/units"] },
  );
}

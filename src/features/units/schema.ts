/** zod schemas of the tree editor's commands. Isomorphic: the client form and the server share them. */
import { z } from "zod";
import { viOptional, viRequired } from "@/lib/vi/zod";
import { UnitKind } from "@/lib/enums";

const unitId = (message: string) => z.string({ error: message }).trim().min(1, { error: message }).max(64);

export const unitKindSchema = z.enum(Object.values(UnitKind) as [UnitKind, ...UnitKind[]], {
  error: "Vui lòng chọn loại tổ chức.",
});

export const createUnitSchema = z.object({
  parentId: unitId("Vui lòng chọn tổ chức cấp trên."),
  name: viRequired("Vui lòng nhập tên tổ chức.", 200),
  kind: unitKindSchema,
  place: viOptional(100),
  symbolCode: viOptional(20),
});
export type CreateUnitInput = z.infer<typeof createUnitSchema>;

export const renameUnitSchema = z.object({
  unitId: unitId("Thiếu tổ chức cần đổi tên."),
  name: viRequired("Vui lòng nhập tên mới.", 200),
});
export type RenameUnitInput = z.infer<typeof renameUnitSchema>;

export const moveUnitSchema = z.object({
  unitId: unitId("Thiếu tổ chức cần chuyển."),
  newParentId: unitId("Vui lòng chọn tổ chức cấp trên mới."),
});
export type MoveUnitInput = z.infer<typeof moveUnitSchema>;

export const closeUnitSchema = z.object({
  unitId: unitId("Thiếu tổ chức."),
});
export type CloseUnitInput = z.infer<typeof closeUnitSchema>;

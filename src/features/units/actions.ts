"use server";

import { runAction, type ActionState } from "@/server/action";
import { closeUnit, createUnit, moveUnit, renameUnit, reopenUnit, type UnitChange } from "./mutations";
import { closeUnitSchema, createUnitSchema, moveUnitSchema, renameUnitSchema } from "./schema";

const revalidate = ["/units", "/members"];

export async function createUnitAction(_prev: ActionState, formData: FormData): Promise<ActionState<UnitChange>> {
  return runAction(formData, createUnitSchema, createUnit, { revalidate, message: "Đã thêm tổ chức Đảng." });
}

export async function renameUnitAction(_prev: ActionState, formData: FormData): Promise<ActionState<UnitChange>> {
  return runAction(formData, renameUnitSchema, renameUnit, { revalidate, message: "Đã đổi tên." });
}

export async function moveUnitAction(_prev: ActionState, formData: FormData): Promise<ActionState<UnitChange>> {
  return runAction(formData, moveUnitSchema, moveUnit, {
    revalidate,
    message: "Đã chuyển tổ chức cùng các tổ chức trực thuộc.",
  });
}

export async function closeUnitAction(_prev: ActionState, formData: FormData): Promise<ActionState<UnitChange>> {
  return runAction(formData, closeUnitSchema, closeUnit, {
    revalidate,
    message: "Đã giải thể. Hồ sơ, biên bản của tổ chức vẫn được lưu và xem được.",
  });
}

export async function reopenUnitAction(_prev: ActionState, formData: FormData): Promise<ActionState<UnitChange>> {
  return runAction(formData, closeUnitSchema, reopenUnit, { revalidate, message: "Đã khôi phục hoạt động." });
}

"use server";
import { runAction, type ActionState } from "@/server/action";
import { mergeDirectives, type MergeResult } from "./mutations";
import { proposeDirective } from "./data";
import { mergeDirectivesSchema, proposeDirectiveSchema, type ProposeDirectiveResult } from "./schema";

export async function mergeDirectivesAction(
  _prev: ActionState<MergeResult>,
  formData: FormData,
): Promise<ActionState<MergeResult>> {
  return runAction(formData, mergeDirectivesSchema, mergeDirectives, {
    revalidate: ["/directives"],
    message: "Đã hợp nhất; các trích dẫn và nhiệm vụ đã chuyển sang văn bản được giữ lại.",
  });
}

export async function proposeDirectiveAction(
  _prev: ActionState<ProposeDirectiveResult>,
  formData: FormData,
): Promise<ActionState<ProposeDirectiveResult>> {
  return runAction(formData, proposeDirectiveSchema, (_actor, input) => proposeDirective(input.text));
}

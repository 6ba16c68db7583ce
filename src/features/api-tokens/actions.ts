"use server";
import { runAction, type ActionState } from "@/server/action";
import { issueApiToken, revokeApiToken, type IssuedToken } from "./mutations";
import { issueApiTokenSchema, revokeApiTokenSchema } from "./schema";

export async function issueApiTokenAction(
  _prev: ActionState<IssuedToken>,
  formData: FormData,
): Promise<ActionState<IssuedToken>> {
  return runAction(formData, issueApiTokenSchema, issueApiToken, {
    revalidate: ["/api-tokens"],
    message: "Đã cấp mã truy cập. Hãy chép lại ngay: mã chỉ hiện một lần.",
  });
}

export async function revokeApiTokenAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, revokeApiTokenSchema, revokeApiToken, {
    revalidate: ["/api-tokens"],
    message: "Đã thu hồi mã truy cập.",
  });
}

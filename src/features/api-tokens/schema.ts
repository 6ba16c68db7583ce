import { z } from "zod";
import { viRequired } from "@/lib/vi/zod";

export const API_TOKEN_ROLES = ["MEMBER", "SECRETARY", "ADMIN"] as const;

export const issueApiTokenSchema = z.object({
  name: viRequired("Vui lòng đặt tên cho mã truy cập (ví dụ: “Báo cáo của Đảng ủy”).", 100),
  unitId: z
    .string({ error: "Vui lòng chọn tổ chức Đảng." })
    .trim()
    .min(1, { error: "Vui lòng chọn tổ chức Đảng." })
    .max(64),
  role: z.enum(API_TOKEN_ROLES, { error: "Vui lòng chọn quyền của mã truy cập." }),
});
export type IssueApiTokenInput = z.infer<typeof issueApiTokenSchema>;

export const revokeApiTokenSchema = z.object({
  tokenId: z.string({ error: "Thiếu mã truy cập." }).trim().min(1, { error: "Thiếu mã truy cập." }).max(64),
});
export type RevokeApiTokenInput = z.infer<typeof revokeApiTokenSchema>;

export interface ApiTokenItem {
  id: string;
  name: string;
  prefix: string;
  role: (typeof API_TOKEN_ROLES)[number];
  unit: { id: string; name: string };
  createdBy: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

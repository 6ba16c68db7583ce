import { z } from "zod";
import { viParagraphs, viRequired } from "@/lib/vi/zod";

export const bulletinTextSchema = z.object({
  title: viRequired("Vui lòng nhập tiêu đề bản tin.", 300),
  lead: viParagraphs(2_000).pipe(
    z.string({ error: "Vui lòng nhập đoạn mở đầu." }).min(1, { error: "Vui lòng nhập đoạn mở đầu." }),
  ),
  body: viParagraphs(50_000).pipe(
    z.string({ error: "Vui lòng nhập nội dung bản tin." }).min(1, { error: "Vui lòng nhập nội dung bản tin." }),
  ),
});
export type BulletinTextInput = z.output<typeof bulletinTextSchema>;

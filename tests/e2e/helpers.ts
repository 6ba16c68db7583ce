import Database from "better-sqlite3";
import path from "node:path";

/** The database file the e2e server runs on (see playwright.config.ts). */
export function e2eDbFile(): string {
  return process.env.E2E_DB_FILE ?? path.resolve(process.env.E2E_DB ?? "data/e2e.db");
}

/** Reads an id from the e2e database (the server's own file), for URLs the UI does not link to. */
export function meetingIdByTitle(title: string): string {
  const db = new Database(e2eDbFile(), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT id FROM "Meeting" WHERE title = ?').get(title) as { id: string } | undefined;
    if (!row) throw new Error(`no meeting titled ${title}`);
    return row.id;
  } finally {
    db.close();
  }
}

export const TITLES = {
  schoolConference: "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023 và phương hướng thực hiện nhiệm vụ 6 tháng cuối năm 2023",
  khoiConference: "Hội nghị sơ kết giữa nhiệm kỳ Đại hội Đảng bộ Khối lần thứ II (nhiệm kỳ 2015 – 2020)",
  tchcJuly: "Sinh hoạt chi bộ thường kỳ tháng 7 năm 2023",
  tchcAugustDraft: "Sinh hoạt chi bộ thường kỳ tháng 8 năm 2023",
  daoTao: "Sinh hoạt chuyên đề quý III năm 2023: Công tác phát triển Đảng",
};

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
  schoolConference:
    "Hội nghị sơ kết công tác Đảng 6 tháng đầu năm 2023 và phương hướng thực hiện nhiệm vụ 6 tháng cuối năm 2023",
  khoiConference: "Hội nghị sơ kết giữa nhiệm kỳ Đại hội Đảng bộ Khối lần thứ II (nhiệm kỳ 2015 – 2020)",
  tchcJuly: "Sinh hoạt chi bộ thường kỳ tháng 7 năm 2023",
  tchcAugustDraft: "Sinh hoạt chi bộ thường kỳ tháng 8 năm 2023",
  daoTao: "Sinh hoạt chuyên đề quý III năm 2023: Công tác phát triển Đảng",
};

/**
 * Adds a sign-in account for an existing member of the demo roster, with a MEMBER grant on the
 * member's own unit (the demo has no member account in every chi bộ). Returns the username.
 */
export async function addMemberAccount(memberFoldedName: string, username: string): Promise<string> {
  const { hash } = await import("@node-rs/argon2");
  const db = new Database(e2eDbFile());
  try {
    const exists = db.prepare('SELECT id FROM "User" WHERE username = ?').get(username);
    if (exists) return username;
    const m = db
      .prepare('SELECT id, unitId, familyName, middleName, givenName FROM "Member" WHERE nameFolded = ?')
      .get(memberFoldedName) as
      | { id: string; unitId: string; familyName: string; middleName: string; givenName: string }
      | undefined;
    if (!m) throw new Error(`no member ${memberFoldedName}`);
    const userId = `u_${username}_${Date.now()}`;
    const now = new Date().toISOString();
    db.prepare(
      'INSERT INTO "User" (id, username, displayName, passwordHash, memberId, sessionVersion, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 0, ?, ?)',
    ).run(
      userId,
      username,
      [m.familyName, m.middleName, m.givenName].filter(Boolean).join(" "),
      await hash("sobienban"),
      m.id,
      now,
      now,
    );
    db.prepare('INSERT INTO "RoleGrant" (id, userId, role, unitId, createdAt) VALUES (?, ?, ?, ?, ?)').run(
      `g_${userId}`,
      userId,
      "MEMBER",
      m.unitId,
      now,
    );
    return username;
  } finally {
    db.close();
  }
}

import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const dir = mkdtempSync(path.join(tmpdir(), "cli-test-"));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", path.resolve(__dirname, "cli.ts"), ...args], {
    encoding: "utf8",
    cwd: path.resolve(__dirname, ".."),
  });

describe("cli extract", () => {
  it("prints the extraction of a text file, skipping a source address line", () => {
    const file = path.join(dir, "a.txt");
    writeFileSync(
      file,
      "https://example.org/tin-tuc/1\n\nChiều 3/5/2024, Chi bộ Khoa Văn tổ chức sinh hoạt thường kỳ.\n",
    );
    const r = run("extract", file);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ organization: "Chi bộ Khoa Văn", date: "2024-05-03", meetingType: "THUONG_KY" });
  }, 30_000);

  it("fails with exit 2 and a bilingual message on a missing or empty file", () => {
    const missing = run("extract", path.join(dir, "none.txt"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Không tìm thấy tệp/);
    expect(missing.stderr).toMatch(/File not found/);
    const empty = path.join(dir, "empty.txt");
    writeFileSync(empty, "  \n");
    const r = run("extract", empty);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/không có nội dung/);
    expect(r.stdout).toBe("");
  }, 30_000);

  it("fails with exit 2 on a broken .docx and on an unknown command", () => {
    const bad = path.join(dir, "bad.docx");
    writeFileSync(bad, "not a zip");
    expect(run("extract", bad).status).toBe(2);
    expect(run("frobnicate").status).toBe(2);
  }, 30_000);
});

describe("cli generate", () => {
  it("migrates an empty SQLite file, prints one JSON line of ids, and refuses to write twice", () => {
    const url = `file:${path.join(dir, "archive.db")}`;
    const r = run("generate", "--meetings", "25", "--seed", "3", "--database", url);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]);
    expect(json).toMatchObject({ provider: "sqlite", seed: 3, meetings: 25, accounts: { admin: "admin" } });
    for (const k of ["longServingMemberId", "mostCitedDirectiveId", "meetingId", "draftId", "memberUnitId"])
      expect(typeof json[k], k).toBe("string");
    const again = run("generate", "--meetings", "25", "--database", url);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/đã có dữ liệu/);
    expect(again.stderr).toMatch(/not empty/);
  }, 60_000);

  it("exits 2 with a bilingual message on a bad count or an unknown option", () => {
    for (const args of [["--meetings", "0"], ["--meetings", "abc"], ["--meetings", "5", "--sizes", "9"], []]) {
      const r = run("generate", ...args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/Lỗi:/);
      expect(r.stderr).toMatch(/Error:/);
    }
  }, 30_000);
});

import { beforeEach, describe, expect, it } from "vitest";
import { issueApiToken, revokeApiToken } from "@/features/api-tokens/mutations";
import { listApiTokens } from "@/features/api-tokens/data";
import { hashToken, loadActor, loadTokenActor } from "@/server/actor";
import { searchMeetings } from "@/server/search/meetings";
import { updateMeeting } from "@/features/meetings/mutations";
import type { Actor } from "@/server/policy/policy";
import { actorOf, resetToDemo, testDb, unitId } from "../../helpers/db";

const DAO_TAO = "Chi bộ Đào tạo";
const SIBLING = "Chi bộ Quản lý học sinh, sinh viên";

beforeEach(async () => {
  await resetToDemo();
});

async function tables() {
  const db = testDb();
  const [tokens, audit] = await Promise.all([
    db.apiToken.findMany({ orderBy: { id: "asc" } }),
    db.auditEvent.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { tokens, audit };
}

/** An admin of one chi bộ only (a subtree admin). */
async function subtreeAdmin(unitName: string): Promise<Actor> {
  const user = await testDb().user.create({
    data: {
      username: `qt_${Date.now()}`,
      displayName: "Quản trị chi bộ",
      passwordHash: "x",
      grants: { create: [{ role: "ADMIN", unitId: await unitId(unitName) }] },
    },
    select: { id: true },
  });
  return (await loadActor(user.id))!;
}

describe("issuing and revoking API tokens", () => {
  it("an admin issues a token for a unit: the secret is shown once, only its hash is stored, the token reads like that role", async () => {
    const admin = await actorOf("admin");
    const issued = await issueApiToken(admin, {
      name: "Báo cáo của Đảng ủy",
      unitId: await unitId(DAO_TAO),
      role: "MEMBER",
    });
    expect(issued.token).toMatch(/^sbb_[A-Za-z0-9_-]{32}$/);
    const row = await testDb().apiToken.findUniqueOrThrow({ where: { id: issued.id } });
    expect(row.tokenHash).toBe(hashToken(issued.token));
    expect(JSON.stringify(row)).not.toContain(issued.token);
    const audit = await testDb().auditEvent.findFirstOrThrow({
      where: { action: "apiToken.issue", entityId: issued.id },
    });
    expect(audit.data).not.toContain(issued.token);

    const tokenActor = (await loadTokenActor(issued.token))!;
    expect(tokenActor.tokenId).toBe(issued.id);
    const asToken = await searchMeetings(tokenActor, { pageSize: 100 });
    const asMember = await searchMeetings(await actorOf("dangvien"), { pageSize: 100 });
    expect(asToken.items.map((i) => i.id)).toEqual(asMember.items.map((i) => i.id));
    expect((await testDb().apiToken.findUniqueOrThrow({ where: { id: issued.id } })).lastUsedAt).not.toBeNull();

    const list = await listApiTokens(admin);
    expect(list.map((t) => ({ name: t.name, role: t.role, unit: t.unit.name, revoked: t.revokedAt }))).toEqual([
      { name: "Báo cáo của Đảng ủy", role: "MEMBER", unit: DAO_TAO, revoked: null },
    ]);
    expect(JSON.stringify(list)).not.toContain(row.tokenHash);
  });

  it("a revoked token is refused at once; revoking twice is refused with a Vietnamese message", async () => {
    const admin = await actorOf("admin");
    const issued = await issueApiToken(admin, { name: "Tích hợp", unitId: await unitId(DAO_TAO), role: "ADMIN" });
    expect(await loadTokenActor(issued.token)).not.toBeNull();
    await revokeApiToken(admin, { tokenId: issued.id });
    expect(await loadTokenActor(issued.token)).toBeNull();
    await expect(revokeApiToken(admin, { tokenId: issued.id })).rejects.toMatchObject({
      code: "VALIDATION",
      message: "Mã truy cập này đã bị thu hồi trước đó.",
    });
    expect(await testDb().auditEvent.count({ where: { action: "apiToken.revoke", entityId: issued.id } })).toBe(1);
  });

  it("a subtree admin issues and revokes only inside the subtree, and lists only its tokens", async () => {
    const admin = await actorOf("admin");
    const local = await subtreeAdmin(DAO_TAO);
    const own = await issueApiToken(local, { name: "Của chi bộ", unitId: await unitId(DAO_TAO), role: "ADMIN" });
    const other = await issueApiToken(admin, { name: "Chi bộ khác", unitId: await unitId(SIBLING), role: "MEMBER" });
    expect((await listApiTokens(local)).map((t) => t.id)).toEqual([own.id]);
    const before = await tables();
    await expect(
      issueApiToken(local, { name: "Vượt phạm vi", unitId: await unitId(SIBLING), role: "ADMIN" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // a MEMBER or SECRETARY token on the chi bộ would read the đảng bộ above, which this admin cannot
    for (const role of ["MEMBER", "SECRETARY"] as const) {
      await expect(
        issueApiToken(local, { name: "Rộng hơn", unitId: await unitId(DAO_TAO), role }),
      ).rejects.toMatchObject({
        code: "VALIDATION",
        fields: { role: [expect.stringContaining("rộng hơn quyền của bạn")] },
      });
    }
    await expect(revokeApiToken(local, { tokenId: other.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await tables()).toEqual(before);
    await revokeApiToken(local, { tokenId: own.id });
  });

  it("secretaries, members and tokens themselves cannot issue or revoke, and nothing is written", async () => {
    const admin = await actorOf("admin");
    const issued = await issueApiToken(admin, {
      name: "Sẵn có",
      unitId: await unitId("Chi bộ Tổ chức – Hành chính"),
      role: "ADMIN",
    });
    const tokenActor = (await loadTokenActor(issued.token))!;
    const before = await tables();
    for (const actor of [await actorOf("thuky"), await actorOf("dangvien")]) {
      await expect(
        issueApiToken(actor, { name: "x", unitId: await unitId("Chi bộ Tổ chức – Hành chính"), role: "MEMBER" }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(revokeApiToken(actor, { tokenId: issued.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await listApiTokens(actor)).toEqual([]);
    }
    await expect(
      issueApiToken(tokenActor, { name: "x", unitId: await unitId("Chi bộ Tổ chức – Hành chính"), role: "ADMIN" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(revokeApiToken(tokenActor, { tokenId: issued.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const after = await tables();
    expect(after.audit).toEqual(before.audit);
    expect(after.tokens.map(({ lastUsedAt: _l, ...t }) => t)).toEqual(
      before.tokens.map(({ lastUsedAt: _l, ...t }) => t),
    );
  });
});

describe("a token acts for its issuer, never beyond the issuer's rights now", () => {
  it("stops working when the issuer loses the right or is disabled, and works again when it is given back", async () => {
    const local = await subtreeAdmin(DAO_TAO);
    const issued = await issueApiToken(local, { name: "Của chi bộ", unitId: await unitId(DAO_TAO), role: "ADMIN" });
    expect(await loadTokenActor(issued.token)).not.toBeNull();
    const grant = await testDb().roleGrant.findFirstOrThrow({ where: { userId: local.userId } });
    await testDb().roleGrant.delete({ where: { id: grant.id } });
    expect(await loadTokenActor(issued.token)).toBeNull();
    await testDb().roleGrant.create({ data: { userId: local.userId, role: "ADMIN", unitId: grant.unitId } });
    expect(await loadTokenActor(issued.token)).not.toBeNull();
    await testDb().user.update({ where: { id: local.userId }, data: { disabledAt: new Date() } });
    expect(await loadTokenActor(issued.token)).toBeNull();
  });

  it("no token for a closed unit", async () => {
    const admin = await actorOf("admin");
    const closed = await testDb().unit.update({
      where: { id: await unitId(SIBLING) },
      data: { closedAt: new Date() },
      select: { id: true },
    });
    await expect(issueApiToken(admin, { name: "x", unitId: closed.id, role: "MEMBER" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { unitId: [expect.any(String)] },
    });
  });

  it("a write made with a token is audited as made through that token", async () => {
    const admin = await actorOf("admin");
    const issued = await issueApiToken(admin, {
      name: "Thư ký điện tử",
      unitId: await unitId("Chi bộ Tổ chức – Hành chính"),
      role: "SECRETARY",
    });
    const tokenActor = (await loadTokenActor(issued.token))!;
    const draft = await testDb().meeting.findFirstOrThrow({
      where: { title: "Sinh hoạt chi bộ thường kỳ tháng 8 năm 2023" },
      select: { id: true, version: true },
    });
    await updateMeeting(tokenActor, draft.id, { version: draft.version, place: "Phòng họp số 3" });
    const event = await testDb().auditEvent.findFirstOrThrow({
      where: { action: "meeting.update", entityId: draft.id },
      orderBy: { at: "desc" },
    });
    expect(event.actorId).toBe(admin.userId);
    expect(JSON.parse(event.data!)).toMatchObject({ viaApiToken: issued.id });
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import { changeMemberStatus, createMember, transferMember, updateMember } from "@/features/members/mutations";
import { getMember, listFormerMembers, listMembers } from "@/features/members/data";
import { createMemberSchema } from "@/features/members/schema";
import type { Actor } from "@/server/policy/policy";
import { actorOf, resetToDemo, testDb } from "../../helpers/db";
import { DAOTAO, KHOI, KHOI_CB, QLSV, SCHOOL, TCHC, expectRefused, grantActor, unitByName } from "../../helpers/roster";

let schoolAdmin: Actor;
let khoiAdmin: Actor;
let secretary: Actor;
let member: Actor;

beforeEach(async () => {
  await resetToDemo();
  schoolAdmin = await grantActor("qt_truong", "ADMIN", SCHOOL);
  khoiAdmin = await grantActor("qt_khoi", "ADMIN", KHOI);
  secretary = await actorOf("thuky");
  member = await actorOf("dangvien");
});

const refusers = () =>
  [
    [khoiAdmin, ["NOT_FOUND"]],
    [secretary, ["FORBIDDEN", "NOT_FOUND"]],
    [member, ["FORBIDDEN", "NOT_FOUND"]],
  ] as const;

const input = (unitId: string, over: Record<string, unknown> = {}) =>
  createMemberSchema.parse({
    unitId,
    familyName: "Phạm",
    middleName: "",
    givenName: "Bình Minh",
    gender: "MALE",
    birthDate: "1985-03-02",
    admittedOn: "2010-05-19",
    officialOn: "2011-05-19",
    category: "OFFICIAL",
    partyCardNumber: "01234567",
    positions: [
      { kind: "PARTY", title: "Chi ủy viên", organ: "Chi bộ Tổ chức – Hành chính", startOn: "2020-09-01", endOn: "" },
      { kind: "GOVERNMENT", title: "Phó Trưởng phòng", organ: null, startOn: "2019-01-01", endOn: null },
      { kind: "PARTY", title: "Tổ trưởng tổ đảng", organ: null, startOn: "2015-01-01", endOn: "2019-12-31" },
    ],
    ...over,
  });

describe("createMember / updateMember", () => {
  it("the subtree admin adds a member: parts, folded name, first membership, positions, current title, audit", async () => {
    const tchc = await unitByName(TCHC);
    const { id } = await createMember(schoolAdmin, input(tchc.id));
    const row = await testDb().member.findUniqueOrThrow({
      where: { id },
      include: { memberships: true, positions: true },
    });
    expect(row).toMatchObject({
      familyName: "Phạm",
      middleName: "",
      givenName: "Bình Minh",
      nameFolded: "pham binh minh",
      title: "Chi ủy viên, Phó Trưởng phòng",
      partyCardNumber: "01234567",
    });
    expect(row.memberships).toMatchObject([{ unitId: tchc.id, startOn: "2010-05-19", endOn: null }]);
    expect(row.positions).toHaveLength(3);
    expect(await testDb().auditEvent.count({ where: { action: "member.create", entityId: id } })).toBe(1);
    // sorted by given name: "Bình Minh" comes before "Hà" in the chi bộ's list
    const names = (await listMembers(schoolAdmin, { unitId: tchc.id })).map((m) => m.givenName);
    expect(names.indexOf("Bình Minh")).toBeLessThan(names.indexOf("Hà"));
    expect(names[0]).toBe("Bình Minh");
    // filtering by the đảng bộ lists its chi bộ's members; a member out of scope sees nothing more
    const school = await unitByName(SCHOOL);
    expect(await listMembers(schoolAdmin, { unitId: school.id })).toHaveLength(25);
    expect((await listMembers(schoolAdmin, { unitId: school.id, q: "binh minh" })).map((m) => m.fullName)).toEqual([
      "Phạm Bình Minh",
    ]);
    expect(new Set((await listMembers(member, { unitId: school.id })).map((m) => m.unit.name))).toEqual(
      new Set([DAOTAO]),
    );
    expect(await listMembers(khoiAdmin, { unitId: school.id })).toEqual([]);
  });

  it("updates particulars and positions; the folded name follows; a card number in use is refused", async () => {
    const tchc = await unitByName(TCHC);
    const { id } = await createMember(schoolAdmin, input(tchc.id));
    await updateMember(schoolAdmin, {
      ...input(tchc.id, { givenName: "Minh", middleName: "Bình", positions: [] }),
      memberId: id,
    });
    expect(await testDb().member.findUniqueOrThrow({ where: { id } })).toMatchObject({
      middleName: "Bình",
      givenName: "Minh",
      nameFolded: "pham binh minh",
      title: null,
    });
    expect(await testDb().position.count({ where: { memberId: id } })).toBe(0);
    const other = await createMember(
      schoolAdmin,
      input(tchc.id, { partyCardNumber: "999", familyName: "Lê", givenName: "An" }),
    );
    await expectRefused(
      () => updateMember(schoolAdmin, { ...input(tchc.id, { partyCardNumber: "01234567" }), memberId: other.id }),
      ["VALIDATION"],
    );
  });

  it("creating and updating are refused outside the subtree, for secretaries and members", async () => {
    const tchc = await unitByName(TCHC);
    for (const [actor, codes] of refusers()) await expectRefused(() => createMember(actor, input(tchc.id)), [...codes]);
    const someone = await testDb().member.findFirstOrThrow({ where: { unitId: tchc.id } });
    for (const [actor, codes] of refusers())
      await expectRefused(() => updateMember(actor, { ...input(tchc.id), memberId: someone.id }), [...codes]);
    // the Khối admin cannot put a member into a school chi bộ, nor edit one
    const khoiCb = await unitByName(KHOI_CB);
    const k = await createMember(khoiAdmin, input(khoiCb.id));
    await expectRefused(() => updateMember(schoolAdmin, { ...input(khoiCb.id), memberId: k.id }), ["NOT_FOUND"]);
  });

  it("the schema refuses impossible dates with Vietnamese messages", () => {
    const r = createMemberSchema.safeParse({
      unitId: "x",
      familyName: "A",
      givenName: "B",
      category: "OFFICIAL",
      birthDate: "1980-02-31",
      admittedOn: "1970-01-01",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain("Ngày sinh không hợp lệ.");
  });
});

describe("changeMemberStatus", () => {
  it("records a dated miễn sinh hoạt and the member's current status", async () => {
    const m = await testDb().member.findFirstOrThrow({ where: { nameFolded: "vu duc toan" } });
    await changeMemberStatus(schoolAdmin, {
      memberId: m.id,
      status: "EXEMPT",
      fromOn: "2024-01-01",
      toOn: null,
      note: "Tuổi cao, sức yếu",
    });
    expect(await testDb().member.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
      status: "EXEMPT",
      statusSince: "2024-01-01",
    });
    const d = await getMember(schoolAdmin, m.id);
    expect(d?.statusChanges).toMatchObject([{ status: "EXEMPT", fromOn: "2024-01-01", note: "Tuổi cao, sức yếu" }]);
  });

  it("is refused outside the subtree, for secretaries and members", async () => {
    const m = await testDb().member.findFirstOrThrow({ where: { nameFolded: "vu duc toan" } });
    for (const [actor, codes] of refusers()) {
      await expectRefused(
        () =>
          changeMemberStatus(actor, { memberId: m.id, status: "EXEMPT", fromOn: "2024-01-01", toOn: null, note: null }),
        [...codes],
      );
    }
  });
});

describe("transferMember", () => {
  it("an official transfer closes the membership, opens one in the new unit and keeps the history visible from both", async () => {
    const tchc = await unitByName(TCHC);
    const daoTao = await unitByName(DAOTAO);
    const m = await testDb().member.findFirstOrThrow({ where: { nameFolded: "hoang minh tuan" } });
    await transferMember(schoolAdmin, {
      memberId: m.id,
      toUnitId: daoTao.id,
      kind: "OFFICIAL",
      on: "2024-03-01",
      note: null,
    });
    const after = await testDb().member.findUniqueOrThrow({
      where: { id: m.id },
      include: { memberships: { orderBy: { createdAt: "asc" } }, statusChanges: true },
    });
    expect(after.unitId).toBe(daoTao.id);
    expect(after.memberships.map((x) => [x.unitId, x.endOn])).toEqual([
      [tchc.id, "2024-03-01"],
      [daoTao.id, null],
    ]);
    expect(after.statusChanges).toMatchObject([{ status: "TRANSFERRED_OUT", fromOn: "2024-03-01" }]);
    expect(await testDb().auditEvent.count({ where: { action: "member.transfer", entityId: m.id } })).toBe(1);

    // the old chi bộ keeps the member in its history; the secretary there still opens the record
    expect((await listMembers(secretary)).some((x) => x.id === m.id)).toBe(false);
    expect((await listFormerMembers(secretary, tchc.id)).map((x) => x.fullName)).toEqual(["Hoàng Minh Tuấn"]);
    expect((await getMember(secretary, m.id))?.memberships).toHaveLength(2);
    expect((await getMember(secretary, m.id))?.canManage).toBe(false);
    // and the new chi bộ's member sees the member on the own roster
    expect((await listMembers(member)).some((x) => x.id === m.id)).toBe(true);
  });

  it("a temporary transfer keeps the home unit and opens a membership in the host unit", async () => {
    const qlsv = await unitByName(QLSV);
    const m = await testDb().member.findFirstOrThrow({ where: { nameFolded: "hoang minh tuan" } });
    await transferMember(schoolAdmin, {
      memberId: m.id,
      toUnitId: qlsv.id,
      kind: "TEMPORARY",
      on: "2024-03-01",
      note: "Đi học tập trung",
    });
    const after = await testDb().member.findUniqueOrThrow({ where: { id: m.id }, include: { memberships: true } });
    expect(after.unitId).not.toBe(qlsv.id);
    expect(after.status).toBe("AWAY_TEMPORARY");
    expect(after.memberships.filter((x) => x.endOn === null)).toHaveLength(2);

    // back home: the host unit's membership ends, the home one stays open, the history keeps both
    await changeMemberStatus(schoolAdmin, {
      memberId: m.id,
      status: "ACTIVE",
      fromOn: "2024-09-01",
      toOn: null,
      note: "Trở về sinh hoạt tại chi bộ",
    });
    const back = await testDb().member.findUniqueOrThrow({
      where: { id: m.id },
      include: { memberships: true, statusChanges: { orderBy: { fromOn: "asc" } } },
    });
    expect(back.status).toBe("ACTIVE");
    expect(back.memberships.find((x) => x.unitId === qlsv.id)?.endOn).toBe("2024-09-01");
    expect(back.memberships.find((x) => x.unitId === m.unitId)?.endOn).toBeNull();
    expect(back.statusChanges.map((x) => [x.status, x.fromOn, x.toOn])).toEqual([
      ["AWAY_TEMPORARY", "2024-03-01", "2024-09-01"],
      ["ACTIVE", "2024-09-01", null],
    ]);
  });

  it("is refused when either unit is outside the admin's subtree, and for secretaries and members", async () => {
    const daoTao = await unitByName(DAOTAO);
    const khoiCb = await unitByName(KHOI_CB);
    const m = await testDb().member.findFirstOrThrow({ where: { nameFolded: "hoang minh tuan" } });
    await expectRefused(
      () =>
        transferMember(schoolAdmin, {
          memberId: m.id,
          toUnitId: khoiCb.id,
          kind: "OFFICIAL",
          on: "2024-03-01",
          note: null,
        }),
      ["NOT_FOUND"],
    );
    for (const [actor, codes] of refusers()) {
      await expectRefused(
        () =>
          transferMember(actor, {
            memberId: m.id,
            toUnitId: daoTao.id,
            kind: "OFFICIAL",
            on: "2024-03-01",
            note: null,
          }),
        [...codes],
      );
    }
    // the full admin moves members between the two đảng bộ
    await transferMember(await actorOf("admin"), {
      memberId: m.id,
      toUnitId: khoiCb.id,
      kind: "OFFICIAL",
      on: "2024-03-01",
      note: null,
    });
    expect((await getMember(khoiAdmin, m.id))?.canManage).toBe(true);
    expect((await getMember(schoolAdmin, m.id))?.canManage).toBe(false);
  });
});

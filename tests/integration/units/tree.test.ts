import { beforeEach, describe, expect, it } from "vitest";
import { closeUnit, createUnit, moveUnit, renameUnit, reopenUnit } from "@/features/units/mutations";
import { listUnits } from "@/features/units/data";
import { getMeeting, listMeetings } from "@/features/meetings/data";
import { createMeeting } from "@/features/meetings/mutations";
import { can, type Actor } from "@/server/policy/policy";
import { actorOf, resetToDemo, testDb } from "../../helpers/db";
import {
  DAOTAO,
  KHOI,
  KHOI_CB,
  QLSV,
  SCHOOL,
  TCHC,
  expectRefused,
  grantActor,
  reload,
  unitByName,
} from "../../helpers/roster";

let schoolAdmin: Actor; // ADMIN on the school's đảng bộ only (the subtree admin under test)
let khoiAdmin: Actor; // ADMIN on the sibling đảng bộ
let cbAdmin: Actor; // ADMIN on one chi bộ only
let secretary: Actor;
let member: Actor;

beforeEach(async () => {
  await resetToDemo();
  schoolAdmin = await grantActor("qt_truong", "ADMIN", SCHOOL);
  khoiAdmin = await grantActor("qt_khoi", "ADMIN", KHOI);
  cbAdmin = await grantActor("qt_daotao", "ADMIN", DAOTAO);
  secretary = await actorOf("thuky");
  member = await actorOf("dangvien");
});

const outsiders = () =>
  [
    ["admin of the sibling đảng bộ", khoiAdmin, ["NOT_FOUND"]],
    // a secretary or member who can see the unit gets FORBIDDEN, one who cannot see it NOT_FOUND
    ["secretary", secretary, ["FORBIDDEN", "NOT_FOUND"]],
    ["member", member, ["FORBIDDEN", "NOT_FOUND"]],
  ] as const;

describe("createUnit", () => {
  it("the subtree admin adds a chi bộ under the đảng bộ, with path, depth and an audit row", async () => {
    const school = await unitByName(SCHOOL);
    const created = await createUnit(schoolAdmin, {
      parentId: school.id,
      name: "Chi bộ Thư viện",
      kind: "CHI_BO",
      place: null,
      symbolCode: null,
    });
    const row = await testDb().unit.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      parentId: school.id,
      path: `${school.path}${created.id}/`,
      depth: 1,
      nameFolded: "chi bo thu vien",
      place: "Hưng Yên",
    });
    expect(
      await testDb().auditEvent.count({
        where: { action: "unit.create", entityId: created.id, actorId: schoolAdmin.userId },
      }),
    ).toBe(1);
    expect((await listUnits(schoolAdmin)).map((u) => u.name)).toContain("Chi bộ Thư viện");
  });

  it("is refused outside the admin's subtree, and for secretaries and members", async () => {
    const school = await unitByName(SCHOOL);
    for (const [, actor, codes] of outsiders()) {
      await expectRefused(
        () =>
          createUnit(actor, {
            parentId: school.id,
            name: "Chi bộ Thư viện",
            kind: "CHI_BO",
            place: null,
            symbolCode: null,
          }),
        [...codes],
      );
    }
    // an admin of one chi bộ cannot add a sibling under the đảng bộ above it
    await expectRefused(
      () =>
        createUnit(cbAdmin, {
          parentId: school.id,
          name: "Chi bộ Thư viện",
          kind: "CHI_BO",
          place: null,
          symbolCode: null,
        }),
      ["NOT_FOUND"],
    );
    // the secretary sees the đảng bộ above the own chi bộ, so the refusal says "forbidden"
    await expectRefused(
      () =>
        createUnit(secretary, {
          parentId: school.id,
          name: "Chi bộ Thư viện",
          kind: "CHI_BO",
          place: null,
          symbolCode: null,
        }),
      ["FORBIDDEN"],
    );
  });

  it("refuses kinds that make no sense: nothing under a chi bộ, no đảng bộ under a đảng bộ cơ sở", async () => {
    const daoTao = await unitByName(DAOTAO);
    const school = await unitByName(SCHOOL);
    const e1 = await expectRefused(
      () =>
        createUnit(schoolAdmin, {
          parentId: daoTao.id,
          name: "Tổ đảng 1",
          kind: "CHI_BO",
          place: null,
          symbolCode: null,
        }),
      ["VALIDATION"],
    );
    expect(e1?.message).toContain("Chi bộ trực thuộc không thể có");
    await expectRefused(
      () =>
        createUnit(schoolAdmin, {
          parentId: school.id,
          name: "Đảng bộ X",
          kind: "DANG_BO",
          place: null,
          symbolCode: null,
        }),
      ["VALIDATION"],
    );
  });
});

describe("renameUnit", () => {
  it("the subtree admin renames a chi bộ; the folded name follows", async () => {
    const u = await unitByName(QLSV);
    await renameUnit(schoolAdmin, { unitId: u.id, name: "Chi bộ Công tác học sinh, sinh viên" });
    expect(await testDb().unit.findUniqueOrThrow({ where: { id: u.id } })).toMatchObject({
      name: "Chi bộ Công tác học sinh, sinh viên",
      nameFolded: "chi bo cong tac hoc sinh sinh vien",
    });
    expect(await testDb().auditEvent.count({ where: { action: "unit.rename", entityId: u.id } })).toBe(1);
  });

  it("a chi bộ admin renames the own chi bộ", async () => {
    const u = await unitByName(DAOTAO);
    await renameUnit(cbAdmin, { unitId: u.id, name: "Chi bộ Đào tạo – Khảo thí" });
    expect((await testDb().unit.findUniqueOrThrow({ where: { id: u.id } })).name).toBe("Chi bộ Đào tạo – Khảo thí");
  });

  it("is refused outside the subtree, for secretaries and members", async () => {
    const u = await unitByName(TCHC);
    for (const [, actor, codes] of outsiders()) {
      await expectRefused(() => renameUnit(actor, { unitId: u.id, name: "Tên khác" }), [...codes]);
    }
    await expectRefused(() => renameUnit(cbAdmin, { unitId: u.id, name: "Tên khác" }), ["NOT_FOUND"]);
    await expectRefused(() => renameUnit(schoolAdmin, { unitId: "no-such-unit", name: "Tên khác" }), ["NOT_FOUND"]);
  });
});

describe("moveUnit", () => {
  it("moves a chi bộ under a new đảng bộ bộ phận: the subtree's paths are rewritten and the secretary still reads its records", async () => {
    const school = await unitByName(SCHOOL);
    const tchc = await unitByName(TCHC);
    const bp = await createUnit(schoolAdmin, {
      parentId: school.id,
      name: "Đảng bộ bộ phận Khối văn phòng",
      kind: "DANG_BO_BO_PHAN",
      place: null,
      symbolCode: null,
    });
    const before = (await listMeetings(secretary, { pageSize: 100 })).items.map((m) => m.title).sort();
    expect(before.length).toBeGreaterThan(0);

    const moved = await moveUnit(schoolAdmin, { unitId: tchc.id, newParentId: bp.id });
    expect(moved.path).toBe(`${school.path}${bp.id}/${tchc.id}/`);
    const row = await testDb().unit.findUniqueOrThrow({ where: { id: tchc.id } });
    expect(row).toMatchObject({ parentId: bp.id, depth: 2, path: moved.path });
    expect(await testDb().auditEvent.count({ where: { action: "unit.move", entityId: tchc.id } })).toBe(1);

    // the grant follows the unit: same records, drafts included, and the records above it now include the new đảng bộ bộ phận
    const sec = await reload(secretary);
    expect(sec.grants[0].unitPath).toBe(moved.path);
    expect((await listMeetings(sec, { pageSize: 100 })).items.map((m) => m.title).sort()).toEqual(before);
    expect(can(sec, "meeting.create", { unitId: tchc.id, unitPath: moved.path })).toBe(true);
    expect(can(await reload(schoolAdmin), "unit.manage", { unitId: tchc.id, unitPath: moved.path })).toBe(true);
  });

  it("moves a whole đảng bộ bộ phận with its chi bộ: every descendant's path and depth follow", async () => {
    const school = await unitByName(SCHOOL);
    const bp = await createUnit(schoolAdmin, {
      parentId: school.id,
      name: "Đảng bộ bộ phận A",
      kind: "DANG_BO_BO_PHAN",
      place: null,
      symbolCode: null,
    });
    const bp2 = await createUnit(schoolAdmin, {
      parentId: school.id,
      name: "Đảng bộ bộ phận B",
      kind: "DANG_BO_BO_PHAN",
      place: null,
      symbolCode: null,
    });
    const cb = await createUnit(schoolAdmin, {
      parentId: bp.id,
      name: "Chi bộ A1",
      kind: "CHI_BO",
      place: null,
      symbolCode: null,
    });
    const tchc = await unitByName(TCHC);
    await moveUnit(schoolAdmin, { unitId: tchc.id, newParentId: bp.id });
    // đảng bộ bộ phận cannot hold another; move the chi bộ A1 from A to B, then A (with TCHC) to the khối by the full admin
    await moveUnit(schoolAdmin, { unitId: cb.id, newParentId: bp2.id });
    expect((await testDb().unit.findUniqueOrThrow({ where: { id: cb.id } })).path).toBe(
      `${school.path}${bp2.id}/${cb.id}/`,
    );

    const khoi = await unitByName(KHOI);
    const full = await actorOf("admin");
    await expectRefused(() => moveUnit(full, { unitId: bp.id, newParentId: khoi.id }), ["VALIDATION"]); // a đảng bộ (cấp trên cơ sở) holds no đảng bộ bộ phận
    await moveUnit(full, { unitId: tchc.id, newParentId: khoi.id });
    const t = await testDb().unit.findUniqueOrThrow({ where: { id: tchc.id } });
    expect(t).toMatchObject({ path: `${khoi.path}${tchc.id}/`, depth: 1, parentId: khoi.id });
    const all = await testDb().unit.findMany();
    for (const u of all) {
      const parent = all.find((p) => p.id === u.parentId);
      expect(u.path).toBe(`${parent?.path ?? "/"}${u.id}/`);
      expect(u.depth).toBe(parent ? parent.depth + 1 : 0);
    }
  });

  it("an admin whose subtree no longer contains the moved unit loses access; the new đảng bộ's admin gains it", async () => {
    const tchc = await unitByName(TCHC);
    const khoi = await unitByName(KHOI);
    await moveUnit(await actorOf("admin"), { unitId: tchc.id, newParentId: khoi.id });
    const sa = await reload(schoolAdmin);
    await expectRefused(() => renameUnit(sa, { unitId: tchc.id, name: "X" }), ["NOT_FOUND"]);
    expect((await listUnits(sa)).map((u) => u.name)).not.toContain(TCHC);
    expect((await listMeetings(sa, { pageSize: 100 })).items.some((m) => m.unit.name === TCHC)).toBe(false);
    const ka = await reload(khoiAdmin);
    expect((await listUnits(ka)).map((u) => u.name)).toContain(TCHC);
    await renameUnit(ka, { unitId: tchc.id, name: "Chi bộ Tổ chức – Hành chính (Khối)" });
  });

  it("refuses a move under the unit's own descendant", async () => {
    const school = await unitByName(SCHOOL);
    const bp = await createUnit(schoolAdmin, {
      parentId: school.id,
      name: "Đảng bộ bộ phận A",
      kind: "DANG_BO_BO_PHAN",
      place: null,
      symbolCode: null,
    });
    const cb = await createUnit(schoolAdmin, {
      parentId: bp.id,
      name: "Chi bộ A1",
      kind: "CHI_BO",
      place: null,
      symbolCode: null,
    });
    await expectRefused(() => moveUnit(schoolAdmin, { unitId: bp.id, newParentId: cb.id }), ["VALIDATION"]);
    await expectRefused(() => moveUnit(schoolAdmin, { unitId: bp.id, newParentId: bp.id }), ["VALIDATION"]);
  });

  it("refuses when the target parent is outside the admin's subtree, and for secretaries and members", async () => {
    const tchc = await unitByName(TCHC);
    const khoi = await unitByName(KHOI);
    const school = await unitByName(SCHOOL);
    await expectRefused(() => moveUnit(schoolAdmin, { unitId: tchc.id, newParentId: khoi.id }), ["NOT_FOUND"]);
    const bp = await createUnit(schoolAdmin, {
      parentId: school.id,
      name: "Đảng bộ bộ phận A",
      kind: "DANG_BO_BO_PHAN",
      place: null,
      symbolCode: null,
    });
    for (const [, actor, codes] of outsiders()) {
      await expectRefused(() => moveUnit(actor, { unitId: tchc.id, newParentId: bp.id }), [...codes]);
    }
    // managing the unit alone is not enough: the chi bộ admin does not manage the old or the new parent
    const daoTaoId = (await unitByName(DAOTAO)).id;
    await expectRefused(() => moveUnit(cbAdmin, { unitId: daoTaoId, newParentId: bp.id }), ["FORBIDDEN"]);
  });
});

describe("closeUnit and reopenUnit", () => {
  it("a closed unit keeps its records readable and takes no new meetings or units", async () => {
    const school = await unitByName(SCHOOL);
    const cb = await createUnit(schoolAdmin, {
      parentId: school.id,
      name: "Chi bộ Tạm",
      kind: "CHI_BO",
      place: null,
      symbolCode: null,
    });
    const meeting = await testDb().meeting.create({
      data: {
        unitId: cb.id,
        kind: "THUONG_KY",
        title: "Sinh hoạt chi bộ Tạm tháng 9",
        startsAt: new Date("2023-09-05T01:00:00Z"),
        status: "APPROVED",
      },
    });
    await closeUnit(schoolAdmin, { unitId: cb.id });
    expect((await testDb().unit.findUniqueOrThrow({ where: { id: cb.id } })).closedAt).not.toBeNull();
    expect(await testDb().auditEvent.count({ where: { action: "unit.close", entityId: cb.id } })).toBe(1);
    expect((await getMeeting(schoolAdmin, meeting.id))?.title).toBe("Sinh hoạt chi bộ Tạm tháng 9");
    expect((await listUnits(schoolAdmin)).find((u) => u.id === cb.id)?.closed).toBe(true);
    await expect(
      createMeeting(schoolAdmin, {
        unit: { id: cb.id },
        kind: "THUONG_KY",
        title: "Mới",
        startsAt: new Date(),
      } as never),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await reopenUnit(schoolAdmin, { unitId: cb.id });
    expect((await testDb().unit.findUniqueOrThrow({ where: { id: cb.id } })).closedAt).toBeNull();
  });

  it("refuses closing while open child units or members remain, saying why", async () => {
    const school = await unitByName(SCHOOL);
    const bp = await createUnit(schoolAdmin, {
      parentId: school.id,
      name: "Đảng bộ bộ phận A",
      kind: "DANG_BO_BO_PHAN",
      place: null,
      symbolCode: null,
    });
    await createUnit(schoolAdmin, {
      parentId: bp.id,
      name: "Chi bộ A1",
      kind: "CHI_BO",
      place: null,
      symbolCode: null,
    });
    const e1 = await expectRefused(() => closeUnit(schoolAdmin, { unitId: bp.id }), ["VALIDATION"]);
    expect(e1?.message).toContain("còn 1 tổ chức trực thuộc đang hoạt động (Chi bộ A1)");
    const daoTaoId = (await unitByName(DAOTAO)).id;
    const e2 = await expectRefused(() => closeUnit(schoolAdmin, { unitId: daoTaoId }), ["VALIDATION"]);
    expect(e2?.message).toContain("còn 9 đảng viên");
  });

  it("closing and reopening are refused outside the subtree, for secretaries and members", async () => {
    const school = await unitByName(SCHOOL);
    const cb = await createUnit(schoolAdmin, {
      parentId: school.id,
      name: "Chi bộ Tạm",
      kind: "CHI_BO",
      place: null,
      symbolCode: null,
    });
    for (const [, actor, codes] of outsiders()) {
      await expectRefused(
        () => closeUnit(actor, { unitId: cb.id }),
        actor === khoiAdmin ? [...codes] : ["FORBIDDEN", "NOT_FOUND"],
      );
    }
    await closeUnit(schoolAdmin, { unitId: cb.id });
    for (const [, actor] of outsiders()) {
      await expectRefused(() => reopenUnit(actor, { unitId: cb.id }), ["FORBIDDEN", "NOT_FOUND"]);
    }
    const khoiCbId = (await unitByName(KHOI_CB)).id;
    await expectRefused(() => closeUnit(khoiAdmin, { unitId: khoiCbId }), ["VALIDATION"]); // own subtree, but members remain
  });
});

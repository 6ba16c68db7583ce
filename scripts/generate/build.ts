/**
 * The archive as a sequence of row sets: the fixed part (tree, members, registry, accounts), then
 * batches of meetings, then the tallies. Pure and synchronous; runs in a worker thread (worker.ts)
 * while the main thread writes. One Random drives it all, so a seed always gives the same rows.
 */
import { directiveSearchText } from "@/features/directives/registry-seed";
import { foldForSearch } from "@/lib/vi/normalize";
import { ARCHIVE_END, addMeeting, type Batch, type Context, emptyBatch, pickUnit, type Row } from "./meetings";
import { Random, WeightedTable } from "./random";
import { buildRegistry, buildTree, type MemberRow, type Tree, type UnitRow } from "./tree";

/** Written into User.passwordHash by the builder; the main thread puts the real hash in its place. */
export const PASSWORD_PLACEHOLDER = "<demo password hash>";

export interface StaticRows {
  Unit: Row[];
  Member: Row[];
  Membership: Row[];
  MemberStatusChange: Row[];
  Directive: Row[];
  User: Row[];
  RoleGrant: Row[];
}

export const STATIC_TABLES = [
  "Unit",
  "Member",
  "Membership",
  "MemberStatusChange",
  "Directive",
  "User",
  "RoleGrant",
] as const satisfies ReadonlyArray<keyof StaticRows>;

export interface Tallies {
  rootUnitId: string;
  dangBoUnitId: string;
  memberUnitId: string;
  memberId: string;
  meetingId: string;
  draftId: string;
  longServingMemberId: string;
  longServingAttendance: number;
  mostCitedDirectiveId: string;
  mostCitedDirectiveCitations: number;
}

export type BuildItem =
  | { type: "static"; rows: StaticRows }
  | { type: "batch"; batch: Batch; done: number }
  | { type: "done"; tallies: Tallies };

function unitRows(tree: Tree, stamp: Date): Row[] {
  return tree.units.map((u) => ({
    id: u.id,
    name: u.name,
    nameFolded: foldForSearch(u.name),
    kind: u.kind,
    parentId: u.parentId,
    path: u.path,
    depth: u.depth,
    place: "Hưng Yên",
    superiorName: u.parentId ? null : "Tỉnh ủy Hưng Yên",
    symbolCode: u.depth === 2 ? "CB" : "ĐU",
    sortOrder: u.sortOrder,
    createdAt: stamp,
    updatedAt: stamp,
  }));
}

function memberRow(m: MemberRow, stamp: Date, exemptSince: string | null): Row {
  return {
    id: m.id,
    unitId: m.unitId,
    familyName: m.familyName,
    middleName: m.middleName,
    givenName: m.givenName,
    nameFolded: foldForSearch(m.name),
    gender: m.gender,
    birthDate: m.birthDate,
    admittedOn: m.admittedOn,
    officialOn: m.officialOn,
    category: m.category,
    status: m.status,
    statusSince: exemptSince,
    title: m.title,
    partyCardNumber: m.partyCardNumber,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

function peopleRows(members: MemberRow[], stamp: Date) {
  const Member: Row[] = [];
  const Membership: Row[] = [];
  const MemberStatusChange: Row[] = [];
  for (const m of members) {
    const exemptSince = m.status === "EXEMPT" ? "2016-01-01" : null;
    Member.push(memberRow(m, stamp, exemptSince));
    Membership.push({ id: `${m.id}s`, memberId: m.id, unitId: m.unitId, startOn: m.admittedOn, createdAt: stamp });
    if (exemptSince)
      MemberStatusChange.push({
        id: `${m.id}x`,
        memberId: m.id,
        status: "EXEMPT",
        fromOn: exemptSince,
        note: "Miễn sinh hoạt theo quy định (tuổi cao)",
        createdAt: stamp,
      });
  }
  return { Member, Membership, MemberStatusChange };
}

interface Cast {
  memberUnit: UnitRow;
  member: MemberRow;
  secretary: MemberRow;
}

/** The chi bộ of the member accounts: a school chi bộ of the first đảng bộ cơ sở. */
function castOf(tree: Tree): Cast {
  const cb = tree.chiBo.find((u) => u.school && u.parent === tree.dangBo[0]) ?? tree.chiBo[0];
  return {
    memberUnit: cb,
    member: cb.members[Math.min(3, cb.members.length - 1)],
    secretary: cb.members[2] ?? cb.members[0],
  };
}

/** admin (the whole tree), thuky (secretary of the member's chi bộ), dangvien (a member of it). */
function accountRows(r: Random, tree: Tree, cast: Cast, stamp: Date): Pick<StaticRows, "User" | "RoleGrant"> {
  const User: Row[] = [];
  const RoleGrant: Row[] = [];
  const add = (username: string, displayName: string, memberId: string | null, role: string, unitId: string) => {
    const id = r.id();
    User.push({
      id,
      username,
      displayName,
      passwordHash: PASSWORD_PLACEHOLDER,
      memberId,
      createdAt: stamp,
      updatedAt: stamp,
    });
    RoleGrant.push({ id: r.id(), userId: id, role, unitId, createdAt: stamp });
  };
  add("admin", "Quản trị hệ thống", null, "ADMIN", tree.root.id);
  add("thuky", cast.secretary.name, cast.secretary.id, "SECRETARY", cast.memberUnit.id);
  add("dangvien", cast.member.name, cast.member.id, "MEMBER", cast.memberUnit.id);
  return { User, RoleGrant };
}

function argmax(counts: Map<string, number>): [string, number] {
  let best: [string, number] = ["", 0];
  for (const [k, v] of counts) if (v > best[1]) best = [k, v];
  return best;
}

/** The whole archive, item by item. */
export function* buildArchive(seed: number, meetings: number, batchSize: number): Generator<BuildItem> {
  const r = new Random(seed);
  const tree = buildTree(r);
  const directives = buildRegistry(r);
  const c: Context = {
    r,
    tree,
    directives,
    directiveTable: new WeightedTable(directives.map((d) => [d, d.weight] as const)),
    attendanceCount: new Map(),
    citationCount: new Map(),
    stamp: new Date(ARCHIVE_END),
  };
  const cast = castOf(tree);
  yield {
    type: "static",
    rows: {
      Unit: unitRows(tree, c.stamp),
      ...peopleRows(tree.members, c.stamp),
      Directive: directives.map(({ weight: _w, ...d }) => ({
        ...d,
        searchText: directiveSearchText(d),
        createdAt: c.stamp,
        updatedAt: c.stamp,
      })),
      ...accountRows(r, tree, cast, c.stamp),
    },
  };
  let meetingId = "";
  let draftId = "";
  for (let done = 0; done < meetings; ) {
    const batch = emptyBatch();
    for (const end = Math.min(meetings, done + batchSize); done < end; done++) {
      // The first record is an approved one of the member's chi bộ, the last a draft of it.
      if (done === 0) meetingId = addMeeting(c, cast.memberUnit, batch, "approved");
      else if (done === meetings - 1) draftId = addMeeting(c, cast.memberUnit, batch, "draft");
      else addMeeting(c, pickUnit(c), batch);
    }
    yield { type: "batch", batch, done };
  }
  const [longServingMemberId, longServingAttendance] = argmax(c.attendanceCount);
  const [mostCitedDirectiveId, mostCitedDirectiveCitations] = argmax(c.citationCount);
  yield {
    type: "done",
    tallies: {
      rootUnitId: tree.root.id,
      dangBoUnitId: tree.dangBo[0].id,
      memberUnitId: cast.memberUnit.id,
      memberId: cast.member.id,
      meetingId,
      draftId: draftId || meetingId,
      longServingMemberId,
      longServingAttendance,
      mostCitedDirectiveId: mostCitedDirectiveId || directives[0].id,
      mostCitedDirectiveCitations,
    },
  };
}

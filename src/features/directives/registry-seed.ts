/**
 * The central documents the demo data and domain.md cite, with their real numbers, dates and
 * issuers. Idempotent: an entry already in the registry (same identity by sameDirective) is kept
 * and only its empty fields are filled in. No "server-only" marker: scripts/seed.ts and the tests
 * call it with their own client.
 */
import type { Db } from "@/server/prisma-factory";
import type { DirectiveKind } from "@/lib/enums";
import { sameDirective } from "@/lib/symbols";
import { foldForSearch } from "@/lib/vi/normalize";
import { directiveSummarySelect } from "@/server/directive-select";

export interface RegistryEntry {
  kind: DirectiveKind;
  number: string | null;
  symbol: string | null;
  issuedOn: string | null;
  issuer: string;
  term: string | null;
  plenum?: string | null;
  congress?: string | null;
  subject: string;
}

const e = (
  kind: DirectiveKind,
  number: string | null,
  symbol: string | null,
  issuedOn: string | null,
  issuer: string,
  term: string | null,
  subject: string,
): RegistryEntry => ({
  kind,
  number,
  symbol,
  issuedOn,
  issuer,
  term,
  subject,
});

export const CENTRAL_REGISTRY: readonly RegistryEntry[] = [
  e(
    "CHI_THI",
    "05",
    "CT/TW",
    "2016-05-15",
    "Bộ Chính trị",
    "XII",
    "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
  ),
  e(
    "CHI_THI",
    "50",
    "CT/TW",
    "2025-07-23",
    "Ban Bí thư",
    "XIII",
    "Tiếp tục đổi mới và nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới",
  ),
  e("CHI_THI", "10", "CT/TW", "2007-03-30", "Ban Bí thư", "X", "Về nâng cao chất lượng sinh hoạt chi bộ"),
  e(
    "CHI_THI",
    "35",
    "CT/TW",
    "2019-05-30",
    "Bộ Chính trị",
    "XII",
    "Về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
  ),
  e(
    "CHI_THI",
    "35",
    "CT/TW",
    "2024-06-14",
    "Bộ Chính trị",
    "XIII",
    "Về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
  ),
  e("QUY_DINH", "294", "QĐ/TW", "2025-05-26", "Ban Chấp hành Trung ương", "XIII", "Thi hành Điều lệ Đảng"),
  e("QUY_DINH", "24", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "XIII", "Thi hành Điều lệ Đảng"),
  e("QUY_DINH", "29", "QĐ/TW", "2016-07-25", "Ban Chấp hành Trung ương", "XII", "Thi hành Điều lệ Đảng"),
  e("QUY_DINH", "339", "QĐ/TW", "2025-07-10", "Ban Bí thư", "XIII", "Về Sổ tay đảng viên điện tử"),
  e(
    "QUYET_DINH",
    "190",
    "QĐ/TW",
    "2024-10-10",
    "Ban Chấp hành Trung ương",
    "XIII",
    "Ban hành Quy chế bầu cử trong Đảng",
  ),
  e("QUYET_DINH", "244", "QĐ/TW", "2014-06-09", "Ban Chấp hành Trung ương", "XI", "Ban hành Quy chế bầu cử trong Đảng"),
  e(
    "KE_HOACH",
    "168",
    "KH/VPTW",
    "2025-08-21",
    "Văn phòng Trung ương Đảng",
    "XIII",
    "Triển khai ứng dụng Sổ tay đảng viên điện tử",
  ),
  e(
    "HUONG_DAN",
    "36",
    "HD/VPTW",
    "2018-04-03",
    "Văn phòng Trung ương Đảng",
    "XII",
    "Thể thức và kỹ thuật trình bày văn bản của Đảng",
  ),
  e("HUONG_DAN", "11", "HD/VPTW", "2004-05-28", "Văn phòng Trung ương Đảng", "IX", "Thể thức văn bản của Đảng"),
  e(
    "HUONG_DAN",
    "12",
    "HD/BTCTW",
    "2018-07-06",
    "Ban Tổ chức Trung ương",
    "XII",
    "Một số vấn đề về nâng cao chất lượng sinh hoạt chi bộ",
  ),
  e(
    "HUONG_DAN",
    "09",
    "HD/BTCTW",
    "2012-03-02",
    "Ban Tổ chức Trung ương",
    "XI",
    "Một số vấn đề về nâng cao chất lượng sinh hoạt chi bộ",
  ),
  e(
    "CHI_THI",
    "24",
    "CT/TU",
    "2023-08-07",
    "Ban Thường vụ Thành ủy Hà Nội",
    null,
    "Về tăng cường kỷ cương, kỷ luật và trách nhiệm giải quyết công việc trong hệ thống chính trị Thành phố Hà Nội",
  ),
];

export function directiveSearchText(d: {
  number?: string | null;
  symbol?: string | null;
  issuer?: string | null;
  subject?: string | null;
  raw?: string | null;
}): string {
  return foldForSearch(
    [d.number && d.symbol ? `${d.number}-${d.symbol}` : d.number, d.issuer, d.subject, d.raw].filter(Boolean).join(" "),
  );
}

/** Adds the missing central documents; returns how many entries it created and completed. */
export async function seedDirectiveRegistry(client: Db): Promise<{ created: number; completed: number }> {
  let created = 0;
  let completed = 0;
  await client.$transaction(async (tx) => {
    for (const entry of CENTRAL_REGISTRY) {
      const candidates = await tx.directive.findMany({
        where: { kind: entry.kind, mergedIntoId: null },
        select: directiveSummarySelect,
      });
      const identity = {
        kind: entry.kind,
        number: entry.number,
        symbol: entry.symbol,
        date: entry.issuedOn,
        term: entry.term,
        plenum: entry.plenum ?? null,
        congress: entry.congress ?? null,
      };
      // Prefer an entry with the same date, then one without a date (never a dated one of another year).
      const matches = candidates.filter((c) => sameDirective({ ...c, date: c.issuedOn }, identity));
      const match = matches.find((c) => c.issuedOn === entry.issuedOn) ?? matches[0];
      if (!match) {
        await tx.directive.create({
          data: {
            kind: entry.kind,
            number: entry.number,
            symbol: entry.symbol,
            issuedOn: entry.issuedOn,
            issuer: entry.issuer,
            term: entry.term,
            plenum: entry.plenum ?? null,
            congress: entry.congress ?? null,
            subject: entry.subject,
            searchText: directiveSearchText(entry),
          },
        });
        created++;
        continue;
      }
      const fill: Record<string, string> = {};
      for (const k of ["symbol", "issuedOn", "issuer", "term", "subject"] as const) {
        const value = entry[k];
        if (!match[k] && value) fill[k] = value;
      }
      if (Object.keys(fill).length) {
        const merged = { ...match, ...fill };
        await tx.directive.update({
          where: { id: match.id },
          data: { ...fill, searchText: directiveSearchText(merged) },
        });
        completed++;
      }
    }
  });
  return { created, completed };
}

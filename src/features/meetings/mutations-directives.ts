/** A cited document → its registry entry (used by the child-row writer for directive citations). */
import "server-only";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { foldForSearch } from "@/lib/vi/normalize";
import { findCitations, sameDirective } from "@/lib/symbols";
import type { MeetingFields } from "./schema";
import { directiveIdentitySelect } from "@/server/directive-select";

type DirectiveRef = MeetingFields["directives"][number];

/** A cited document → its registry entry: by id, by identity (kind, number, symbol, year / plenum, term), or a new entry. */
export async function resolveDirective(tx: Tx, ref: DirectiveRef, index: number): Promise<string> {
  if (ref.directiveId) {
    let current = await tx.directive.findUnique({
      where: { id: ref.directiveId },
      select: { id: true, mergedIntoId: true },
    });
    for (let hops = 0; current?.mergedIntoId && hops < 5; hops++) {
      current = await tx.directive.findUnique({
        where: { id: current.mergedIntoId },
        select: { id: true, mergedIntoId: true },
      });
    }
    if (!current)
      throw new AppError("VALIDATION", undefined, {
        fields: { [`directives.${index}.directiveId`]: ["Không tìm thấy văn bản trong danh mục."] },
      });
    return current.id;
  }
  let d = { ...ref };
  if (!d.kind && d.raw) {
    const parsed = findCitations(d.raw)[0];
    if (!parsed) {
      throw new AppError("VALIDATION", undefined, {
        fields: {
          [`directives.${index}.raw`]: [
            "Không nhận ra văn bản trong trích dẫn. Hãy ghi như “Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị”.",
          ],
        },
      });
    }
    d = {
      ...d,
      kind: parsed.kind,
      number: parsed.number,
      symbol: parsed.symbol,
      issuedOn: parsed.date,
      issuer: parsed.issuer,
      term: parsed.term,
      plenum: parsed.plenum,
      congress: parsed.congress,
    };
  }
  const kind = d.kind;
  if (!kind)
    throw new AppError("VALIDATION", undefined, {
      fields: { [`directives.${index}.raw`]: ["Vui lòng chọn loại văn bản."] },
    });
  const candidates = await tx.directive.findMany({
    where: { kind, mergedIntoId: null },
    select: directiveIdentitySelect,
  });
  const identity = {
    kind,
    number: d.number ?? null,
    symbol: d.symbol ?? null,
    date: d.issuedOn ?? null,
    term: d.term ?? null,
    plenum: d.plenum ?? null,
    congress: d.congress ?? null,
  };
  const match = candidates.find((c) => sameDirective({ ...c, date: c.issuedOn }, identity));
  if (match) return match.id;
  const created = await tx.directive.create({
    data: {
      kind,
      number: d.number ?? null,
      symbol: d.symbol ?? null,
      issuedOn: d.issuedOn ?? null,
      issuer: d.issuer ?? null,
      term: d.term ?? null,
      plenum: d.plenum ?? null,
      congress: d.congress ?? null,
      subject: d.subject ?? null,
      searchText: foldForSearch(
        [d.number && d.symbol ? `${d.number}-${d.symbol}` : d.number, d.issuer, d.subject, d.raw]
          .filter(Boolean)
          .join(" "),
      ),
    },
    select: { id: true },
  });
  return created.id;
}

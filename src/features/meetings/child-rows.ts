/**
 * Pure pairing of a record's child rows across a save (agenda items, reports, speeches, citations,
 * conclusions, resolutions, attendance entries, tasks): which stored rows are kept, which are
 * updated in place, which are inserted and which are deleted. The writer (mutations-children.ts)
 * applies the plan; ids of unchanged rows never change, so links to them (a task's resolution,
 * an amendment's field) survive every save.
 *
 * A wanted row is paired with a stored row, in this order:
 *   1. the stored row whose id it carries (the editor and the API send back the ids they read);
 *   2. the stored row with the same natural key (an attendance entry: the same member);
 *   3. a stored row with exactly the same content (a client that sends no ids, rows reordered);
 *   4. the stored row at the same place in the list (a client that sends no ids edited that row).
 * Steps 3 and 4 apply only to a list sent without ids: when the client sent back ids, a row without one is new.
 * Anything left is inserted; stored rows no wanted row took are deleted.
 */

export type CellValue = string | number | boolean | null | Date;
export type RowData = Record<string, CellValue>;

export interface StoredRow<D extends RowData> {
  id: string;
  data: D;
}

export interface WantedRow<D extends RowData> {
  id?: string | null;
  data: D;
}

export interface RowPlan<D extends RowData> {
  /** For each wanted row, in order: the stored id it keeps, or null when it is inserted. */
  ids: Array<string | null>;
  unchanged: string[];
  update: Array<{ id: string; data: Partial<D> }>;
  create: D[];
  remove: string[];
}

const same = (a: CellValue, b: CellValue) =>
  a instanceof Date || b instanceof Date
    ? a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
    : (a ?? null) === (b ?? null);

/** The columns of `wanted` that differ from `stored` (all of `wanted`'s keys are compared). */
export function changedCells<D extends RowData>(stored: D, wanted: D, ignore: readonly string[] = []): Partial<D> {
  const out: Partial<D> = {};
  for (const k of Object.keys(wanted) as Array<keyof D & string>) {
    if (ignore.includes(k)) continue;
    if (!same(stored[k] ?? null, wanted[k] ?? null)) out[k] = wanted[k];
  }
  return out;
}

export function planRows<D extends RowData>(
  stored: readonly StoredRow<D>[],
  wanted: readonly WantedRow<D>[],
  opts: { key?: (d: D) => string | null; positionKey?: keyof D & string } = {},
): RowPlan<D> {
  const ids: Array<string | null> = wanted.map(() => null);
  const free = new Map(stored.map((s, index) => [s.id, { ...s, index }]));
  const claim = (i: number, id: string) => {
    ids[i] = id;
    free.delete(id);
  };
  // 1. by id
  wanted.forEach((w, i) => {
    if (w.id && free.has(w.id)) claim(i, w.id);
  });
  // 2. by natural key
  const keyOf = opts.key;
  if (keyOf) {
    const byKey = new Map<string, string>();
    for (const s of free.values()) {
      const k = keyOf(s.data);
      if (k !== null && !byKey.has(k)) byKey.set(k, s.id);
    }
    wanted.forEach((w, i) => {
      if (ids[i] !== null) return;
      const k = keyOf(w.data);
      const id = k === null ? undefined : byKey.get(k);
      if (id && free.has(id)) claim(i, id);
    });
  }
  // A client that sent back the ids it read means a row without one is new: no guessing (3, 4) then.
  const guess = !wanted.some((w) => w.id && stored.some((s) => s.id === w.id));
  // 3. by identical content (the place in the list aside)
  const ignore = opts.positionKey ? [opts.positionKey] : [];
  wanted.forEach((w, i) => {
    if (ids[i] !== null || !guess) return;
    for (const s of free.values()) {
      if (Object.keys(changedCells(s.data, w.data, ignore)).length === 0) {
        claim(i, s.id);
        return;
      }
    }
  });
  // 4. by place in the list
  const byIndex = new Map([...free.values()].map((s) => [s.index, s.id]));
  wanted.forEach((_w, i) => {
    if (ids[i] !== null || !guess) return;
    const id = byIndex.get(i);
    if (id && free.has(id)) claim(i, id);
  });

  const storedById = new Map(stored.map((s) => [s.id, s.data]));
  const plan: RowPlan<D> = { ids, unchanged: [], update: [], create: [], remove: [...free.keys()] };
  wanted.forEach((w, i) => {
    const id = ids[i];
    if (id === null) {
      plan.create.push(w.data);
      return;
    }
    const before = storedById.get(id);
    const diff = before ? changedCells(before, w.data) : w.data;
    if (Object.keys(diff).length === 0) plan.unchanged.push(id);
    else plan.update.push({ id, data: diff });
  });
  return plan;
}

"use client";

import { useActionState, useEffect, useId, useMemo, useState } from "react";
import { useKeptForm } from "@/components/use-kept-form";
import { foldForSearch } from "@/lib/vi/normalize";
import type { ActionState } from "@/server/action";
import type { UnitKind } from "@/lib/enums";
import { unitKindLabels } from "@/lib/vi/labels";
import { closeUnitAction, createUnitAction, moveUnitAction, renameUnitAction, reopenUnitAction } from "../actions";

export interface TreeNode {
  id: string;
  name: string;
  kind: UnitKind;
  depth: number;
  closed: boolean;
  memberCount: number;
  /** Members of the unit and every open unit below it; open chi bộ among them. */
  totalMembers: number;
  chiBoCount: number;
  /** The parent when the reader sees it (the tree shown starts at the reader's scope). */
  parentId: string | null;
  hasChildren: boolean;
  hasParent: boolean;
  /** From the policy: may the viewer change this unit? */
  canManage: boolean;
  /** Kinds this unit may hold (empty for a chi bộ, or when the viewer may not add under it). */
  childKinds: UnitKind[];
  /** Parents the unit may move under (managed by the viewer, open, kind-compatible, not below itself). */
  moveTargets: Array<{ id: string; name: string }>;
}

type Mode = "create" | "rename" | "move" | "close" | "reopen";

const inputClass = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm";
const buttonClass = "rounded-md border border-stone-300 bg-white px-2.5 py-1 text-xs font-medium hover:bg-stone-50";
const primaryClass = "rounded-md bg-brand px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60";

export function UnitTreeEditor({ nodes }: { nodes: TreeNode[] }) {
  const [open, setOpen] = useState<{ id: string; mode: Mode } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const minDepth = Math.min(...nodes.map((n) => n.depth), 0);
  const [query, setQuery] = useState("");
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const shown = useMemo(() => visibleNodes(nodes, query, collapsed), [nodes, query, collapsed]);
  const searchId = useId();
  const done = (message?: string) => {
    setOpen(null);
    setNotice(message ?? "Đã lưu.");
  };
  const toggle = (id: string) =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <div>
      <div className="mb-3 flex flex-wrap items-end gap-2">
        <div className="w-full sm:w-80">
          <label htmlFor={searchId} className="block text-sm font-medium">
            Tìm tổ chức
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Gõ vài chữ của tên…"
            className={inputClass}
            aria-describedby={`${searchId}-count`}
          />
        </div>
        <button type="button" className={buttonClass} onClick={() => setCollapsed(new Set())}>
          Mở tất cả
        </button>
        <button
          type="button"
          className={buttonClass}
          onClick={() => setCollapsed(new Set(nodes.filter((n) => n.hasChildren).map((n) => n.id)))}
        >
          Thu gọn tất cả
        </button>
        <p
          id={`${searchId}-count`}
          aria-live="polite"
          className="w-full text-xs text-stone-600"
          data-testid="tree-count"
        >
          {query.trim() ? `${shown.matches} tổ chức phù hợp.` : `${nodes.length} tổ chức.`}
        </p>
      </div>
      <p role="status" aria-live="polite" className="mb-3 min-h-5 text-sm text-green-800" data-testid="tree-notice">
        {notice}
      </p>
      <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white" data-testid="unit-tree">
        {shown.nodes.map((u) => (
          <li
            key={u.id}
            data-testid="unit-row"
            data-unit={u.name}
            data-closed={u.closed}
            className="px-3 py-2"
            style={{ paddingLeft: `${0.75 + (u.depth - minDepth) * 1.5}rem` }}
          >
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              {u.hasChildren && !query.trim() ? (
                <button
                  type="button"
                  className="-ml-1 h-6 w-6 rounded text-stone-700 hover:bg-stone-100"
                  aria-expanded={!collapsed.has(u.id)}
                  aria-label={`Các tổ chức trực thuộc ${u.name}`}
                  onClick={() => toggle(u.id)}
                >
                  <span aria-hidden="true">{collapsed.has(u.id) ? "▸" : "▾"}</span>
                </button>
              ) : null}
              <span className={u.closed ? "font-medium text-stone-600 line-through" : "font-medium"}>{u.name}</span>
              <span className="text-xs text-stone-600" data-testid="unit-figures">
                {unitKindLabels[u.kind]} · {u.memberCount} đảng viên
                {u.hasChildren ? ` · cả cấp dưới: ${u.totalMembers} đảng viên, ${u.chiBoCount} chi bộ` : ""}
                {u.closed ? " · đã giải thể" : ""}
              </span>
              {u.canManage && (
                <span className="flex flex-wrap gap-1 sm:ml-auto">
                  {!u.closed && u.childKinds.length > 0 && (
                    <button
                      type="button"
                      className={buttonClass}
                      aria-label={`Thêm tổ chức trực thuộc ${u.name}`}
                      aria-expanded={open?.id === u.id && open.mode === "create"}
                      onClick={() => setOpen({ id: u.id, mode: "create" })}
                    >
                      Thêm trực thuộc
                    </button>
                  )}
                  <button
                    type="button"
                    className={buttonClass}
                    aria-label={`Đổi tên ${u.name}`}
                    aria-expanded={open?.id === u.id && open.mode === "rename"}
                    onClick={() => setOpen({ id: u.id, mode: "rename" })}
                  >
                    Đổi tên
                  </button>
                  {u.hasParent && !u.closed && u.moveTargets.length > 0 && (
                    <button
                      type="button"
                      className={buttonClass}
                      aria-label={`Chuyển ${u.name}`}
                      aria-expanded={open?.id === u.id && open.mode === "move"}
                      onClick={() => setOpen({ id: u.id, mode: "move" })}
                    >
                      Chuyển
                    </button>
                  )}
                  {u.hasParent && !u.closed && (
                    <button
                      type="button"
                      className={buttonClass}
                      aria-label={`Giải thể ${u.name}`}
                      aria-expanded={open?.id === u.id && open.mode === "close"}
                      onClick={() => setOpen({ id: u.id, mode: "close" })}
                    >
                      Giải thể
                    </button>
                  )}
                  {u.closed && (
                    <button
                      type="button"
                      className={buttonClass}
                      aria-label={`Khôi phục ${u.name}`}
                      onClick={() => setOpen({ id: u.id, mode: "reopen" })}
                    >
                      Khôi phục
                    </button>
                  )}
                </span>
              )}
            </div>
            {open?.id === u.id && (
              <div className="mt-2 rounded-md border border-stone-200 bg-stone-50 p-3">
                {open.mode === "create" && <CreateForm unit={u} onDone={done} onCancel={() => setOpen(null)} />}
                {open.mode === "rename" && <RenameForm unit={u} onDone={done} onCancel={() => setOpen(null)} />}
                {open.mode === "move" && <MoveForm unit={u} onDone={done} onCancel={() => setOpen(null)} />}
                {open.mode === "close" && (
                  <StateForm
                    unit={u}
                    action={closeUnitAction}
                    label="Xác nhận giải thể"
                    text={`Giải thể ${u.name}? Hồ sơ và biên bản của tổ chức vẫn được lưu giữ và xem được; tổ chức không nhận cuộc họp mới.`}
                    onDone={done}
                    onCancel={() => setOpen(null)}
                  />
                )}
                {open.mode === "reopen" && (
                  <StateForm
                    unit={u}
                    action={reopenUnitAction}
                    label="Xác nhận khôi phục"
                    text={`Khôi phục hoạt động của ${u.name}?`}
                    onDone={done}
                    onCancel={() => setOpen(null)}
                  />
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState<unknown>>;

interface FormProps {
  unit: TreeNode;
  onDone: (message?: string) => void;
  onCancel: () => void;
}

function useUnitForm(action: FormAction, onDone: FormProps["onDone"]) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState<unknown>);
  useEffect(() => {
    if (state.status === "ok") onDone(state.message);
  }, [state, onDone]);
  const err = (k: string) => (state.status === "error" ? state.fieldErrors?.[k]?.[0] : undefined);
  const values = state.status === "error" ? state.values : undefined;
  const form = useKeptForm(formAction, state);
  return { state, form, pending, err, values };
}

function ErrorLine({ id, message }: { id?: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-sm text-red-700">
      {message}
    </p>
  ) : null;
}

function FormFooter({
  state,
  pending,
  label,
  onCancel,
}: {
  state: ActionState<unknown>;
  pending: boolean;
  label: string;
  onCancel: () => void;
}) {
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2">
      <button type="submit" disabled={pending} className={primaryClass}>
        {pending ? "Đang lưu…" : label}
      </button>
      <button
        type="button"
        onClick={onCancel}
        className="rounded-md px-3 py-1.5 text-sm text-stone-700 hover:bg-stone-200"
      >
        Hủy
      </button>
      <p role="alert" aria-live="assertive" className="text-sm text-red-700" data-testid="unit-form-error">
        {state.status === "error" ? state.message : ""}
      </p>
    </div>
  );
}

function CreateForm({ unit, onDone, onCancel }: FormProps) {
  const id = useId();
  const { state, form, pending, err, values } = useUnitForm(createUnitAction, onDone);
  return (
    <form {...form} aria-label={`Thêm tổ chức trực thuộc ${unit.name}`}>
      <input type="hidden" name="parentId" value={unit.id} />
      <div className="grid gap-3 [&>*]:min-w-0 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-name`} className="block text-sm font-medium">
            Tên tổ chức
          </label>
          <input
            id={`${id}-name`}
            name="name"
            required
            className={inputClass}
            defaultValue={String(values?.name ?? "")}
            aria-invalid={!!err("name")}
            aria-describedby={`${id}-name-err`}
            // biome-ignore lint/a11y/noAutofocus: the form opens on the user's click; focus moves into it
            autoFocus
          />
          <ErrorLine id={`${id}-name-err`} message={err("name")} />
        </div>
        <div>
          <label htmlFor={`${id}-kind`} className="block text-sm font-medium">
            Loại tổ chức
          </label>
          <select
            id={`${id}-kind`}
            name="kind"
            className={inputClass}
            defaultValue={String(values?.kind ?? unit.childKinds[unit.childKinds.length - 1])}
            aria-describedby={`${id}-kind-err`}
          >
            {unit.childKinds.map((k) => (
              <option key={k} value={k}>
                {unitKindLabels[k]}
              </option>
            ))}
          </select>
          <ErrorLine id={`${id}-kind-err`} message={err("kind")} />
        </div>
      </div>
      <FormFooter state={state} pending={pending} label="Thêm" onCancel={onCancel} />
    </form>
  );
}

function RenameForm({ unit, onDone, onCancel }: FormProps) {
  const id = useId();
  const { state, form, pending, err, values } = useUnitForm(renameUnitAction, onDone);
  return (
    <form {...form} aria-label={`Đổi tên ${unit.name}`}>
      <input type="hidden" name="unitId" value={unit.id} />
      <label htmlFor={`${id}-name`} className="block text-sm font-medium">
        Tên mới
      </label>
      <input
        id={`${id}-name`}
        name="name"
        required
        className={inputClass}
        defaultValue={String(values?.name ?? unit.name)}
        aria-invalid={!!err("name")}
        aria-describedby={`${id}-name-err`}
        // biome-ignore lint/a11y/noAutofocus: the form opens on the user's click; focus moves into it
        autoFocus
      />
      <ErrorLine id={`${id}-name-err`} message={err("name")} />
      <FormFooter state={state} pending={pending} label="Lưu tên" onCancel={onCancel} />
    </form>
  );
}

function MoveForm({ unit, onDone, onCancel }: FormProps) {
  const id = useId();
  const { state, form, pending, err } = useUnitForm(moveUnitAction, onDone);
  return (
    <form {...form} aria-label={`Chuyển ${unit.name}`}>
      <input type="hidden" name="unitId" value={unit.id} />
      <label htmlFor={`${id}-parent`} className="block text-sm font-medium">
        Chuyển đến (tổ chức cấp trên mới)
      </label>
      <select
        id={`${id}-parent`}
        name="newParentId"
        className={inputClass}
        aria-describedby={`${id}-parent-help ${id}-parent-err`}
      >
        {unit.moveTargets.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      <p id={`${id}-parent-help`} className="mt-1 text-xs text-stone-600">
        Các tổ chức trực thuộc, đảng viên và biên bản chuyển theo; quyền truy cập đi theo tổ chức.
      </p>
      <ErrorLine id={`${id}-parent-err`} message={err("newParentId")} />
      <FormFooter state={state} pending={pending} label="Chuyển" onCancel={onCancel} />
    </form>
  );
}

function StateForm({
  unit,
  action,
  label,
  text,
  onDone,
  onCancel,
}: FormProps & { action: FormAction; label: string; text: string }) {
  const { state, form, pending } = useUnitForm(action, onDone);
  return (
    <form {...form} aria-label={label}>
      <input type="hidden" name="unitId" value={unit.id} />
      <p className="text-sm">{text}</p>
      <FormFooter state={state} pending={pending} label={label} onCancel={onCancel} />
    </form>
  );
}

/**
 * The rows to show: with a query, the units whose folded name holds every typed word and the units
 * above them (so each match is seen in its place); without one, every unit not below a folded one.
 */
function visibleNodes(nodes: TreeNode[], query: string, collapsed: ReadonlySet<string>) {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const ancestors = (n: TreeNode) => {
    const out: string[] = [];
    for (let p = n.parentId; p; p = byId.get(p)?.parentId ?? null) out.push(p);
    return out;
  };
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0)
    return { nodes: nodes.filter((n) => !ancestors(n).some((a) => collapsed.has(a))), matches: nodes.length };
  const keep = new Set<string>();
  let matches = 0;
  for (const n of nodes) {
    const name = foldForSearch(n.name);
    if (!words.every((w) => name.includes(w))) continue;
    matches += 1;
    keep.add(n.id);
    for (const a of ancestors(n)) keep.add(a);
  }
  return { nodes: nodes.filter((n) => keep.has(n.id)), matches };
}

"use client";

/**
 * THE chooser of a person, a unit or a document: a search-as-you-type combobox (WAI-ARIA 1.2
 * combobox with a listbox popup) fed by a lookup route (`/api/v1/lookup/…`), so a đảng bộ of
 * thousands of members never sends its roster to the browser. The query is folded on the server
 * (`src/lib/vi`): "nguyen van", "Nguyễn Văn" and "NGUYEN VAN" find the same people.
 *
 * Keyboard: ↓/↑ open the list and move (wrapping), Alt+↓ opens, Home/End go to the first/last
 * option while the list is open, Enter chooses, Escape closes (a second Escape clears), Tab leaves.
 * The number of results is announced in a polite live region. In a form, a hidden input carries
 * the chosen id (or, with `acceptText`, the typed text) under `name`.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { FREE_TEXT_ID, isFreeText, LOOKUP_LIMIT, typedOption, type LookupOption, type LookupPage } from "@/lib/lookup";

export type { LookupOption } from "@/lib/lookup";

/** Where options come from: a lookup route and its fixed parameters (`for`, `meetingId`). */
export interface LookupSource {
  path: "/api/v1/lookup/members" | "/api/v1/lookup/units" | "/api/v1/lookup/directives";
  params?: Record<string, string | undefined>;
}

export interface ComboboxProps {
  label: string;
  source: LookupSource;
  /** Controlled choice; leave undefined and use `defaultValue` for an uncontrolled one. */
  value?: LookupOption | null;
  defaultValue?: LookupOption | null;
  onChange?: (option: LookupOption | null) => void;
  /** Form field name of the chosen id. */
  name?: string;
  /** Typed text that matches no option is kept as the value (submitted as is: "05-CT/TW"). */
  acceptText?: boolean;
  /** Offer the typed text as a last option, e.g. a guest who is not on the roster. */
  freeTextOption?: (text: string) => string;
  /** Shown when nothing is chosen ("Tất cả", "— Không liên kết —"). */
  placeholder?: string;
  hint?: string;
  id?: string;
  invalid?: boolean;
  describedBy?: string;
  labelClassName?: string;
  inputClassName?: string;
  className?: string;
  testId?: string;
  autoFocus?: boolean;
}

const DEBOUNCE_MS = 150;
const defaultInput =
  "block w-full rounded-md border border-stone-300 bg-white py-2 pr-16 pl-3 text-base focus:border-brand focus:outline-none sm:text-sm";

function countText(page: LookupPage | null, query: string, loading: boolean, failed: boolean): string {
  if (failed) return "Không tải được danh sách. Gõ lại để thử lại.";
  if (loading && !page) return "Đang tìm…";
  if (!page) return "";
  const n = page.total.toLocaleString("vi-VN");
  if (page.total === 0) return query ? `Không tìm thấy kết quả cho “${query}”.` : "Danh sách trống.";
  if (page.total > page.items.length) return `${n} kết quả, hiện ${page.items.length} đầu tiên. Gõ thêm để thu hẹp.`;
  return `${n} kết quả.`;
}

function useLookup(source: LookupSource) {
  const [page, setPage] = useState<LookupPage | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const cache = useRef(new Map<string, LookupPage>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inflight = useRef<AbortController | null>(null);
  const key = JSON.stringify(source);

  // A different source (another meeting, another scope) starts afresh.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the source
  useEffect(() => {
    cache.current.clear();
    setPage(null);
  }, [key]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      inflight.current?.abort();
    },
    [],
  );

  const search = useCallback(
    (q: string, immediate = false) => {
      if (timer.current) clearTimeout(timer.current);
      const cached = cache.current.get(q);
      if (cached) {
        inflight.current?.abort();
        setPage(cached);
        setLoading(false);
        setFailed(false);
        return;
      }
      const run = async () => {
        inflight.current?.abort();
        const ctrl = new AbortController();
        inflight.current = ctrl;
        const params = new URLSearchParams();
        for (const [k, v] of Object.entries(source.params ?? {})) if (v) params.set(k, v);
        params.set("q", q);
        params.set("limit", String(LOOKUP_LIMIT));
        setLoading(true);
        try {
          const res = await fetch(`${source.path}?${params}`, {
            signal: ctrl.signal,
            credentials: "same-origin",
            headers: { accept: "application/json" },
          });
          if (!res.ok) throw new Error(String(res.status));
          const data = (await res.json()) as LookupPage;
          cache.current.set(q, data);
          if (inflight.current === ctrl) {
            setPage(data);
            setFailed(false);
            setLoading(false);
          }
        } catch (e) {
          if ((e as Error).name === "AbortError") return;
          if (inflight.current === ctrl) {
            setFailed(true);
            setLoading(false);
          }
        }
      };
      if (immediate) void run();
      else timer.current = setTimeout(run, DEBOUNCE_MS);
    },
    [source.path, source.params],
  );

  return { page, loading, failed, search };
}

export function Combobox(props: ComboboxProps) {
  const autoId = useId();
  const id = props.id ?? `cb${autoId.replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const listId = `${id}-list`;
  const statusId = `${id}-status`;
  const hintId = `${id}-hint`;
  const controlled = props.value !== undefined;
  const [own, setOwn] = useState<LookupOption | null>(props.defaultValue ?? null);
  const selected = controlled ? (props.value ?? null) : own;
  const [text, setText] = useState(selected?.label ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [query, setQuery] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new object per render must not refetch
  const source = useMemo(() => props.source, [JSON.stringify(props.source)]);
  const { page, loading, failed, search } = useLookup(source);

  // The shown text follows a choice made elsewhere (a controlled value, a restored draft).
  const selectedLabel = selected?.label ?? "";
  useEffect(() => {
    if (!open) setText(selectedLabel);
  }, [selectedLabel, open]);

  const typed = text.trim();
  const options: LookupOption[] = useMemo(() => {
    const list = page?.items ?? [];
    if (!props.freeTextOption || !typed) return list;
    return [...list, { id: `${FREE_TEXT_ID}${typed}`, label: props.freeTextOption(typed) }];
  }, [page, props.freeTextOption, typed]);

  const commit = (chosen: LookupOption | null) => {
    // A free-text choice reads as the text itself, wherever it is shown afterwards.
    const option = chosen && isFreeText(chosen) ? typedOption(chosen.id.slice(FREE_TEXT_ID.length)) : chosen;
    if (!controlled) setOwn(option);
    props.onChange?.(option);
    setText(option?.label ?? "");
    setOpen(false);
    setActive(-1);
  };

  const openList = (q: string, moveTo: "none" | "first" | "last" = "none") => {
    setOpen(true);
    setQuery(q);
    search(q, true);
    setActive(moveTo === "none" ? -1 : moveTo === "first" ? 0 : Number.MAX_SAFE_INTEGER);
  };

  // Keep the active index inside the options as they arrive.
  useEffect(() => {
    if (active >= options.length && active !== -1) setActive(options.length ? options.length - 1 : -1);
  }, [active, options.length]);

  useEffect(() => {
    if (!open || active < 0) return;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
    el?.scrollIntoView?.({ block: "nearest" });
  }, [active, open]);

  const textForQuery = () => (text === selectedLabel ? "" : text);

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    const n = options.length;
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        if (!open) openList(textForQuery(), e.altKey ? "none" : "first");
        else if (n) setActive((a) => (a + 1) % n);
        return;
      case "ArrowUp":
        e.preventDefault();
        if (!open) openList(textForQuery(), "last");
        else if (n) setActive((a) => (a <= 0 ? n - 1 : a - 1));
        return;
      case "Home":
      case "End":
        if (open && n) {
          e.preventDefault();
          setActive(e.key === "Home" ? 0 : n - 1);
        }
        return;
      case "Enter":
        if (open) {
          e.preventDefault();
          if (active >= 0 && active < n) commit(options[active]);
          else if (props.acceptText && typed) commit(typedOption(typed));
          else setOpen(false);
        }
        return;
      case "Escape":
        if (open) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
          setActive(-1);
          setText(selectedLabel);
        } else if (text || selected) {
          e.preventDefault();
          commit(null);
        }
        return;
      case "Tab":
        if (open) setOpen(false);
        return;
    }
  };

  const onBlur = () => {
    setOpen(false);
    setActive(-1);
    if (text === selectedLabel) return;
    if (!typed) commit(null);
    else if (props.acceptText) commit(typedOption(typed));
    else setText(selectedLabel);
  };

  const status = open ? countText(page, query, loading, failed) : "";
  // Only settled results are announced; clearing the region first makes the next count be read.
  const live = open && !loading ? status : "";
  const hidden = selected ? (isFreeText(selected) ? selected.id.slice(FREE_TEXT_ID.length) : selected.id) : "";
  const activeId = open && active >= 0 && active < options.length ? `${id}-opt-${active}` : undefined;
  const describedBy = [props.hint ? hintId : "", props.describedBy ?? ""].filter(Boolean).join(" ") || undefined;

  return (
    <div className={props.className} data-testid={props.testId} data-combobox="">
      <label htmlFor={id} className={props.labelClassName ?? "block text-sm font-medium"}>
        {props.label}
      </label>
      <div className="relative mt-1">
        <input
          ref={inputRef}
          id={id}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-invalid={props.invalid || undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          // biome-ignore lint/a11y/noAutofocus: only where a new block asks for it (the editor's "+ Thêm …")
          autoFocus={props.autoFocus}
          placeholder={props.placeholder}
          className={props.inputClassName ?? defaultInput}
          value={text}
          onChange={(e) => {
            const v = e.target.value;
            setText(v);
            setOpen(true);
            setActive(-1);
            setQuery(v.trim());
            search(v.trim());
          }}
          onClick={() => {
            if (!open) openList(textForQuery());
          }}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        {(text || selected) && (
          <button
            type="button"
            tabIndex={-1}
            aria-hidden="true"
            title="Bỏ chọn"
            className="absolute inset-y-0 right-8 my-auto h-7 w-7 rounded text-stone-500 hover:bg-stone-100 hover:text-stone-800"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              commit(null);
              inputRef.current?.focus();
            }}
          >
            ×
          </button>
        )}
        {/* Pointer helpers only: the input itself does all of this by keyboard (Escape, Alt+↓). */}
        <button
          type="button"
          tabIndex={-1}
          aria-hidden="true"
          title={open ? "Đóng danh sách" : "Mở danh sách"}
          className="absolute inset-y-0 right-1 my-auto h-7 w-7 rounded text-stone-500 hover:bg-stone-100 hover:text-stone-800"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            if (open) setOpen(false);
            else openList(textForQuery());
            inputRef.current?.focus();
          }}
        >
          ▾
        </button>
        <div
          className={`absolute z-30 mt-1 w-full rounded-md border border-stone-300 bg-white shadow-lg ${open ? "" : "hidden"}`}
        >
          <div
            ref={listRef}
            id={listId}
            role="listbox"
            // One name for every popup: the field's own label stays the only element it names.
            aria-label="Danh sách gợi ý"
            className="max-h-72 overflow-y-auto py-1"
          >
            {open &&
              options.map((o, i) => (
                // The input keeps focus and points at the active option (aria-activedescendant),
                // so options are neither focusable nor keyed: the input's keys drive them.
                // biome-ignore lint/a11y/useFocusableInteractive: see above
                // biome-ignore lint/a11y/useKeyWithClickEvents: see above
                <div
                  key={o.id}
                  id={`${id}-opt-${i}`}
                  role="option"
                  aria-selected={i === active}
                  data-index={i}
                  className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? "bg-brand text-white" : "text-stone-900 hover:bg-stone-100"}`}
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseMove={() => {
                    if (active !== i) setActive(i);
                  }}
                  onClick={() => commit(o)}
                >
                  <span className="block break-words">
                    {o.label}
                    {selected?.id === o.id && <span className="sr-only"> (đang chọn)</span>}
                  </span>
                  {o.detail && (
                    <span className={`block text-xs break-words ${i === active ? "text-white" : "text-stone-600"}`}>
                      {o.detail}
                    </span>
                  )}
                </div>
              ))}
          </div>
          <p aria-hidden="true" className="border-t border-stone-200 px-3 py-1.5 text-xs text-stone-600">
            {loading && page ? "Đang tìm…" : status}
          </p>
        </div>
      </div>
      {props.hint && (
        <p id={hintId} className="mt-1 text-xs text-stone-600">
          {props.hint}
        </p>
      )}
      {/* A bare polite live region (no role="status": a form's own status message stays the one status). */}
      <div id={statusId} aria-live="polite" aria-atomic="true" className="sr-only">
        {live}
      </div>
      {props.name !== undefined && <input type="hidden" name={props.name} value={hidden} />}
    </div>
  );
}

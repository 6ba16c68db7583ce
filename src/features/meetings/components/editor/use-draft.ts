"use client";

/**
 * The editor's draft: the working copy and its life cycle. Every change goes to the local copy
 * at once and to the server 1.5 s after the last keystroke (autosave); a stale save comes back
 * as a CONFLICT carrying the record as it is now, which is merged field by field (silently when
 * nothing clashes, otherwise the user chooses); an expired session, a lost connection or a
 * locked record stop the autosave until the user acts, without losing anything.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ActionState } from "@/server/action";
import { saveDraftAction } from "../../actions";
import type { MeetingDetail } from "../../dto";
import { clearLocalCopy, type LocalCopy, localCopyKey, readLocalCopy, writeLocalCopy } from "./local-copy";
import {
  applyMerge,
  type DraftKey,
  type DraftState,
  FIELD_LABELS,
  type MergePlan,
  planMerge,
  same,
  toDraft,
  toInput,
} from "./model";

export type SaveStatus =
  | "saved"
  | "dirty"
  | "saving"
  | "offline"
  | "expired"
  | "invalid"
  | "locked"
  | "conflict"
  | "error";

export interface Conflict {
  current: MeetingDetail;
  plan: MergePlan;
  theirs: DraftState;
}

export type MergeChoices = Partial<Record<DraftKey, "mine" | "theirs">>;

const AUTOSAVE_MS = 1500;
const RETRY_MS = 300;

export function useDraft(meeting: MeetingDetail, userId: string) {
  const storageKey = localCopyKey(meeting.id, userId);
  const serverDraft = useMemo(() => toDraft(meeting), [meeting]);

  const [draft, setDraft] = useState<DraftState>(serverDraft);
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [choices, setChoices] = useState<MergeChoices>({});
  const [restore, setRestore] = useState<LocalCopy | null>(null);

  const draftRef = useRef(draft);
  const baseRef = useRef<DraftState>(serverDraft);
  const versionRef = useRef(meeting.version);
  const savingRef = useRef(false);
  const againRef = useRef(false);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const blockedRef = useRef(false); // conflict or expired session: wait for the user

  const writeLocal = useCallback(
    (d: DraftState) =>
      writeLocalCopy(storageKey, {
        version: versionRef.current,
        savedAt: new Date().toISOString(),
        draft: d,
        base: baseRef.current,
      }),
    [storageKey],
  );
  const clearLocal = useCallback(() => clearLocalCopy(storageKey), [storageKey]);

  // A copy left on this machine that the server does not have: offer to restore it.
  useEffect(() => {
    const copy = readLocalCopy(storageKey);
    if (copy && !same(copy.draft, serverDraft)) setRestore(copy);
    else clearLocal();
  }, [storageKey, serverDraft, clearLocal]);

  /** Takes a merged or restored draft as the working copy, based on `base` at `version`. */
  const adopt = useCallback(
    (next: DraftState, base: DraftState, version: number) => {
      draftRef.current = next;
      baseRef.current = base;
      versionRef.current = version;
      setDraft(next);
      writeLocal(next);
    },
    [writeLocal],
  );

  const onConflict = useCallback(
    (current: MeetingDetail) => {
      const theirs = toDraft(current);
      const plan = planMerge(baseRef.current, draftRef.current, theirs);
      if (plan.conflicts.length > 0) {
        blockedRef.current = true;
        setChoices({});
        setConflict({ current, plan, theirs });
        setStatus("conflict");
        return;
      }
      // Nothing clashes: take their changes, keep mine, and save on top of their version.
      adopt(applyMerge(draftRef.current, theirs, plan, {}), theirs, current.version);
      setMessage(
        plan.theirs.length
          ? `Đã hợp nhất thay đổi của người khác ở: ${plan.theirs.map((k) => FIELD_LABELS[k]).join(", ")}.`
          : null,
      );
      againRef.current = true;
      setStatus("dirty");
    },
    [adopt],
  );

  const onSaved = useCallback(
    (saved: MeetingDetail, snapshot: DraftState) => {
      versionRef.current = saved.version;
      baseRef.current = toDraft(saved);
      setFieldErrors({});
      setMessage(null);
      setSavedAt(new Date());
      const stillDirty = !same(draftRef.current, snapshot);
      setStatus(stillDirty ? "dirty" : "saved");
      if (stillDirty) {
        writeLocal(draftRef.current);
        againRef.current = true;
      } else clearLocal();
    },
    [writeLocal, clearLocal],
  );

  const onError = useCallback(
    (result: Extract<ActionState<MeetingDetail>, { status: "error" }>) => {
      if (result.code === "CONFLICT" && result.current) onConflict(result.current as MeetingDetail);
      else if (result.code === "UNAUTHENTICATED") {
        blockedRef.current = true;
        setStatus("expired");
      } else if (result.code === "VALIDATION") {
        setFieldErrors(result.fieldErrors ?? {});
        setStatus("invalid");
      } else if (result.code === "MINUTES_LOCKED") {
        blockedRef.current = true;
        setStatus("locked");
      } else {
        setMessage(result.message);
        setStatus("error");
      }
    },
    [onConflict],
  );

  const save = useCallback(async () => {
    if (blockedRef.current) return;
    if (savingRef.current) {
      againRef.current = true;
      return;
    }
    if (typeof navigator !== "undefined" && !navigator.onLine) {
      setStatus("offline");
      return;
    }
    const snapshot = draftRef.current;
    savingRef.current = true;
    setStatus("saving");
    try {
      const result = await saveDraftAction(meeting.id, toInput(snapshot, versionRef.current));
      if (result.status === "ok" && result.data) onSaved(result.data, snapshot);
      else if (result.status === "error") onError(result);
    } catch {
      setStatus("offline");
    } finally {
      savingRef.current = false;
      if (againRef.current && !blockedRef.current) {
        againRef.current = false;
        if (timerRef.current) clearTimeout(timerRef.current);
        timerRef.current = setTimeout(() => void save(), RETRY_MS);
      }
    }
  }, [meeting.id, onSaved, onError]);

  /** Every edit of the form goes through here. */
  const update = useCallback(
    (fn: (d: DraftState) => DraftState) => {
      const next = fn(draftRef.current);
      draftRef.current = next;
      setDraft(next);
      writeLocal(next);
      setStatus((s) => (s === "expired" || s === "conflict" || s === "locked" ? s : "dirty"));
      if (timerRef.current) clearTimeout(timerRef.current);
      timerRef.current = setTimeout(() => void save(), AUTOSAVE_MS);
    },
    [save, writeLocal],
  );

  const set = useCallback(
    <K extends DraftKey>(key: K, value: DraftState[K]) => update((d) => ({ ...d, [key]: value })),
    [update],
  );

  useEffect(() => {
    const online = () => {
      if (!same(draftRef.current, baseRef.current) || status === "offline") void save();
    };
    const offline = () => setStatus("offline");
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!same(draftRef.current, baseRef.current)) e.preventDefault();
    };
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      window.removeEventListener("beforeunload", beforeUnload);
    };
  }, [save, status]);

  useEffect(
    () => () => {
      if (timerRef.current) clearTimeout(timerRef.current);
    },
    [],
  );

  /** Saves the merged draft the user put together in the merge panel. */
  const resolveConflict = useCallback(() => {
    if (!conflict) return;
    adopt(
      applyMerge(draftRef.current, conflict.theirs, conflict.plan, choices),
      conflict.theirs,
      conflict.current.version,
    );
    blockedRef.current = false;
    setConflict(null);
    setMessage("Đã hợp nhất hai bản; đang lưu…");
    void save();
  }, [adopt, conflict, choices, save]);

  const restoreLocal = useCallback(() => {
    if (!restore) return;
    adopt(restore.draft, restore.base, restore.version);
    setRestore(null);
    setStatus("dirty");
    void save();
  }, [adopt, restore, save]);

  const dismissRestore = useCallback(() => {
    clearLocal();
    setRestore(null);
  }, [clearLocal]);

  /** "Lưu lại ngay": the user lifts a stop (after signing in again, back online…) and saves. */
  const retry = useCallback(() => {
    blockedRef.current = false;
    void save();
  }, [save]);

  /** Saves what is pending; true when the server has everything the form shows. */
  const flush = useCallback(async () => {
    if (!same(draftRef.current, baseRef.current)) await save();
    return same(draftRef.current, baseRef.current);
  }, [save]);

  return {
    draft,
    update,
    set,
    status,
    savedAt,
    message,
    fieldErrors,
    conflict,
    choices,
    setChoices,
    resolveConflict,
    restore,
    restoreLocal,
    dismissRestore,
    save,
    retry,
    flush,
    clearLocal,
    /** The server version the working copy is based on (for approval). */
    version: () => versionRef.current,
  };
}

export type Draft = ReturnType<typeof useDraft>;

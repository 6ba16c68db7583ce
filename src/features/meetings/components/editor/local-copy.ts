/**
 * The copy of a draft kept in this browser (localStorage) until the server has it: every
 * keystroke is written here first, so a lost connection, an expired session or a closed tab
 * loses nothing. One key per record and account.
 */
import type { DraftState } from "./model";

export interface LocalCopy {
  /** The server version the edits started from. */
  version: number;
  savedAt: string;
  draft: DraftState;
  /** What the server had when the edits started (the base of a three-way merge). */
  base: DraftState;
}

export function localCopyKey(meetingId: string, userId: string): string {
  return `sbb:draft:${meetingId}:${userId}`;
}

export function writeLocalCopy(key: string, copy: LocalCopy): void {
  try {
    localStorage.setItem(key, JSON.stringify(copy));
  } catch {
    /* storage full or disabled: the server copy still works */
  }
}

export function readLocalCopy(key: string): LocalCopy | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const copy = JSON.parse(raw) as LocalCopy;
    return copy?.draft ? copy : null;
  } catch {
    return null;
  }
}

export function clearLocalCopy(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* ignore */
  }
}

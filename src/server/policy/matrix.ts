/**
 * THE authorization matrix: action × role → scope. Data, not code.
 *
 * Scopes, relative to the unit a role is granted on:
 *   none               never
 *   own                that unit only
 *   subtree            that unit and every unit below it
 *   own-and-ancestors  that unit and every unit above it (members read their đảng bộ's records)
 *   all                everywhere (shared registries such as directives)
 *
 * Anything not listed here is denied (see policy.ts).
 */
import type { Role } from "@/lib/enums";

export type Scope = "none" | "own" | "subtree" | "own-and-ancestors" | "all";

export const ACTIONS = [
  "meeting.read", // approved records
  "meeting.readDraft", // drafts, before the meeting adopts them
  "meeting.create",
  "meeting.update",
  "meeting.delete", // drafts only (approved records are never deleted)
  "meeting.approve",
  "meeting.amend",
  "meeting.history",
  "meeting.export",
  "bulletin.manage",
  "archive.search",
  "unit.read",
  "unit.manage",
  "member.read",
  "member.manage",
  "account.manage",
  "audit.read",
  "directive.read",
  "directive.manage",
  "task.read",
  "task.update",
  "apiToken.manage",
  "overview.read",
] as const;

export type Action = (typeof ACTIONS)[number];

export const MATRIX = {
  "meeting.read": { ADMIN: "subtree", SECRETARY: "own-and-ancestors", MEMBER: "own-and-ancestors" },
  "meeting.readDraft": { ADMIN: "subtree", SECRETARY: "own", MEMBER: "none" },
  "meeting.create": { ADMIN: "subtree", SECRETARY: "own", MEMBER: "none" },
  "meeting.update": { ADMIN: "subtree", SECRETARY: "own", MEMBER: "none" },
  "meeting.delete": { ADMIN: "subtree", SECRETARY: "own", MEMBER: "none" },
  "meeting.approve": { ADMIN: "subtree", SECRETARY: "own", MEMBER: "none" },
  "meeting.amend": { ADMIN: "subtree", SECRETARY: "own", MEMBER: "none" },
  "meeting.history": { ADMIN: "subtree", SECRETARY: "own", MEMBER: "none" },
  "meeting.export": { ADMIN: "subtree", SECRETARY: "own-and-ancestors", MEMBER: "own-and-ancestors" },
  "bulletin.manage": { ADMIN: "subtree", SECRETARY: "own", MEMBER: "none" },
  "archive.search": { ADMIN: "subtree", SECRETARY: "own-and-ancestors", MEMBER: "own-and-ancestors" },
  "unit.read": { ADMIN: "subtree", SECRETARY: "own-and-ancestors", MEMBER: "own-and-ancestors" },
  "unit.manage": { ADMIN: "subtree", SECRETARY: "none", MEMBER: "none" },
  "member.read": { ADMIN: "subtree", SECRETARY: "own", MEMBER: "own" },
  "member.manage": { ADMIN: "subtree", SECRETARY: "none", MEMBER: "none" },
  "account.manage": { ADMIN: "subtree", SECRETARY: "none", MEMBER: "none" },
  "audit.read": { ADMIN: "subtree", SECRETARY: "none", MEMBER: "none" },
  "directive.read": { ADMIN: "all", SECRETARY: "all", MEMBER: "all" },
  "directive.manage": { ADMIN: "all", SECRETARY: "none", MEMBER: "none" },
  "task.read": { ADMIN: "subtree", SECRETARY: "own", MEMBER: "own" },
  "task.update": { ADMIN: "subtree", SECRETARY: "own", MEMBER: "none" },
  "apiToken.manage": { ADMIN: "subtree", SECRETARY: "none", MEMBER: "none" },
  "overview.read": { ADMIN: "subtree", SECRETARY: "none", MEMBER: "none" },
} as const satisfies Record<Action, Record<Role, Scope>>;

import type { Role } from "@/lib/enums";

/** Account views and the results of the account commands, as pages and forms receive them. */

export interface CreatedAccount {
  id: string;
  username: string;
  /** Set only when the server generated the password: shown once, never stored in clear. */
  generatedPassword: string | null;
}

export interface AccountState {
  id: string;
  disabled: boolean;
}

export interface PasswordResult {
  id: string;
  generatedPassword: string | null;
}

export interface AccountGrant {
  id: string;
  role: Role;
  unit: { id: string; name: string };
  /** May this actor revoke it (its unit in scope; an ADMIN grant only of an account wholly in scope)? */
  manageable: boolean;
}

export interface AccountListItem {
  id: string;
  username: string;
  displayName: string;
  member: { id: string; name: string; unitName: string } | null;
  grants: AccountGrant[];
  disabled: boolean;
  disabledAt: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  /** Every right of the account lies in the actor's scope (disable, enable, reset password). */
  manageable: boolean;
  /** The actor's own account. */
  self: boolean;
}

export interface AccountDetail extends AccountListItem {
  /** Never signed in, never wrote anything, wholly in scope, not the actor's own: may be deleted. */
  deletable: boolean;
}

/** Results of the account commands, as the forms receive them. */

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

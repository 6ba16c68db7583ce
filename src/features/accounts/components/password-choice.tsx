"use client";

import { useState } from "react";
import { MIN_PASSWORD_LENGTH } from "../schema";
import { FieldError, inputClass } from "./form-bits";

/** "Tạo mật khẩu tự động" (checked by default) or a password typed by the admin. */
export function PasswordChoice({ idPrefix, error }: { idPrefix: string; error?: string }) {
  const [generate, setGenerate] = useState(true);
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Mật khẩu</legend>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="generatePassword"
          checked={generate}
          onChange={(e) => setGenerate(e.target.checked)}
          className="h-4 w-4"
        />
        Tạo mật khẩu tự động (hiển thị một lần)
      </label>
      {!generate && (
        <div>
          <label htmlFor={`${idPrefix}-password`} className="block text-sm">
            Mật khẩu ban đầu (ít nhất {MIN_PASSWORD_LENGTH} ký tự)
          </label>
          <input
            id={`${idPrefix}-password`}
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={MIN_PASSWORD_LENGTH}
            className={inputClass}
            aria-invalid={!!error}
            aria-describedby={error ? `${idPrefix}-password-error` : undefined}
          />
        </div>
      )}
      <FieldError id={`${idPrefix}-password-error`} message={error} />
    </fieldset>
  );
}

"use client";

/**
 * The header: on wide screens the navigation, the user and the account links sit in one bar that
 * wraps; below the `md` breakpoint they fold into one panel behind a "Menu" button (a disclosure:
 * `aria-expanded` + `aria-controls`). Escape closes the panel and returns focus to the button;
 * following a link closes it. One navigation element serves both, so it has one name.
 */
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { SignOutButton } from "./sign-out-button";

const panelClass =
  "w-full flex-col gap-3 border-t border-white/25 pt-3 md:flex md:w-auto md:flex-1 md:flex-row md:flex-wrap md:items-center md:border-0 md:pt-0";

export interface NavItem {
  href: string;
  label: string;
}

function isCurrent(pathname: string, href: string): boolean {
  if (href === "/")
    return pathname === "/" || (pathname.startsWith("/meetings/") && !pathname.startsWith("/meetings/new"));
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function AppHeader({ userName, roles, nav }: { userName: string; roles: string[]; nav: NavItem[] }) {
  const pathname = usePathname() ?? "/";
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  // A followed link closes the panel.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => setOpen(false), [pathname]);

  // Escape anywhere closes the open panel and gives focus back to the button.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  return (
    <header className="bg-brand text-white shadow">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-serif text-xl font-bold">
          Sổ Biên Bản
        </Link>
        <button
          ref={button}
          type="button"
          className="ml-auto inline-flex items-center gap-2 rounded-md border border-white/40 px-3 py-1.5 text-sm md:hidden"
          aria-expanded={open}
          aria-controls="app-menu"
          onClick={() => setOpen((o) => !o)}
        >
          <span aria-hidden="true" className="text-base leading-none">
            {open ? "✕" : "☰"}
          </span>
          Menu
        </button>
        <div id="app-menu" data-testid="app-menu" className={`${open ? "flex" : "hidden"} ${panelClass}`}>
          <nav aria-label="Điều hướng chính" className="md:flex-1">
            <ul className="flex flex-col gap-1 text-sm md:flex-row md:flex-wrap">
              {nav.map((item) => {
                const current = isCurrent(pathname, item.href);
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      aria-current={current ? "page" : undefined}
                      className={`block rounded-md px-3 py-2 whitespace-nowrap hover:bg-white/15 md:py-1.5 ${current ? "bg-white/20" : ""}`}
                    >
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="flex flex-wrap items-center gap-3 border-t border-white/25 pt-3 text-sm md:border-0 md:pt-0">
            <span data-testid="current-user" className="w-full md:w-auto">
              <span className="font-semibold">{userName}</span>
              {roles.length > 0 && (
                <span className="ml-2 rounded bg-white/20 px-2 py-0.5 text-xs">{roles.join(", ")}</span>
              )}
            </span>
            <Link href="/account/password" className="rounded-md px-2 py-1.5 whitespace-nowrap hover:bg-white/15">
              Đổi mật khẩu
            </Link>
            <SignOutButton />
          </div>
        </div>
      </div>
    </header>
  );
}

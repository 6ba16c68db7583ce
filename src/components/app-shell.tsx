import Link from "next/link";
import { SignOutButton } from "./sign-out-button";

export interface NavItem {
  href: string;
  label: string;
}

export function AppShell({
  userName,
  roles,
  nav,
  children,
}: {
  userName: string;
  roles: string[];
  nav: NavItem[];
  children: React.ReactNode;
}) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="bg-brand text-white shadow">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="font-serif text-xl font-bold">
            Sổ Biên Bản
          </Link>
          <nav aria-label="Điều hướng chính" className="order-3 w-full overflow-x-auto sm:order-none sm:w-auto">
            <ul className="flex gap-1 text-sm">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="block rounded-md px-3 py-1.5 whitespace-nowrap hover:bg-white/15">
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span className="hidden sm:inline" data-testid="current-user">
              {userName}
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
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-stone-200 py-4 text-center text-xs text-stone-500">
        Sổ Biên Bản · biên bản sinh hoạt Đảng theo Hướng dẫn 36-HD/VPTW và 12-HD/BTCTW
      </footer>
    </div>
  );
}

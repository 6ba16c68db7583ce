import { AppHeader, type NavItem } from "./app-header";

export type { NavItem } from "./app-header";

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
      <AppHeader userName={userName} roles={roles} nav={nav} />
      <main id="main" className="mx-auto w-full max-w-6xl min-w-0 flex-1 px-4 py-6">
        {children}
      </main>
      <footer className="border-t border-stone-200 px-4 py-4 text-center text-xs text-stone-600">
        Sổ Biên Bản · biên bản sinh hoạt Đảng theo Hướng dẫn 36-HD/VPTW và 12-HD/BTCTW
      </footer>
    </div>
  );
}

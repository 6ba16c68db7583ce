import { requireActor } from "@/server/auth";
import { canAnywhere, rolesOf } from "@/server/policy/policy";
import { roleLabels } from "@/lib/vi/labels";
import { AppShell, type NavItem } from "@/components/app-shell";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const nav: NavItem[] = [];
  if (canAnywhere(actor, "meeting.read")) nav.push({ href: "/", label: "Biên bản" });
  if (canAnywhere(actor, "meeting.create")) nav.push({ href: "/meetings/new", label: "Soạn biên bản" });
  if (canAnywhere(actor, "unit.read")) nav.push({ href: "/units", label: "Tổ chức Đảng" });
  if (canAnywhere(actor, "member.read")) nav.push({ href: "/members", label: "Đảng viên" });
  return (
    <AppShell userName={actor.displayName} roles={[...rolesOf(actor)].map((r) => roleLabels[r])} nav={nav}>
      {children}
    </AppShell>
  );
}

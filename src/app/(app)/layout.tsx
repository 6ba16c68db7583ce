import { requireActor } from "@/server/auth";
import { canAnywhere, rolesOf } from "@/server/policy/policy";
import { roleLabels } from "@/lib/vi/labels";
import { AppShell, type NavItem } from "@/components/app-shell";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  // Navigation by role, from the same policy that guards every page and command.
  const nav: NavItem[] = [];
  if (canAnywhere(actor, "meeting.read")) nav.push({ href: "/", label: "Biên bản" });
  if (canAnywhere(actor, "archive.search")) nav.push({ href: "/archive", label: "Tra cứu" });
  if (canAnywhere(actor, "meeting.create")) nav.push({ href: "/meetings/new", label: "Soạn biên bản" });
  if (canAnywhere(actor, "directive.read")) nav.push({ href: "/directives", label: "Văn bản" });
  if (canAnywhere(actor, "task.read")) nav.push({ href: "/tasks", label: "Việc của tôi" });
  if (canAnywhere(actor, "overview.read")) nav.push({ href: "/overview", label: "Tổng quan" });
  if (canAnywhere(actor, "unit.read")) nav.push({ href: "/units", label: "Tổ chức Đảng" });
  if (canAnywhere(actor, "member.read")) nav.push({ href: "/members", label: "Đảng viên" });
  if (canAnywhere(actor, "account.manage")) nav.push({ href: "/admin/accounts", label: "Tài khoản" });
  if (canAnywhere(actor, "audit.read")) nav.push({ href: "/admin/audit", label: "Nhật ký" });
  if (canAnywhere(actor, "apiToken.manage") && !actor.tokenId) nav.push({ href: "/api-tokens", label: "API" });
  return (
    <AppShell userName={actor.displayName} roles={[...rolesOf(actor)].map((r) => roleLabels[r])} nav={nav}>
      {children}
    </AppShell>
  );
}

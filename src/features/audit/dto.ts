/** Audit log views, as pages receive them. */

export interface AuditItem {
  id: string;
  at: string;
  actor: { id: string; name: string } | null;
  action: string;
  actionLabel: string;
  entity: { type: string; typeLabel: string; id: string | null; label: string | null; href: string | null };
  unit: { id: string; name: string } | null;
  details: Array<{ label: string; value: string }>;
}

export interface AuditPage {
  items: AuditItem[];
  total: number;
  page: number;
  pageSize: number;
}

import Link from "next/link";

/**
 * Previous / next links that keep the other query parameters. A page with several paged lists
 * gives each its own `param` and `label` (the name of its navigation landmark).
 */
export function Pagination({
  page,
  pageSize,
  total,
  basePath,
  params,
  param = "page",
  label = "Phân trang",
  capped = false,
}: {
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  params?: Record<string, string | undefined>;
  param?: string;
  label?: string;
  /** The total stopped counting at a cap: a full page may have a next one, and the last page is unknown. */
  capped?: boolean;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const hasNext = page < pages || capped;
  if (pages <= 1 && !hasNext) return null;
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params ?? {})) if (v) q.set(k, v);
    q.set(param, String(p));
    return `${basePath}?${q}`;
  };
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="rounded border px-3 py-1.5 hover:bg-stone-100">
          ← Trang trước
        </Link>
      ) : (
        <span />
      )}
      <span>
        Trang {page}
        {capped ? "" : ` / ${pages}`}
      </span>
      {hasNext ? (
        <Link href={href(page + 1)} className="rounded border px-3 py-1.5 hover:bg-stone-100">
          Trang sau →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

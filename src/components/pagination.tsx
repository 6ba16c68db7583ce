import Link from "next/link";

/** Previous / next links that keep the other query parameters. */
export function Pagination({
  page,
  pageSize,
  total,
  basePath,
  params,
}: {
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  params?: Record<string, string | undefined>;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params ?? {})) if (v) q.set(k, v);
    q.set("page", String(p));
    return `${basePath}?${q}`;
  };
  return (
    <nav aria-label="Phân trang" className="mt-4 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="rounded border px-3 py-1.5 hover:bg-stone-100">
          ← Trang trước
        </Link>
      ) : (
        <span />
      )}
      <span>
        Trang {page} / {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className="rounded border px-3 py-1.5 hover:bg-stone-100">
          Trang sau →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

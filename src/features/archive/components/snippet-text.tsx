import { snippetParts } from "@/lib/search/snippet";

/** A search snippet with its matched words marked (offsets from the server, no HTML). */
export function SnippetText({ text, highlights }: { text: string; highlights: Array<[number, number]> }) {
  if (!text) return null;
  return (
    <p className="mt-1 text-sm text-stone-700" data-testid="snippet">
      {snippetParts({ text, highlights }).map((p, i) =>
        p.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one snippet, in text order
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-stone-900">
            {p.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one snippet, in text order
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}

/**
 * The print page's rendering of the biên bản: HTML + A4 `@page` CSS. Reads ONLY the document
 * model (a server component without state). The font is Tinos, loaded by the root layout as
 * the CSS variable --font-tinos.
 */
import type { CSSProperties, ReactNode } from "react";
import type { Block, HeaderText, MinutesDocModel, Run, SignatureBlock } from "./minutes-model";
import { VerificationPrint } from "@/features/verification";

const FONT = `var(--font-tinos), "Tinos", "Times New Roman", Times, serif`;

function css(model: MinutesDocModel): string {
  const { margins, pageNumbers } = model.page;
  return `
@page { size: A4; margin: ${margins.top}mm ${margins.right}mm ${margins.bottom}mm ${margins.left}mm;
  @top-center { content: counter(page); font-family: ${FONT}; font-size: ${pageNumbers.sizePt}pt; vertical-align: middle; } }
@page :first { @top-center { content: none; } }
.sbb-screen { background: #e7e5e4; padding: 24px 0 48px; min-height: 100vh; }
.sbb-sheet { box-sizing: border-box; width: ${model.page.widthMm}mm; min-height: ${model.page.heightMm}mm; margin: 0 auto; background: #fff; color: #000;
  padding: ${margins.top}mm ${margins.right}mm ${margins.bottom}mm ${margins.left}mm; box-shadow: 0 1px 6px rgba(0,0,0,.25);
  font-family: ${FONT}; font-size: ${model.font.bodySizePt}pt; line-height: ${model.font.lineHeight}; font-kerning: normal; hyphens: manual; }
.sbb-sheet p { margin: 0; }
.sbb-head { display: flex; align-items: flex-start; }
.sbb-col { display: flex; flex-direction: column; align-items: center; text-align: center; line-height: 1.15; }
.sbb-rule { border: 0; border-top: ${model.header.headingRule.thicknessPt}pt solid #000; width: ${model.header.headingRule.widthMm}mm; margin: 1pt 0 0; }
.sbb-keep-next { break-after: avoid; page-break-after: avoid; }
.sbb-keep { break-inside: avoid; page-break-inside: avoid; }
.sbb-signatures { display: flex; margin-top: 6pt; }
.sbb-signatures > div { width: 50%; text-align: center; }
@media print {
  html, body { background: #fff !important; }
  .sbb-screen { background: none; padding: 0; min-height: 0; }
  .sbb-sheet { width: auto; min-height: 0; padding: 0; margin: 0; box-shadow: none; }
  .sbb-noprint { display: none !important; }
}`;
}

function headerStyle(h: HeaderText): CSSProperties {
  return { fontSize: `${h.sizePt}pt`, fontWeight: h.bold ? 700 : 400, fontStyle: h.italic ? "italic" : "normal" };
}

function HeaderLines({ h, style }: { h: HeaderText; style?: CSSProperties }) {
  return (
    <p style={{ ...headerStyle(h), ...style }}>
      {h.lines.map((line, i) => (
        <span key={i}>
          {i > 0 && <br />}
          {line}
        </span>
      ))}
    </p>
  );
}

function runStyle(r: Run): CSSProperties {
  return {
    fontWeight: r.bold ? 700 : 400,
    fontStyle: r.italic ? "italic" : "normal",
    textDecoration: r.amended ? "underline" : "none",
  };
}

function BodyBlock({ b }: { b: Block }) {
  const style: CSSProperties = {
    fontSize: `${b.sizePt}pt`,
    textAlign: b.align,
    textIndent: `${b.firstLineIndentMm}mm`,
    marginLeft: `${b.leftIndentMm}mm`,
    marginTop: `${b.spaceBeforePt}pt`,
    marginBottom: `${b.spaceAfterPt}pt`,
  };
  const Tag = b.role === "heading" ? "h2" : b.role === "subheading" ? "h3" : "p";
  return (
    <Tag
      className={b.keepWithNext ? "sbb-keep-next" : undefined}
      style={{ ...style, fontWeight: 400 }}
      data-role={b.role}
    >
      {b.runs.map((r, i) =>
        r.amended ? (
          <ins key={i} data-amended="" style={runStyle(r)}>
            {r.text}
          </ins>
        ) : r.bold || r.italic ? (
          <span key={i} style={runStyle(r)}>
            {r.text}
          </span>
        ) : (
          <span key={i}>{r.text}</span>
        ),
      )}
    </Tag>
  );
}

function Signature({ s }: { s: SignatureBlock }) {
  return (
    <div>
      <p style={{ fontSize: `${s.sizePt}pt`, fontWeight: 700 }}>{s.title}</p>
      <div style={{ height: `${s.signSpaceMm}mm` }} />
      <p style={{ fontSize: `${s.sizePt}pt`, fontWeight: 700 }}>{s.name || "\u00a0"}</p>
    </div>
  );
}

/** The section "ĐÍNH CHÍNH" after the signatures (nothing when the record was never amended). */
function Corrections({ blocks }: { blocks: Block[] }) {
  if (blocks.length === 0) return null;
  return (
    <section data-testid="corrections" aria-label="Đính chính">
      {blocks.map((b, i) => (
        <BodyBlock key={i} b={b} />
      ))}
    </section>
  );
}

/** `toolbar` is shown above the sheet on screen (mark it `sbb-noprint` to hide it in print). */
export function MinutesPrintView({ model, toolbar }: { model: MinutesDocModel; toolbar?: ReactNode }) {
  const h = model.header;
  let tail = model.body.length;
  while (tail > 0 && model.body[tail - 1].keepWithNext) tail--;
  return (
    <div className="sbb-screen">
      <style>{css(model)}</style>
      {toolbar}
      <article className="sbb-sheet" lang="vi" aria-label={model.meta.title}>
        <header className="sbb-head">
          <div className="sbb-col" style={{ width: `${h.leftWidthPct}%` }}>
            {h.superior && <HeaderLines h={h.superior} />}
            <HeaderLines h={h.issuer} />
            <HeaderLines h={h.star} />
            <HeaderLines h={h.number} />
          </div>
          <div className="sbb-col" style={{ width: `${100 - h.leftWidthPct}%` }}>
            <HeaderLines h={h.heading} />
            <hr className="sbb-rule" />
            <HeaderLines h={h.placeDate} style={{ marginTop: "8pt" }} />
          </div>
        </header>
        {model.draftMark && <HeaderLines h={model.draftMark} style={{ textAlign: "center", marginTop: "12pt" }} />}
        <h1 style={{ ...headerStyle(model.title.type), textAlign: "center", margin: "18pt 0 0", lineHeight: 1.15 }}>
          {model.title.type.text}
        </h1>
        <p style={{ ...headerStyle(model.title.summary), textAlign: "center", marginBottom: "12pt" }}>
          {model.title.summary.text}
        </p>
        {model.body.slice(0, tail).map((b, i) => (
          <BodyBlock key={i} b={b} />
        ))}
        <div className="sbb-keep">
          {model.body.slice(tail).map((b, i) => (
            <BodyBlock key={i} b={b} />
          ))}
          <div className="sbb-signatures">
            <Signature s={model.signatures.left} />
            <Signature s={model.signatures.right} />
          </div>
        </div>
        <Corrections blocks={model.corrections} />
        <VerificationPrint mark={model.verification} />
      </article>
    </div>
  );
}

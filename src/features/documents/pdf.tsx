/**
 * PDF renderer of the biên bản (@react-pdf/renderer). Reads ONLY the document model. Tinos is
 * registered by absolute path and embedded (subset) in the file; words are never hyphenated.
 * No "server-only": the benchmark script imports it.
 */
import { Document, Font, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { Style } from "@react-pdf/types";
import type { Block, HeaderText, MinutesDocModel, SignatureBlock } from "./minutes-model";
import { tinosPaths } from "./fonts";
import { VerificationPdf } from "@/features/verification";

const FAMILY = "Tinos";
let registered = false;

function registerFonts() {
  if (registered) return;
  const f = tinosPaths();
  Font.register({
    family: FAMILY,
    fonts: [
      { src: f.regular, fontWeight: 400, fontStyle: "normal" },
      { src: f.italic, fontWeight: 400, fontStyle: "italic" },
      { src: f.bold, fontWeight: 700, fontStyle: "normal" },
      { src: f.boldItalic, fontWeight: 700, fontStyle: "italic" },
    ],
  });
  // Vietnamese syllables must never be split.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

/** Millimetres to PDF points. */
const mm = (v: number) => (v * 72) / 25.4;

const styles = StyleSheet.create({
  row: { flexDirection: "row" },
  column: { flexDirection: "column", alignItems: "center" },
  centre: { textAlign: "center" },
});

function face(bold?: boolean, italic?: boolean): Style {
  return { fontFamily: FAMILY, fontWeight: bold ? 700 : 400, fontStyle: italic ? "italic" : "normal" };
}

function HeaderLines({ h, style }: { h: HeaderText; style?: Style }) {
  return (
    <View style={[styles.column, style ?? {}]}>
      {h.lines.map((line, i) => (
        <Text key={i} style={[styles.centre, face(h.bold, h.italic), { fontSize: h.sizePt, lineHeight: 1.15 }]}>
          {line}
        </Text>
      ))}
    </View>
  );
}

function BodyBlock({ b, lineHeight }: { b: Block; lineHeight: number }) {
  return (
    <Text
      minPresenceAhead={b.keepWithNext ? 40 : undefined}
      style={{
        ...face(),
        fontSize: b.sizePt,
        lineHeight,
        textAlign: b.align,
        textIndent: mm(b.firstLineIndentMm),
        marginLeft: mm(b.leftIndentMm),
        marginTop: b.spaceBeforePt,
        marginBottom: b.spaceAfterPt,
      }}
    >
      {b.runs.map((r, i) => (
        // textkit reads the first-line indent from the first run, which does not inherit it
        <Text
          key={i}
          style={{
            ...face(r.bold, r.italic),
            textIndent: i === 0 ? mm(b.firstLineIndentMm) : 0,
            ...(r.amended ? { textDecoration: "underline" as const } : {}),
          }}
        >
          {r.text}
        </Text>
      ))}
    </Text>
  );
}

function Signature({ s }: { s: SignatureBlock }) {
  return (
    <View style={[styles.column, { width: "50%" }]}>
      <Text style={[styles.centre, face(true), { fontSize: s.sizePt }]}>{s.title}</Text>
      <View style={{ height: mm(s.signSpaceMm) }} />
      <Text style={[styles.centre, face(true), { fontSize: s.sizePt }]}>{s.name || " "}</Text>
    </View>
  );
}

export function MinutesPdfDocument({ model }: { model: MinutesDocModel }) {
  const { margins } = model.page;
  const h = model.header;
  const pn = model.page.pageNumbers;
  // The trailing blocks kept with the signatures.
  let tail = model.body.length;
  while (tail > 0 && model.body[tail - 1].keepWithNext) tail--;
  return (
    <Document title={model.meta.title} author="Sổ Biên Bản" creator="Sổ Biên Bản" producer="Sổ Biên Bản" language="vi">
      <Page
        size="A4"
        style={{
          ...face(),
          fontSize: model.font.bodySizePt,
          paddingTop: mm(margins.top),
          paddingBottom: mm(margins.bottom),
          paddingLeft: mm(margins.left),
          paddingRight: mm(margins.right),
        }}
      >
        <Text
          fixed
          style={{
            position: "absolute",
            top: mm(pn.topMm),
            left: mm(margins.left),
            right: mm(margins.right),
            textAlign: "center",
            fontSize: pn.sizePt,
            ...face(),
          }}
          render={({ pageNumber }) => (pageNumber >= pn.fromPage ? String(pageNumber) : "")}
        />
        <View style={styles.row} wrap={false}>
          <View style={[styles.column, { width: `${h.leftWidthPct}%` }]}>
            {h.superior && <HeaderLines h={h.superior} />}
            <HeaderLines h={h.issuer} />
            <HeaderLines h={h.star} />
            <HeaderLines h={h.number} />
          </View>
          <View style={[styles.column, { width: `${100 - h.leftWidthPct}%` }]}>
            <HeaderLines h={h.heading} />
            <View
              style={{
                width: mm(h.headingRule.widthMm),
                borderBottomWidth: h.headingRule.thicknessPt,
                borderBottomColor: "#000",
                borderBottomStyle: "solid",
                marginTop: 1,
              }}
            />
            <HeaderLines h={h.placeDate} style={{ marginTop: 8 }} />
          </View>
        </View>
        {model.draftMark && <HeaderLines h={model.draftMark} style={{ marginTop: 12 }} />}
        <HeaderLines h={model.title.type} style={{ marginTop: 18 }} />
        <Text
          style={[
            styles.centre,
            face(model.title.summary.bold),
            { fontSize: model.title.summary.sizePt, lineHeight: model.font.lineHeight, marginBottom: 12 },
          ]}
        >
          {model.title.summary.text}
        </Text>
        {model.body.slice(0, tail).map((b, i) => (
          <BodyBlock key={i} b={b} lineHeight={model.font.lineHeight} />
        ))}
        {/* the closing lines and the signatures move to the next page together */}
        <View wrap={false}>
          {model.body.slice(tail).map((b, i) => (
            <BodyBlock key={i} b={b} lineHeight={model.font.lineHeight} />
          ))}
          <View style={[styles.row, { marginTop: 6 }]}>
            <Signature s={model.signatures.left} />
            <Signature s={model.signatures.right} />
          </View>
        </View>
        {/* the section "ĐÍNH CHÍNH" after the text as adopted and its signatures */}
        {model.corrections.map((b, i) => (
          <BodyBlock key={`c${i}`} b={b} lineHeight={model.font.lineHeight} />
        ))}
        <VerificationPdf mark={model.verification} fontFamily={FAMILY} />
      </Page>
    </Document>
  );
}

/** The biên bản as a PDF file with Tinos embedded. */
export async function renderMinutesPdf(model: MinutesDocModel): Promise<Buffer> {
  registerFonts();
  return renderToBuffer(<MinutesPdfDocument model={model} />);
}

import { Image, Text, View } from "@react-pdf/renderer";
import type { VerificationMark } from "../dto";

const mm = (v: number) => (v * 72) / 25.4;

/** The verification footer of the PDF: QR code (22 mm) beside the note, never split across pages. */
export function VerificationPdf({
  mark,
  fontFamily,
}: {
  mark: VerificationMark | null | undefined;
  fontFamily: string;
}) {
  if (!mark) return null;
  return (
    <View wrap={false} style={{ flexDirection: "row", alignItems: "center", marginTop: mm(10) }}>
      <Image src={mark.qrPng} style={{ width: mm(22), height: mm(22), marginRight: mm(4) }} />
      <Text style={{ flex: 1, fontFamily, fontStyle: "italic", fontSize: 10, lineHeight: 1.3, textAlign: "justify" }}>
        {mark.note}
      </Text>
    </View>
  );
}

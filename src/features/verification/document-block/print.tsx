import type { VerificationMark } from "../dto";

/** The verification footer of the print page: QR code beside the note, kept on one page. */
export function VerificationPrint({ mark }: { mark: VerificationMark | null | undefined }) {
  if (!mark) return null;
  return (
    <footer
      className="sbb-keep"
      data-testid="verification-mark"
      style={{
        display: "flex",
        gap: "4mm",
        alignItems: "center",
        marginTop: "10mm",
        fontSize: "10pt",
        lineHeight: 1.3,
      }}
    >
      <a href={mark.url} aria-label={`Mở trang xác thực mã ${mark.code}`} style={{ flex: "0 0 22mm" }}>
        <svg
          viewBox={`0 0 ${mark.qrPath.size} ${mark.qrPath.size}`}
          role="img"
          aria-label={`Mã QR mở trang xác thực mã ${mark.code}`}
          shapeRendering="crispEdges"
          style={{ display: "block", width: "22mm", height: "22mm" }}
        >
          <path d={mark.qrPath.d} fill="#000" />
        </svg>
      </a>
      <p style={{ margin: 0, fontStyle: "italic" }}>{mark.note}</p>
    </footer>
  );
}

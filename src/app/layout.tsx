import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import localFont from "next/font/local";
import "./globals.css";

// Tinos (Times New Roman metrics, full Vietnamese coverage) for records, so no glyph falls back.
const tinos = localFont({
  src: [
    {
      path: "../../node_modules/@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf",
      weight: "400",
      style: "normal",
    },
    {
      path: "../../node_modules/@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf",
      weight: "400",
      style: "italic",
    },
    { path: "../../node_modules/@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf", weight: "700", style: "normal" },
    {
      path: "../../node_modules/@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf",
      weight: "700",
      style: "italic",
    },
  ],
  variable: "--font-tinos",
  display: "swap",
});

export const metadata: Metadata = {
  title: { default: "Sổ Biên Bản", template: "%s · Sổ Biên Bản" },
  description: "Soạn thảo, thông qua, lưu trữ và tra cứu biên bản sinh hoạt của tổ chức Đảng",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so each gets the nonce of its Content-Security-Policy.
  await headers();
  return (
    <html lang="vi" className={tinos.variable}>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}

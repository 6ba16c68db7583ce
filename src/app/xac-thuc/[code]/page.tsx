import type { Metadata } from "next";
import { AboutCodes, CheckView, CodeForm } from "@/features/verification/components/check-view";
import { lookup } from "../lookup";

export const metadata: Metadata = { title: "Xác thực biên bản" };
export const dynamic = "force-dynamic";

/** The page a document's QR code opens: the answer for its code. */
export default async function VerifyCodePage({ params }: { params: Promise<{ code: string }> }) {
  const code = decodeURIComponent((await params).code).slice(0, 200);
  const answer = await lookup(code);
  return (
    <>
      <h1 className="text-2xl font-bold">Xác thực biên bản</h1>
      {"refused" in answer ? <p role="alert">{answer.refused}</p> : <CheckView check={answer.check} />}
      <CodeForm />
      <AboutCodes />
    </>
  );
}

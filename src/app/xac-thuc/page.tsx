import type { Metadata } from "next";
import { z } from "zod";
import { AboutCodes, CheckView, CodeForm } from "@/features/verification/components/check-view";
import { lookup } from "./lookup";

export const metadata: Metadata = { title: "Xác thực biên bản" };
export const dynamic = "force-dynamic";

const query = z.object({ ma: z.string().max(200).optional().catch(undefined) });

export default async function VerifyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { ma } = query.parse(await searchParams);
  const answer = ma?.trim() ? await lookup(ma) : null;
  return (
    <>
      <h1 className="text-2xl font-bold">Xác thực biên bản</h1>
      <AboutCodes />
      <CodeForm value={ma} />
      {answer && ("refused" in answer ? <p role="alert">{answer.refused}</p> : <CheckView check={answer.check} />)}
    </>
  );
}

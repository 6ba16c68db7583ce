import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { can } from "@/server/policy/policy";
import { getMeeting } from "@/features/meetings/data";
import { parseReading } from "@/features/documents/amendments";
import { minutesModelOf } from "@/features/documents/load";
import { parseMargins } from "@/features/documents/options";
import { MinutesPrintView } from "@/features/documents/print-view";
import { PrintToolbar } from "./print-toolbar";

export const metadata: Metadata = { title: "In biên bản", robots: { index: false } };

type Props = {
  params: Promise<{ meetingId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The biên bản on A4 for the browser's print dialog (same document model as DOCX and PDF). */
export default async function PrintMinutesPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const { meetingId } = await params;
  const meeting = await getMeeting(actor, meetingId);
  if (!meeting || !can(actor, "meeting.export", { unitId: meeting.unit.id, unitPath: meeting.unit.path })) notFound();
  const query = await searchParams;
  const margins = parseMargins(typeof query.margins === "string" ? query.margins : null);
  const reading = parseReading(typeof query.reading === "string" ? query.reading : null) ?? "adopted";
  const model = await minutesModelOf(actor, meeting, {
    margins: margins.ok ? (margins.margins ?? undefined) : undefined,
    reading,
  });
  return (
    <main>
      <MinutesPrintView
        model={model}
        toolbar={<PrintToolbar meetingId={meeting.id} reading={reading} amended={model.corrections.length > 0} />}
      />
    </main>
  );
}

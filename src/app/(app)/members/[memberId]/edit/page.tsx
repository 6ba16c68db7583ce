import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { getMember, managedUnits } from "@/features/members/data";
import { MemberForm } from "@/features/members/components/member-form";
import { StatusForm, TransferForm } from "@/features/members/components/member-history-forms";
import { MemberHistory } from "@/features/members/components/member-history";
import { memberStatusLabels } from "@/lib/vi/labels";

export const metadata: Metadata = { title: "Sửa thông tin đảng viên" };

export default async function EditMemberPage({
  params,
  searchParams,
}: {
  params: Promise<{ memberId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const actor = await requireActor();
  const { memberId } = await params;
  const member = await getMember(actor, memberId);
  // out of scope reads as missing; readable but not manageable has nothing to edit here
  if (!member?.canManage) notFound();
  const units = (await managedUnits(actor)).filter((u) => u.id !== member.unit.id);
  const { saved } = await searchParams;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/members?unitId=${member.unit.id}`} className="text-brand hover:underline">
          ← {member.unit.name}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">{member.fullName}</h1>
        <p className="text-sm text-stone-600">
          {member.unit.name} · {memberStatusLabels[member.status]}
        </p>
      </div>
      <MemberForm
        saved={saved === "1"}
        initial={{
          memberId: member.id,
          familyName: member.familyName,
          middleName: member.middleName,
          givenName: member.givenName,
          gender: member.gender,
          birthDate: member.birthDate,
          admittedOn: member.admittedOn,
          officialOn: member.officialOn,
          category: member.category,
          partyCardNumber: member.partyCardNumber,
          positions: member.positions.map((p) => ({
            kind: p.kind,
            title: p.title,
            organ: p.organ,
            startOn: p.startOn,
            endOn: p.endOn,
          })),
        }}
      />
      <div className="grid gap-4 [&>*]:min-w-0 lg:grid-cols-2">
        <StatusForm memberId={member.id} />
        {units.length > 0 && <TransferForm memberId={member.id} units={units} />}
      </div>
      <MemberHistory member={member} />
    </div>
  );
}

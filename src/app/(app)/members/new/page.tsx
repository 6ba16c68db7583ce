import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { canAnywhere } from "@/server/policy/policy";
import { managedUnits } from "@/features/members/data";
import { MemberForm } from "@/features/members/components/member-form";

export const metadata: Metadata = { title: "Thêm đảng viên" };

export default async function NewMemberPage({ searchParams }: { searchParams: Promise<{ unitId?: string }> }) {
  const actor = await requireActor();
  if (!canAnywhere(actor, "member.manage")) notFound();
  const units = await managedUnits(actor);
  const { unitId } = await searchParams;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/members" className="text-brand hover:underline">
          ← Danh sách đảng viên
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Thêm đảng viên</h1>
      <MemberForm
        units={units}
        initial={{
          unitId: units.some((u) => u.id === unitId) ? unitId : undefined,
          familyName: "",
          middleName: "",
          givenName: "",
          gender: null,
          birthDate: null,
          admittedOn: null,
          officialOn: null,
          category: "OFFICIAL",
          partyCardNumber: null,
          positions: [],
        }}
      />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { canAnywhere } from "@/server/policy/policy";
import { CreateAccountForm } from "@/features/accounts/components/create-account-form";

export const metadata: Metadata = { title: "Tạo tài khoản" };

export default async function NewAccountPage() {
  const actor = await requireActor();
  if (!canAnywhere(actor, "account.manage")) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href="/admin/accounts" className="text-brand hover:underline">
          ← Tài khoản
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Tạo tài khoản</h1>
      <CreateAccountForm />
    </div>
  );
}

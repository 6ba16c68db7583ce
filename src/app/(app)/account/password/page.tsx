import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/server/auth";
import { ChangePasswordForm } from "@/features/accounts/components/change-password-form";

export const metadata: Metadata = { title: "Đổi mật khẩu" };

export default async function ChangePasswordPage() {
  const actor = await requireActor();
  if (actor.tokenId) notFound();
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-2xl font-bold">Đổi mật khẩu</h1>
      <p className="text-sm text-stone-600">
        Tài khoản <span className="font-mono">{actor.username}</span>
      </p>
      <ChangePasswordForm username={actor.username} />
    </div>
  );
}

"use client";

import { useActionState, useEffect, useTransition, useState } from "react";
import { useKeptForm } from "@/components/use-kept-form";
import { createBulletinAction, publishBulletinAction, saveBulletinAction } from "../actions";

const idle = { status: "idle" } as const;

export function CreateBulletinButton({ meetingId }: { meetingId: string }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await createBulletinAction(meetingId);
            if (r.status === "error") setError(r.message);
          })
        }
        className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {pending ? "Đang viết…" : "Viết bản tin từ biên bản"}
      </button>
      {error && (
        <p role="status" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function BulletinEditor({
  meetingId,
  bulletin,
}: {
  meetingId: string;
  bulletin: {
    id: string;
    slug: string;
    title: string;
    lead: string;
    body: string;
    status: "DRAFT" | "PUBLISHED";
    viewCount: number;
  };
}) {
  const [state, action, saving] = useActionState(saveBulletinAction.bind(null, bulletin.id, meetingId), idle);
  const keptForm = useKeptForm(action, state);
  const [pending, start] = useTransition();
  // the latest message of either action (save or publish)
  const [note, setNote] = useState<string>();
  useEffect(() => {
    if (state.status === "ok" || state.status === "error") setNote(state.message);
  }, [state]);
  const published = bulletin.status === "PUBLISHED";
  const values = state.status === "error" ? state.values : undefined;
  const err = (f: string) => (state.status === "error" ? state.fieldErrors?.[f]?.[0] : undefined);
  return (
    <form
      {...keptForm}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-5"
      data-testid="bulletin-editor"
    >
      <p className="text-sm">
        {published ? (
          <>
            Đã đăng · {bulletin.viewCount} lượt xem ·{" "}
            <a className="text-brand underline" href={`/ban-tin/${bulletin.slug}`}>
              Xem trang công khai
            </a>
          </>
        ) : (
          "Bản nháp: chưa công khai"
        )}
      </p>
      <div>
        <label htmlFor={`title-${bulletin.id}`} className="block text-sm font-medium">
          Tiêu đề
        </label>
        <input
          id={`title-${bulletin.id}`}
          name="title"
          defaultValue={(values?.title as string) ?? bulletin.title}
          className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2"
        />
        {err("title") && <p className="text-sm text-red-700">{err("title")}</p>}
      </div>
      <div>
        <label htmlFor={`lead-${bulletin.id}`} className="block text-sm font-medium">
          Đoạn mở đầu
        </label>
        <textarea
          id={`lead-${bulletin.id}`}
          name="lead"
          rows={2}
          defaultValue={(values?.lead as string) ?? bulletin.lead}
          className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 font-serif"
        />
        {err("lead") && <p className="text-sm text-red-700">{err("lead")}</p>}
      </div>
      <div>
        <label htmlFor={`body-${bulletin.id}`} className="block text-sm font-medium">
          Nội dung
        </label>
        <textarea
          id={`body-${bulletin.id}`}
          name="body"
          rows={14}
          defaultValue={(values?.body as string) ?? bulletin.body}
          className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 font-serif"
        />
        {err("body") && <p className="text-sm text-red-700">{err("body")}</p>}
      </div>
      <p role="status" aria-live="polite" className="min-h-5 text-sm" data-testid="bulletin-status">
        {note}
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={saving}
          className="rounded-md border border-stone-300 px-4 py-2 hover:bg-stone-100"
        >
          {saving ? "Đang lưu…" : "Lưu bản tin"}
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const r = await publishBulletinAction(bulletin.id, meetingId, !published);
              setNote(r.status === "ok" || r.status === "error" ? r.message : undefined);
            })
          }
          className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
        >
          {published ? "Gỡ bản tin" : "Đăng công khai"}
        </button>
      </div>
    </form>
  );
}

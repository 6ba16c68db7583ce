-- Amendments chained per field (issue #12): seq is the place in the field's chain, one amendment per base.
ALTER TABLE "Amendment" ADD COLUMN "seq" INTEGER NOT NULL DEFAULT 1;
UPDATE "Amendment" SET "seq" = (
    SELECT COUNT(*) FROM "Amendment" AS a2
    WHERE a2."meetingId" = "Amendment"."meetingId" AND a2."field" = "Amendment"."field"
      AND (a2."createdAt" < "Amendment"."createdAt" OR (a2."createdAt" = "Amendment"."createdAt" AND a2."id" <= "Amendment"."id"))
);

-- CreateIndex
CREATE UNIQUE INDEX "Amendment_meetingId_field_seq_key" ON "Amendment"("meetingId", "field", "seq");

-- Revisions: autosaves of one editing session coalesce into one revision (issue #12).
ALTER TABLE "Revision" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'meeting.update';
ALTER TABLE "Revision" ADD COLUMN "saves" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Revision" ADD COLUMN "savedAt" TIMESTAMP(3);
UPDATE "Revision" SET "kind" = 'meeting.create' WHERE "version" = 1;
UPDATE "Revision" SET "kind" = 'meeting.approve'
WHERE EXISTS (
    SELECT 1 FROM "Meeting" AS m
    WHERE m."id" = "Revision"."meetingId" AND m."status" = 'APPROVED' AND m."version" = "Revision"."version"
);

-- A draft may have no date yet (an imported text that states none), and approval requires one.
ALTER TABLE "Meeting" ALTER COLUMN "startsAt" DROP NOT NULL;

-- The text a draft was imported from, kept whole beside the record.
CREATE TABLE "MeetingSource" (
    "meetingId" TEXT NOT NULL,
    "name" TEXT,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingSource_pkey" PRIMARY KEY ("meetingId")
);

ALTER TABLE "MeetingSource" ADD CONSTRAINT "MeetingSource_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

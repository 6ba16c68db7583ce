-- A draft may have no date yet (an imported text that states none); approval requires one.
-- SQLite cannot drop NOT NULL in place: the table is rebuilt with its columns in their current physical
-- order (the long searchText stays where it was, see 20261202040000), then every index and the search
-- triggers of 20261202010000 are created again. MeetingSearchKey and MeetingSearch are kept as they are:
-- the rows keep their ids, so their keys still match.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Meeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "unitId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT,
    "number" TEXT,
    "startsAt" DATETIME,
    "endsAt" DATETIME,
    "place" TEXT NOT NULL DEFAULT '',
    "chairMemberId" TEXT,
    "chairName" TEXT,
    "chairTitle" TEXT,
    "secretaryMemberId" TEXT,
    "secretaryName" TEXT,
    "secretaryTitle" TEXT,
    "combined" BOOLEAN NOT NULL DEFAULT false,
    "opening" TEXT,
    "closing" TEXT,
    "rating" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "approvedAt" DATETIME,
    "approvedById" TEXT,
    "minutesVoteFor" INTEGER,
    "minutesVoteAgainst" INTEGER,
    "minutesVoteAbstain" INTEGER,
    "searchText" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    "importReport" TEXT,
    "searchTitle" TEXT NOT NULL DEFAULT '',
    "searchPeople" TEXT NOT NULL DEFAULT '',
    "searchRefs" TEXT NOT NULL DEFAULT '',
    "searchVersion" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Meeting_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Meeting_chairMemberId_fkey" FOREIGN KEY ("chairMemberId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Meeting_secretaryMemberId_fkey" FOREIGN KEY ("secretaryMemberId") REFERENCES "Member" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Meeting" ("id", "unitId", "kind", "title", "summary", "number", "startsAt", "endsAt", "place", "chairMemberId", "chairName", "chairTitle", "secretaryMemberId", "secretaryName", "secretaryTitle", "combined", "opening", "closing", "rating", "status", "version", "approvedAt", "approvedById", "minutesVoteFor", "minutesVoteAgainst", "minutesVoteAbstain", "searchText", "createdById", "createdAt", "updatedAt", "deletedAt", "importReport", "searchTitle", "searchPeople", "searchRefs", "searchVersion")
SELECT "id", "unitId", "kind", "title", "summary", "number", "startsAt", "endsAt", "place", "chairMemberId", "chairName", "chairTitle", "secretaryMemberId", "secretaryName", "secretaryTitle", "combined", "opening", "closing", "rating", "status", "version", "approvedAt", "approvedById", "minutesVoteFor", "minutesVoteAgainst", "minutesVoteAbstain", "searchText", "createdById", "createdAt", "updatedAt", "deletedAt", "importReport", "searchTitle", "searchPeople", "searchRefs", "searchVersion" FROM "Meeting";
DROP TABLE "Meeting";
ALTER TABLE "new_Meeting" RENAME TO "Meeting";
CREATE INDEX "Meeting_unitId_startsAt_idx" ON "Meeting"("unitId", "startsAt");
CREATE INDEX "Meeting_status_startsAt_idx" ON "Meeting"("status", "startsAt");
CREATE INDEX "Meeting_search_id_idx" ON "Meeting"("id", "deletedAt", "status", "unitId", "startsAt", "kind");
CREATE INDEX "Meeting_search_unit_idx" ON "Meeting"("unitId", "deletedAt", "status", "startsAt", "kind", "id");

CREATE TRIGGER "Meeting_search_insert" AFTER INSERT ON "Meeting" BEGIN
    INSERT INTO "MeetingSearchKey" ("meetingId") VALUES (NEW."id");
    INSERT INTO "MeetingSearch" (rowid, "body") VALUES ((SELECT "key" FROM "MeetingSearchKey" WHERE "meetingId" = NEW."id"), NEW."searchText");
END;

CREATE TRIGGER "Meeting_search_update" AFTER UPDATE OF "searchText" ON "Meeting" WHEN OLD."searchText" IS NOT NEW."searchText" BEGIN
    DELETE FROM "MeetingSearch" WHERE rowid = (SELECT "key" FROM "MeetingSearchKey" WHERE "meetingId" = NEW."id");
    INSERT INTO "MeetingSearch" (rowid, "body") VALUES ((SELECT "key" FROM "MeetingSearchKey" WHERE "meetingId" = NEW."id"), NEW."searchText");
END;

CREATE TRIGGER "Meeting_search_delete" AFTER DELETE ON "Meeting" BEGIN
    DELETE FROM "MeetingSearch" WHERE rowid = (SELECT "key" FROM "MeetingSearchKey" WHERE "meetingId" = OLD."id");
    DELETE FROM "MeetingSearchKey" WHERE "meetingId" = OLD."id";
END;
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- The text a draft was imported from, kept whole beside the record.
CREATE TABLE "MeetingSource" (
    "meetingId" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MeetingSource_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

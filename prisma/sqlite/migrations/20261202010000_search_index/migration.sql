-- Full-text search over the folded text of every record (src/server/search).
-- Search columns: the whole record (searchText, indexed) and the fields that rank (title, people, documents).
ALTER TABLE "Meeting" ADD COLUMN "searchTitle" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Meeting" ADD COLUMN "searchPeople" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Meeting" ADD COLUMN "searchRefs" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Meeting" ADD COLUMN "searchVersion" INTEGER NOT NULL DEFAULT 0;

-- FTS5 rows need a stable integer key, Meetings implicit rowid may change on VACUUM, this one does not.
CREATE TABLE "MeetingSearchKey" (
    "key" INTEGER NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL
);
CREATE UNIQUE INDEX "MeetingSearchKey_meetingId_key" ON "MeetingSearchKey"("meetingId");

-- The text is folded by the application (đ → d, no marks, lower case), so both databases index the same words.
-- Contentless: the text lives in Meeting.searchText only.
CREATE VIRTUAL TABLE "MeetingSearch" USING fts5("body", content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');

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

-- Records that exist already.
INSERT INTO "MeetingSearchKey" ("meetingId") SELECT "id" FROM "Meeting";
INSERT INTO "MeetingSearch" (rowid, "body") SELECT k."key", m."searchText" FROM "Meeting" m JOIN "MeetingSearchKey" k ON k."meetingId" = m."id";

-- Full-text search over the folded text of every record (src/server/search).
-- Search columns: the whole record (searchText, indexed) and the fields that rank (title, people, documents).
ALTER TABLE "Meeting" ADD COLUMN "searchTitle" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Meeting" ADD COLUMN "searchPeople" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Meeting" ADD COLUMN "searchRefs" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Meeting" ADD COLUMN "searchVersion" INTEGER NOT NULL DEFAULT 0;

-- The text is folded by the application (đ → d, no marks, lower case), so both databases index the same
-- words, the simple configuration neither stems nor drops words. Kept outside the Prisma schema.
ALTER TABLE "Meeting" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "searchText")) STORED;
CREATE INDEX "Meeting_searchVector_idx" ON "Meeting" USING GIN ("searchVector");

-- Search filters and counts answered from indexes alone (src/server/search/meetings.ts).
-- In SQLite a row holds the long search text inline, so reading a column stored after it walks its overflow pages.
-- These covering indexes hold every column the scope, the filters and the newest-first order use.
CREATE INDEX "Meeting_search_id_idx" ON "Meeting"("id", "deletedAt", "status", "unitId", "startsAt", "kind");
CREATE INDEX "Meeting_search_unit_idx" ON "Meeting"("unitId", "deletedAt", "status", "startsAt", "kind", "id");

/**
 * The public entry of the meetings feature for other features (server side). See README
 * "Development" → public entries: other features import only this file, schema.ts and dto.ts.
 *
 *   getMeeting     a record the actor may read, as MeetingDetail (bulletins, documents)
 *   listAmendments the amendments of a record it may read, oldest first; accountNames their authors (documents)
 *   createMeeting  the one command through which another feature writes a record: the importer
 *                  creates its draft with it (features/import/to-draft.ts)
 *   TEMPLATES      title prefix and agenda per kind (the importer titles an untitled text the same way)
 */
import "server-only";

export { accountNames, getMeeting, listAmendments } from "./data";
export { createMeeting } from "./mutations";
export { TEMPLATES } from "./templates";

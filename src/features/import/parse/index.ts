export { extractMeeting } from "./extract-meeting";
export { findDates, findPublicationLine, isoDate, parseDateText } from "@/lib/vi/date-text";
export { findDirectiveMentions, mergeDirectives } from "@/lib/symbols/citations";
export { findPersonMentions, mergePeople } from "./people";
export { prepareText, stripSourceUrlLine } from "@/lib/vi/text";

export { extractMeeting } from "./extract-meeting";
export { findDates, findPublicationLine, isoDate, parseDateText } from "./dates";
export { findDirectiveMentions, mergeDirectives } from "./directives";
export { findPersonMentions, mergePeople } from "./people";
export { prepareText, stripSourceUrlLine } from "./text";

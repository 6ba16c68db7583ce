/**
 * The public entry of the verification feature (issue #18, README "Verification").
 *
 *   sealApproval   in the approving transaction, after the record's last write: fingerprint + chain link + code
 *   sealAmendment  in the amending transaction, after the amendment row is written
 *   sealExisting   the idempotent step that seals records, amendments and audit events written before seals
 *   verifyArchive  recomputes every fingerprint and chain (cli verify)
 *   verifyRecord   one record's part of the check (API chainOk, public page)
 */
import "server-only";

export { sealApproval, sealAmendment, sealExisting, type SealResult } from "./seal";
export { verifyArchive, verifyRecord, type VerifyReport, type ChainBreak } from "./verify";
export { recordRun, lastRun, formatReport, type LastRun } from "./runs";
export { verificationMark, publicBaseUrl } from "./mark";
export { VerificationPrint } from "./document-block/print";
export { verificationDocx } from "./document-block/docx";
export { VerificationPdf } from "./document-block/pdf";

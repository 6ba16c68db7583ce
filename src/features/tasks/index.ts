/**
 * The public entry of the tasks feature for other features (server side). See README
 * "Development" → public entries: other features import only this file, schema.ts and dto.ts.
 */
import "server-only";

export { taskReadWhere } from "./data";

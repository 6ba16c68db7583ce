export * from "./kinds";
export * from "./numerals";
export * from "./symbol";
export * from "./directive-key";
export * from "./query";
export * from "./label";
export { findCitations, type DirectiveCitation } from "./citations";

export * from "./kinds";
export * from "./numerals";
export * from "./symbol";
export * from "./directive-key";
export * from "./query";

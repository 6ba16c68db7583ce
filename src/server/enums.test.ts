import { describe, expect, it } from "vitest";
import * as pgEnums from "@/generated/postgres/enums";
import * as sqliteEnums from "@/generated/sqlite/enums";
import * as libEnums from "@/lib/enums";

/**
 * src/lib/enums.ts defines the data model's enums by hand so that lib never imports generated code.
 * Here they must equal what Prisma generates from prisma/schema.source.prisma for both providers:
 * a new or renamed enum value in the schema fails this test (and the type check below) until
 * src/lib/enums.ts says the same.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const typesAgree: [Same<typeof libEnums, typeof pgEnums>, Same<typeof libEnums, typeof sqliteEnums>] = [true, true];

describe("src/lib/enums.ts", () => {
  it("has every enum of the schema with the same values as the PostgreSQL client", () => {
    expect({ ...libEnums }).toEqual({ ...pgEnums });
  });

  it("has every enum of the schema with the same values as the SQLite client", () => {
    expect({ ...libEnums }).toEqual({ ...sqliteEnums });
  });

  it("agrees in type too (checked by tsc)", () => {
    expect(typesAgree).toEqual([true, true]);
  });
});

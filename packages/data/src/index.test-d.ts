import { describe, expectTypeOf, it } from "vitest";
import {
  type AnyRecord,
  type Event,
  events,
  getById,
  type Person,
  type RecordId,
  type SearchHit,
  type Source,
  search,
  timeline,
} from "./index.js";
import { type Dataset, EventSchema, validate } from "./schema.js";

describe("public types", () => {
  it("narrows getById by the id literal", () => {
    expectTypeOf(getById("heydar-aliyev")).toEqualTypeOf<Person>();
    expectTypeOf(getById("source-document")).toEqualTypeOf<Source>();
    expectTypeOf(getById("some-string" as string)).toEqualTypeOf<AnyRecord | undefined>();
  });

  it("exports literal id unions", () => {
    expectTypeOf<"heydar-aliyev">().toExtend<RecordId>();
    expectTypeOf<"not-a-record">().not.toExtend<RecordId>();
  });

  it("hands out read-only data", () => {
    expectTypeOf(events).toEqualTypeOf<readonly Event[]>();
    expectTypeOf<Event["citations"]>().toExtend<readonly unknown[]>();
    // @ts-expect-error the data is frozen
    events[0].title = "changed";
  });

  it("types helper options and results", () => {
    expectTypeOf(timeline)
      .parameter(0)
      .toExtend<{ from?: string; to?: string; areas?: readonly string[] } | undefined>();
    // @ts-expect-error an unknown event type is a type error
    timeline({ types: ["party"] });
    expectTypeOf(search("x")).toEqualTypeOf<SearchHit[]>();
  });

  it("infers record types from the zod schemas", () => {
    expectTypeOf<Event["start"]>().toEqualTypeOf<string>();
    expectTypeOf<Event["certainty"]>().toEqualTypeOf<"established" | "disputed">();
    expectTypeOf(EventSchema.parse({})).toHaveProperty("scope");
    const result = validate({});
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Dataset>();
    else expectTypeOf(result.issues[0]?.path).toEqualTypeOf<string | undefined>();
  });
});

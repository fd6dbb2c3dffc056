import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import {
  type AnyRecord,
  type Area,
  type Checklist,
  type Claim,
  type Event,
  type EventId,
  events,
  type Frozen,
  getById,
  type Meta,
  type Operation,
  type Organization,
  type Person,
  type Place,
  type PlaceId,
  type Programme,
  type RecordId,
  related,
  type SearchHit,
  type Source,
  search,
  timeline,
} from "./index.js";
import {
  type AreaSchema,
  type ChecklistSchema,
  type ClaimSchema,
  type Dataset,
  EventSchema,
  type MetaSchema,
  type OperationSchema,
  type OrganizationSchema,
  type PersonSchema,
  type PlaceSchema,
  type ProgrammeSchema,
  type SourceSchema,
  validate,
} from "./schema.js";

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

  it("documents each record type as exactly the type inferred from its zod schema, frozen", () => {
    expectTypeOf<Source>().toEqualTypeOf<Frozen<z.infer<typeof SourceSchema>>>();
    expectTypeOf<Area>().toEqualTypeOf<Frozen<z.infer<typeof AreaSchema>>>();
    expectTypeOf<Place>().toEqualTypeOf<Frozen<z.infer<typeof PlaceSchema>>>();
    expectTypeOf<Organization>().toEqualTypeOf<Frozen<z.infer<typeof OrganizationSchema>>>();
    expectTypeOf<Person>().toEqualTypeOf<Frozen<z.infer<typeof PersonSchema>>>();
    expectTypeOf<Programme>().toEqualTypeOf<Frozen<z.infer<typeof ProgrammeSchema>>>();
    expectTypeOf<Operation>().toEqualTypeOf<Frozen<z.infer<typeof OperationSchema>>>();
    expectTypeOf<Event>().toEqualTypeOf<Frozen<z.infer<typeof EventSchema>>>();
    expectTypeOf<Claim>().toEqualTypeOf<Frozen<z.infer<typeof ClaimSchema>>>();
    expectTypeOf<Checklist>().toEqualTypeOf<Frozen<z.infer<typeof ChecklistSchema>>>();
    expectTypeOf<Meta>().toEqualTypeOf<Frozen<z.infer<typeof MetaSchema>>>();
  });

  it("types ids and references as literal unions", () => {
    expectTypeOf(events[0]?.id).toEqualTypeOf<EventId | undefined>();
    expectTypeOf<Event["places"]>().toEqualTypeOf<readonly PlaceId[]>();
    const event = events[0] as Event;
    // @ts-expect-error a misspelt place id is a type error
    event.places.includes("afganistan");
    expectTypeOf<Claim["about"]>().toEqualTypeOf<readonly RecordId[]>();
  });

  it("narrows search hits and related records by collection", () => {
    const hit = search("Baku")[0];
    if (hit?.collection === "places") expectTypeOf(hit.record).toEqualTypeOf<Place>();
    const link = related("baku")[0];
    if (link?.collection === "events") expectTypeOf(link.record).toEqualTypeOf<Event>();
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

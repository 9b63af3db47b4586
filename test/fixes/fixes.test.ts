import { describe, expect, it } from "vitest";
import { BreakdownError, parse } from "../../src/index.js";
import { SEED } from "../helpers.js";

describe("a fixes file", () => {
  it("fills what the text cannot give, as manual repairs, and the rows stop needing review", async () => {
    const { document } = await parse(SEED, {
      fixes: { fixes: { "8": { title: "提高森林资源质量" }, "11": { title: "推进林长制改革", units: ["区林业局", "各乡镇街道"], contacts: "李兴伟" } } },
    });
    const t8 = document.tasks.find((t) => t.seq === 8);
    const t11 = document.tasks.find((t) => t.seq === 11);
    expect(t8).toMatchObject({ title: "提高森林资源质量", status: "repaired" });
    expect(t8?.repairs.at(-1)).toMatchObject({ ruleId: "manual", field: "title", before: "", after: "提高森林资源质量" });
    expect(t11).toMatchObject({ title: "推进林长制改革", units: ["区林业局", "各乡镇街道"], contacts: ["李兴伟"], status: "repaired" });
    expect(t11?.repairs.map((r) => r.field)).toEqual(["title", "units", "contacts"]);
  });

  it("with `reviewed`, leaves a filled row needing review, its raw text kept, until the person lists it", async () => {
    const fixes = { "8": { title: "提高森林资源质量" }, "11": { title: "推进林长制改革" } };
    const filled = (await parse(SEED, { fixes: { fixes, reviewed: [] } })).document;
    const t8 = filled.tasks.find((t) => t.seq === 8);
    expect(t8).toMatchObject({ title: "提高森林资源质量", status: "needs_review" });
    expect(t8?.raw).not.toBe("");
    expect(t8?.repairs.at(-1)).toMatchObject({ ruleId: "manual", field: "title", after: "提高森林资源质量" });
    expect(filled.tasks.find((t) => t.seq === 11)).toMatchObject({ title: "推进林长制改革", status: "missing" });

    const reviewed = (await parse(SEED, { fixes: { fixes, reviewed: [8] } })).document;
    expect(reviewed.tasks.find((t) => t.seq === 8)?.status).toBe("repaired");
    expect(reviewed.tasks.find((t) => t.seq === 11)?.status).toBe("missing");
    // A row the person checked and left as read is done too: with no repair on it, it is ok.
    const unedited = (await parse(SEED, { fixes: { fixes: {}, reviewed: [11] } })).document;
    expect(unedited.tasks.find((t) => t.seq === 11)?.status).toBe("ok");
  });

  it("is an error when it marks reviewed a task the document does not have", async () => {
    const err = await parse(SEED, { fixes: { fixes: {}, reviewed: [99] } }).catch((e: unknown) => e);
    expect((err as BreakdownError).code).toBe("FIXES_INVALID");
    expect((err as BreakdownError).message).toMatch(/task 99 reviewed/);
  });

  it("is an error when it names a task the document does not have", async () => {
    const err = await parse(SEED, { fixes: { fixes: { "99": { title: "x" } } } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BreakdownError);
    expect((err as BreakdownError).code).toBe("FIXES_INVALID");
    expect((err as BreakdownError).message).toMatch(/task 99/);
  });

  it("is an error when it names a field that does not exist", async () => {
    const err = await parse(SEED, { fixes: { fixes: { "8": { titel: "x" } } } }).catch((e: unknown) => e);
    expect((err as BreakdownError).code).toBe("FIXES_INVALID");
    expect((err as BreakdownError).message).toMatch(/titel/);
  });

  it("is an error when it is not of the expected shape", async () => {
    const err = await parse(SEED, { fixes: { "8": { title: "x" } } }).catch((e: unknown) => e);
    expect((err as BreakdownError).code).toBe("FIXES_INVALID");
  });
});

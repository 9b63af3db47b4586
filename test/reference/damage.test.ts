import { describe, expect, it } from "vitest";
import { parse, type Task } from "../../src/index.js";
import { damagedSpans, readsBetter } from "../../src/reference/damage.js";
import { SEED } from "../helpers.js";

describe("readsBetter: when a reference's reading of a cell replaces the input's", async () => {
  const { document: doc } = await parse(SEED);
  const task = (seq: number) => doc.tasks.find((t) => t.seq === seq) as Task;
  // seed row 6: the page marker 4、 was cut from 规4、范优良 (recorded as a page-marker repair).
  const six = task(6);

  it("finds the damaged spots where the cell's repairs stand", () => {
    const spans = damagedSpans(doc, six, "content", six.content);
    expect(spans).toHaveLength(1);
    expect(six.content.normalize("NFKC").slice(spans[0]?.start, spans[0]?.end)).toBe("护和利用,规范优良乡土树");
    expect(damagedSpans(doc, task(7), "content", task(7).content)).toEqual([]);
  });

  it("takes a reading that differs only at a damaged spot", () => {
    expect(readsBetter(doc, six, "content", six.content, six.content.replace("规范优良", "规范了优良"))).toBe(true);
  });

  it("refuses one that differs anywhere else in the cell too", () => {
    const elsewhere = six.content.replace("规范优良", "规范了优良").replace("适时推进", "加快推进");
    expect(readsBetter(doc, six, "content", six.content, elsewhere)).toBe(false);
  });

  it("refuses any other reading of a cell nothing marks damaged", () => {
    expect(readsBetter(doc, task(7), "content", task(7).content, task(7).content.replace("强化", "加强"))).toBe(false);
  });

  it("refuses a reading that differs only in the width of its punctuation", () => {
    expect(readsBetter(doc, six, "content", six.content, six.content.replaceAll(",", "\uff0c"))).toBe(false);
  });

  it("takes a list the reference splits otherwise where the cell was damaged (seed row 17's contacts, put back together)", () => {
    const seventeen = task(17);
    expect(readsBetter(doc, seventeen, "contacts", seventeen.contacts, ["李兴伟孙文超", "唐永洪"])).toBe(true);
    expect(readsBetter(doc, task(13), "contacts", task(13).contacts, ["张仁鹏徐兵"])).toBe(false);
  });
});

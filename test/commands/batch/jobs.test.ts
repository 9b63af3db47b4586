import { describe, expect, it } from "vitest";
import { defaultJobs } from "../../../src/commands/batch/jobs.js";

describe("the default number of jobs", () => {
  it("is one on a machine of two cores or fewer, whatever the batch (two were slower than one there)", () => {
    for (const files of [2, 200, 5000]) {
      expect(defaultJobs(files, 1)).toBe(1);
      expect(defaultJobs(files, 2)).toBe(1);
    }
  });

  it("is one for a small batch, whatever the machine: a worker's start is not paid back", () => {
    expect(defaultJobs(5, 64)).toBe(1);
    expect(defaultJobs(39, 8)).toBe(1);
  });

  it("grows with the cores, at 1.4 cores a job, and with the files, at 20 files a job", () => {
    expect(defaultJobs(500, 4)).toBe(2);
    expect(defaultJobs(500, 8)).toBe(5);
    expect(defaultJobs(60, 8)).toBe(3);
  });
});

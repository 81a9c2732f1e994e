/**
 * English dates, phrase by phrase: each rule of src/extract/rules-en.ts, and the
 * absolute dates left to chrono-node. Unless a case says otherwise, the
 * article was published on Tuesday 15 April 2025, or in April 2025 (month only).
 */
import { describe, expect, it } from "vitest";
import { announcement } from "../../src/extract/announced.ts";
import { publishedReference } from "../../src/extract/reference.ts";
import { parseDatePoint, type DatePoint } from "../../src/model/dates.ts";
import { dates, mentions } from "./extract-helpers.ts";

const DAY = "2025-04-15";
const MONTH = "2025-04";

describe("absolute dates and ranges", () => {
  it.each([
    ["The ministers met on Tuesday, April 1, 2025, in Moscow.", DAY, "on Tuesday, April 1, 2025", "2025-04-01"],
    ["on 4 April 2025", DAY, "on 4 April 2025", "2025-04-04"],
    ["The visit is set for April 3 and 4.", MONTH, "April 3 and 4", "2025-04-03/2025-04-04"],
    ["on 3 and 4 April 2025", DAY, "3 and 4 April 2025", "2025-04-03/2025-04-04"],
    ["April 3–4, 2025", DAY, "April 3–4, 2025", "2025-04-03/2025-04-04"],
    ["from April 1 to 5, 2025", DAY, "from April 1 to 5, 2025", "2025-04-01/2025-04-05"],
    ["between April 1 and 5", DAY, "between April 1 and 5", "2025-04-01/2025-04-05"],
    ["3–5 April 2025", DAY, "3–5 April 2025", "2025-04-03/2025-04-05"],
    ["from March 30 to April 2, 2025", DAY, "from March 30 to April 2, 2025", "2025-03-30/2025-04-02"],
    ["from March to June 2026", DAY, "from March to June 2026", "2026-03/2026-06"],
    ["in April 2025", DAY, "April 2025", "2025-04"],
    ["September 24", "2025-09", "September 24", "2025-09-24"],
    ["on the evening of September 24", "2025-09", "on the evening of September 24", "2025-09-24"],
  ])("%s (published %s) → %s = %s", (text, published, phrase, date) => {
    expect(dates(text, published, "en")).toEqual([[phrase, date]]);
  });

  it("does not join days that are not consecutive into a range", () => {
    expect(dates("April 3 and 10", DAY, "en")).toEqual([["April 3", "2025-04-03"]]);
  });
});

describe("open dates: until, since, by, before", () => {
  it.each([
    ["The ferry runs until March 2026.", "until March 2026", "../2026-03"],
    ["since April 3", "since April 3", "2025-04-03/.."],
    ["before September 24, 2025", "before September 24, 2025", "../2025-09-24"],
    ["starting May 1, 2025", "starting May 1, 2025", "2025-05-01/.."],
  ])("%s → %s", (text, phrase, date) => {
    expect(dates(text, DAY, "en")).toEqual([[phrase, date]]);
  });
});

describe("partial dates and periods", () => {
  it.each([
    ["in late September", DAY, "in late September", "2025-09"],
    ["early March 2026", DAY, "early March 2026", "2026-03"],
    ["mid-April", DAY, "mid-April", "2025-04"],
    ["at the end of September", DAY, "the end of September", "2025-09"],
    ["in April", "2025-09", "in April", "2025-04"],
    ["last April", "2025-09", "last April", "2025-04"],
    ["next March", DAY, "next March", "2026-03"],
    ["in the first half of 2026", DAY, "in the first half of 2026", "2026-01/2026-06"],
    ["the second half of the year", DAY, "the second half of the year", "2025-07/2025-12"],
    ["H1 2026", DAY, "H1 2026", "2026-01/2026-06"],
    ["in the third quarter of 2025", DAY, "in the third quarter of 2025", "2025-07/2025-09"],
    ["Q1 2026", DAY, "Q1 2026", "2026-01/2026-03"],
    ["at the end of the year", DAY, "at the end of the year", "2025-12~"],
    ["late 2025", DAY, "late 2025", "2025-12~"],
    ["early 2026", DAY, "early 2026", "2026-01~"],
    ["by the end of the year", DAY, "by the end of the year", "../2025-12-31"],
    ["by the end of March", DAY, "by the end of March", "../2026-03-31"],
    ["in 2026", DAY, "in 2026", "2026"],
    ["next year", DAY, "next year", "2026"],
    ["last year", DAY, "last year", "2024"],
  ])("%s (published %s) → %s", (text, published, phrase, date) => {
    expect(dates(text, published, "en")).toEqual([[phrase, date]]);
  });
});

describe("relative dates", () => {
  it.each([
    ["The deal was announced this Tuesday.", DAY, "this Tuesday", "2025-04-15"],
    ["The minister spoke on Monday.", DAY, "on Monday", "2025-04-14"],
    ["last Monday", DAY, "last Monday", "2025-04-14"],
    ["next Monday", DAY, "next Monday", "2025-04-21"],
    ["yesterday", DAY, "yesterday", "2025-04-14"],
    ["today", DAY, "today", "2025-04-15"],
    ["tomorrow", DAY, "tomorrow", "2025-04-16"],
    ["last week", DAY, "last week", "2025-04-07/2025-04-13"],
    ["next week", DAY, "next week", "2025-04-21/2025-04-27"],
    ["last month", DAY, "last month", "2025-03"],
    ["three days ago", DAY, "three days ago", "2025-04-12"],
    ["two weeks ago", DAY, "two weeks ago", "2025-04-01~"],
    ["a few weeks ago", DAY, "a few weeks ago", "../2025-04-15"],
    ["in two weeks", DAY, "in two weeks", "2025-04-29~"],
    ["in a few months", DAY, "in a few months", "2025-04-15/.."],
    // Published in April 2025, day unknown.
    ["The deal was announced this Tuesday.", MONTH, "this Tuesday", "2025-04"],
    ["next Monday", MONTH, "next Monday", "2025-04~"],
    ["a few weeks ago", MONTH, "a few weeks ago", "../2025-04"],
    ["last month", MONTH, "last month", "2025-03"],
  ])("%s (published %s) → %s", (text, published, phrase, date) => {
    expect(dates(text, published, "en")).toEqual([[phrase, date]]);
  });

  it("never gives a day for a relative date when the publication day is unknown", () => {
    for (const text of ["this Tuesday", "yesterday", "next Monday", "last Monday", "last week", "three days ago", "in two weeks", "today"]) {
      for (const found of dates(text, MONTH, "en")) expect(found[1], text).not.toMatch(/^\d{4}-\d{2}-\d{2}(?!\/)/);
    }
  });
});

describe("dates that contradict their wording", () => {
  it("flags 'this April 3, 2026' in an article published in April 2025, keeping the date as written", () => {
    const [found] = mentions("The summit opens this April 3, 2026.", MONTH, "en");
    expect(found).toMatchObject({ date: "2026-04-03" });
    expect(found!.flags).toEqual([`"this" points to the days around the publication (2025-04), but the date is 2026-04-03`]);
  });

  it("flags a weekday that does not match the day", () => {
    expect(mentions("Tuesday, April 2, 2025", MONTH, "en")[0]!.flags).toEqual(["2025-04-02 is a Wednesday, but the text says Tuesday"]);
  });

  it("flags nothing in consistent wording", () => {
    expect(mentions("Tuesday, April 1, 2025", MONTH, "en")[0]!.flags).toEqual([]);
  });
});

describe("not dates", () => {
  it.each(["The meeting may be held in Bamako.", "the 80th session of the General Assembly", "They march on the capital.", "over the coming days", "in recent months", "two of its piers"])("%s", (text) => {
    expect(dates(text, DAY, "en")).toEqual([]);
  });
});

describe("announced, undated events", () => {
  const ref = publishedReference((parseDatePoint("2025-03-05") as { ok: true; value: DatePoint }).value);
  it.each([
    ["A third meeting is already planned in one of the member states.", "is already planned"],
    ["The next session will be held in Niamey.", "The next session"],
  ])("%s → on or after the reference", (text, phrase) => {
    expect(announcement(text, "en", ref)).toMatchObject({ phrase, date: "2025-03-05/.." });
  });
});

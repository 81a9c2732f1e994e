/**
 * Dates in the site's language: every form of the EDTF subset, in French and in
 * English, with `<time datetime>` parts that do not depend on the language, the
 * French ordinal "1er" in French only, no dependence on the machine's time zone,
 * and labels fast enough for a build that writes ~100,000 of them.
 */
import { afterEach, describe, expect, it } from "vitest";
import { parseEventDate, type EventDate } from "../../src/model/dates.ts";
import { formatEventDate as formatIn, formatMonthHeading as headingIn } from "../../src/render/format-date.ts";

/** The French site's formatter, as the French tests always used it. */
const formatEventDate = (date: EventDate) => formatIn(date, "fr");
const formatMonthHeading = (year: number, month: number) => headingIn(year, month, "fr");

function parse(text: string): EventDate {
  const result = parseEventDate(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const label = (text: string) => formatEventDate(parse(text)).text;

/** The exact French label of every supported form. */
const LABELS: [string, string][] = [
  ["2025-04-01", "1er avril 2025"],
  ["2025-04-03", "3 avril 2025"],
  ["2025-04-03/2025-04-04", "3–4 avril 2025"],
  ["2025-04-01/2025-04-05", "1er–5 avril 2025"],
  ["2025-04-30/2025-05-02", "30 avril – 2 mai 2025"],
  ["2025-12-30/2026-01-02", "30 décembre 2025 – 2 janvier 2026"],
  ["2025-04/2025-05", "avril – mai 2025"],
  ["2025-04-03/2025-04-03", "3 avril 2025"],
  ["2024/2025", "2024 – 2025"],
  ["2025-04", "avril 2025"],
  ["2025-08", "août 2025"],
  ["2025-02", "février 2025"],
  ["2025", "2025"],
  ["2025-09~", "vers septembre 2025"],
  ["2025-04-03~", "vers le 3 avril 2025"],
  ["2025-04-01~", "vers le 1er avril 2025"],
  ["2025~", "vers 2025"],
  ["2025-04-03?", "3 avril 2025 (date incertaine)"],
  ["2025-09?", "septembre 2025 (date incertaine)"],
  ["2025-04-03%", "vers le 3 avril 2025 (date incertaine)"],
  ["2025-04-03~/2025-04-04", "vers le 3 avril 2025 – 4 avril 2025"],
  ["../2025-09-24", "avant le 24 septembre 2025"],
  ["../2025-09", "avant septembre 2025"],
  ["2025-09-24/..", "après le 24 septembre 2025 (date à préciser)"],
  ["2025-09/..", "après septembre 2025 (date à préciser)"],
  ["unknown", "date à préciser"],
];

describe("formatEventDate: French labels", () => {
  for (const [edtf, expected] of LABELS) {
    it(`${edtf} → ${expected}`, () => {
      expect(label(edtf)).toBe(expected);
    });
  }

  it("uses an en dash without spaces between days and with spaces between fuller dates", () => {
    expect(label("2025-04-03/2025-04-04")).toContain("\u2013");
    expect(label("2025-04-03/2025-04-04")).not.toContain(" \u2013");
    expect(label("2025-04-30/2025-05-02")).toContain(" \u2013 ");
  });

  it("text is the concatenation of the parts", () => {
    for (const [edtf] of LABELS) {
      const result = formatEventDate(parse(edtf));
      expect(result.parts.map((p) => p.text).join("")).toBe(result.text);
    }
  });
});

describe("formatEventDate: datetime parts", () => {
  const VALID_HTML_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

  it("gives the exact parts of a day range", () => {
    expect(formatEventDate(parse("2025-04-03/2025-04-04")).parts).toEqual([
      { text: "3", datetime: "2025-04-03" },
      { text: "–" },
      { text: "4 avril 2025", datetime: "2025-04-04" },
    ]);
  });

  it("gives the exact parts of a cross-month range", () => {
    expect(formatEventDate(parse("2025-04-30/2025-05-02")).parts).toEqual([
      { text: "30 avril", datetime: "2025-04-30" },
      { text: " – " },
      { text: "2 mai 2025", datetime: "2025-05-02" },
    ]);
  });

  it("keeps qualifiers and prepositions outside the <time> parts", () => {
    expect(formatEventDate(parse("2025-04-03%")).parts).toEqual([
      { text: "vers " },
      { text: "le 3 avril 2025", datetime: "2025-04-03" },
      { text: " (date incertaine)" },
    ]);
    expect(formatEventDate(parse("2025-09-24/..")).parts).toEqual([
      { text: "après " },
      { text: "le 24 septembre 2025", datetime: "2025-09-24" },
      { text: " (date à préciser)" },
    ]);
    expect(formatEventDate(parse("../2025-09-24")).parts).toEqual([{ text: "avant " }, { text: "le 24 septembre 2025", datetime: "2025-09-24" }]);
  });

  it("gives YYYY, YYYY-MM or YYYY-MM-DD of the right precision", () => {
    expect(formatEventDate(parse("2025")).parts).toEqual([{ text: "2025", datetime: "2025" }]);
    expect(formatEventDate(parse("2025-04~")).parts[1]).toEqual({ text: "avril 2025", datetime: "2025-04" });
    expect(formatEventDate(parse("2025-04-01")).parts).toEqual([{ text: "1er avril 2025", datetime: "2025-04-01" }]);
  });

  it("has no datetime for an unknown date", () => {
    expect(formatEventDate(parse("unknown")).parts).toEqual([{ text: "date à préciser" }]);
  });

  it("every datetime is a valid HTML date string naming a real day or month", () => {
    for (const [edtf] of LABELS) {
      for (const part of formatEventDate(parse(edtf)).parts) {
        if (part.datetime === undefined) continue;
        const m = VALID_HTML_DATE.exec(part.datetime);
        expect(m, `${edtf}: ${part.datetime}`).not.toBeNull();
        const [, y, mo, d] = m!;
        if (mo !== undefined) expect(Number(mo)).toBeGreaterThanOrEqual(1);
        if (mo !== undefined) expect(Number(mo)).toBeLessThanOrEqual(12);
        if (d !== undefined) {
          const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
          expect(date.toISOString().slice(0, 10)).toBe(part.datetime);
        }
      }
    }
  });
});

describe("formatMonthHeading", () => {
  it("names the month in French, lower case, with the year", () => {
    expect(formatMonthHeading(2025, 4)).toBe("avril 2025");
    expect(formatMonthHeading(2025, 12)).toBe("décembre 2025");
    expect(formatMonthHeading(2026, 1)).toBe("janvier 2026");
  });
});

describe("time zone independence", () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it("gives identical labels in UTC+14 (Pacific/Kiritimati) and UTC−10/−9 (America/Adak)", () => {
    const render = () => LABELS.map(([edtf]) => formatEventDate(parse(edtf))).concat([]);
    const headings = () => [1, 4, 12].map((m) => formatMonthHeading(2025, m));

    process.env.TZ = "UTC";
    const utc = { labels: render(), headings: headings(), offset: new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset() };

    process.env.TZ = "Pacific/Kiritimati";
    const east = { labels: render(), headings: headings(), offset: new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset() };

    process.env.TZ = "America/Adak";
    const west = { labels: render(), headings: headings(), offset: new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset() };

    // The zone change really took effect in this process (otherwise the test proves nothing).
    expect(utc.offset).toBe(0);
    expect(east.offset).toBe(-14 * 60);
    expect(west.offset).toBe(10 * 60);

    expect(east.labels).toEqual(utc.labels);
    expect(west.labels).toEqual(utc.labels);
    expect(east.headings).toEqual(utc.headings);
    expect(west.headings).toEqual(utc.headings);
    expect(west.labels[0]!.text).toBe("1er avril 2025");
    expect(east.labels[0]!.parts[0]!.datetime).toBe("2025-04-01");
  });
});

/** The exact English label of every supported form (British usage: day, month, year). */
const ENGLISH: [string, string][] = [
  ["2025-04-01", "1 April 2025"],
  ["2025-04-03", "3 April 2025"],
  ["2025-04-03/2025-04-04", "3–4 April 2025"],
  ["2025-04-01/2025-04-05", "1–5 April 2025"],
  ["2025-04-30/2025-05-02", "30 April – 2 May 2025"],
  ["2025-12-30/2026-01-02", "30 December 2025 – 2 January 2026"],
  ["2025-04/2025-05", "April – May 2025"],
  ["2025-04-03/2025-04-03", "3 April 2025"],
  ["2024/2025", "2024 – 2025"],
  ["2025-04", "April 2025"],
  ["2025-08", "August 2025"],
  ["2025", "2025"],
  ["2025-09~", "circa September 2025"],
  ["2025-04-03~", "circa 3 April 2025"],
  ["2025~", "circa 2025"],
  ["2025-04-03?", "3 April 2025 (date uncertain)"],
  ["2025-09?", "September 2025 (date uncertain)"],
  ["2025-04-03%", "circa 3 April 2025 (date uncertain)"],
  ["2025-04-03~/2025-04-04", "circa 3 April 2025 – 4 April 2025"],
  ["../2025-09-24", "before 24 September 2025"],
  ["../2025-09", "before September 2025"],
  ["2025-09-24/..", "after 24 September 2025 (date to be confirmed)"],
  ["2025-09/..", "after September 2025 (date to be confirmed)"],
  ["unknown", "date to be confirmed"],
];

describe("formatEventDate: English labels", () => {
  for (const [edtf, expected] of ENGLISH) {
    it(`${edtf} → ${expected}`, () => {
      expect(formatIn(parse(edtf), "en").text).toBe(expected);
    });
  }

  it("covers the same forms as the French labels", () => {
    const forms = new Set(ENGLISH.map(([edtf]) => edtf));
    expect(LABELS.filter(([edtf]) => !forms.has(edtf)).map(([edtf]) => edtf)).toEqual(["2025-02", "2025-04-01~"]);
  });

  it("writes the French ordinal only in French: 1 April, 1er avril", () => {
    expect(formatIn(parse("2025-04-01"), "en").text).toBe("1 April 2025");
    expect(formatIn(parse("2025-04-01~"), "en").text).toBe("circa 1 April 2025");
    for (const [edtf] of LABELS) expect(formatIn(parse(edtf), "en").text).not.toMatch(/\d(er|st|nd|rd|th)\b/);
    expect(formatIn(parse("2025-04-01"), "fr").text).toBe("1er avril 2025");
  });

  it("keeps the same <time datetime> values in every language, and only the words change", () => {
    for (const [edtf] of LABELS) {
      const fr = formatIn(parse(edtf), "fr");
      const en = formatIn(parse(edtf), "en");
      expect(en.parts.map((p) => p.datetime), edtf).toEqual(fr.parts.map((p) => p.datetime));
      expect(en.parts.map((p) => p.text).join(""), edtf).toBe(en.text);
    }
  });

  it("gives the exact parts of an English day range and open date", () => {
    expect(formatIn(parse("2025-04-03/2025-04-04"), "en").parts).toEqual([
      { text: "3", datetime: "2025-04-03" },
      { text: "–" },
      { text: "4 April 2025", datetime: "2025-04-04" },
    ]);
    expect(formatIn(parse("2025-09-24/.."), "en").parts).toEqual([
      { text: "after " },
      { text: "24 September 2025", datetime: "2025-09-24" },
      { text: " (date to be confirmed)" },
    ]);
  });

  it("names English months with a capital, and every month of both languages", () => {
    expect(headingIn(2025, 4, "en")).toBe("April 2025");
    expect(Array.from({ length: 12 }, (_, i) => headingIn(2025, i + 1, "en").split(" ")[0])).toEqual([
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]);
    expect(Array.from({ length: 12 }, (_, i) => headingIn(2025, i + 1, "fr").split(" ")[0])).toEqual([
      "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]);
  });

  it("reads the language from a full tag (en-GB, fr-CA) by its primary subtag", () => {
    expect(formatIn(parse("2025-04-01"), "en-GB").text).toBe("1 April 2025");
    expect(formatIn(parse("2025-04-01"), "fr-CA").text).toBe("1er avril 2025");
    expect(headingIn(2025, 4, "EN")).toBe("April 2025");
  });

  it("refuses a language without a catalogue, clearly", () => {
    expect(() => formatIn(parse("2025-04-01"), "de")).toThrow(/"de" has no interface catalogue: expected a tag of fr or en/);
  });
});

describe("speed", () => {
  it("writes 100,000 labels of every form in each language well within a second", () => {
    const dates = [...LABELS, ...ENGLISH].map(([edtf]) => parse(edtf));
    for (const language of ["fr", "en"]) {
      const start = performance.now();
      let length = 0;
      for (let i = 0; i < 100_000; i++) length += formatIn(dates[i % dates.length]!, language).text.length;
      const ms = performance.now() - start;
      expect(length).toBeGreaterThan(0);
      // About 60 ms on the 2-core CI machine; a per-label luxon call took seconds.
      expect(ms, `${language}: ${Math.round(ms)} ms`).toBeLessThan(1_000);
    }
  });
});

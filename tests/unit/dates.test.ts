import { describe, expect, it } from "vitest";
import {
  DATE_FORMS,
  anchorOf,
  compareEventDates,
  edtfOf,
  firstDay,
  isoOf,
  lastDay,
  parseDatePoint,
  parseEventDate,
  type DatePoint,
  type EventDate,
} from "../../src/model/dates.ts";

function parse(text: string): EventDate {
  const result = parseEventDate(text);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse, got: ${result.error}`);
  return result.value;
}

function errorOf(text: string): string {
  const result = parseEventDate(text);
  if (result.ok) throw new Error(`expected ${JSON.stringify(text)} to be refused, got ${JSON.stringify(result.value)}`);
  return result.error;
}

const point = (p: Partial<DatePoint> & Pick<DatePoint, "year" | "precision">): DatePoint => ({ approximate: false, uncertain: false, ...p });

describe("parseEventDate: accepted forms", () => {
  it("parses a day", () => {
    expect(parse("2025-04-01")).toEqual({ kind: "point", point: point({ year: 2025, month: 4, day: 1, precision: "day" }) });
  });

  it("parses a month, with no day key at all", () => {
    const date = parse("2025-04");
    expect(date).toEqual({ kind: "point", point: point({ year: 2025, month: 4, precision: "month" }) });
    expect(date.kind === "point" && "day" in date.point).toBe(false);
  });

  it("parses a year, with no month or day keys", () => {
    const date = parse("2025");
    expect(date).toEqual({ kind: "point", point: point({ year: 2025, precision: "year" }) });
    expect(date.kind === "point" && ("month" in date.point || "day" in date.point)).toBe(false);
  });

  it("parses ~ as approximate, ? as uncertain, % as both", () => {
    expect(parse("2025-09~")).toEqual({ kind: "point", point: point({ year: 2025, month: 9, precision: "month", approximate: true }) });
    expect(parse("2025-04-03?")).toEqual({ kind: "point", point: point({ year: 2025, month: 4, day: 3, precision: "day", uncertain: true }) });
    expect(parse("2025%")).toEqual({ kind: "point", point: point({ year: 2025, precision: "year", approximate: true, uncertain: true }) });
  });

  it("parses a closed range, including ranges of mixed precision", () => {
    expect(parse("2025-04-03/2025-04-04")).toEqual({
      kind: "range",
      start: point({ year: 2025, month: 4, day: 3, precision: "day" }),
      end: point({ year: 2025, month: 4, day: 4, precision: "day" }),
    });
    expect(parse("2025-04/2025-04-15").kind).toBe("range");
    // The month April ends on the 30th, after the 15th: a range from the 15th to "April" is not backwards.
    expect(parse("2025-04-15/2025-04").kind).toBe("range");
    // A one-day range is allowed (start equals end).
    expect(parse("2025-04-03/2025-04-03").kind).toBe("range");
  });

  it("parses qualifiers inside a range", () => {
    expect(parse("2025-04-03~/2025-04-04?")).toEqual({
      kind: "range",
      start: point({ year: 2025, month: 4, day: 3, precision: "day", approximate: true }),
      end: point({ year: 2025, month: 4, day: 4, precision: "day", uncertain: true }),
    });
  });

  it("parses ../X as an open start (before X)", () => {
    expect(parse("../2025-09-24")).toEqual({ kind: "before", end: point({ year: 2025, month: 9, day: 24, precision: "day" }) });
  });

  it("parses X/.. as an open end (on or after X)", () => {
    expect(parse("2025-09-24/..")).toEqual({ kind: "after", start: point({ year: 2025, month: 9, day: 24, precision: "day" }) });
  });

  it("parses unknown", () => {
    expect(parse("unknown")).toEqual({ kind: "unknown" });
  });

  it("ignores surrounding whitespace", () => {
    expect(parse("  2025-04-01\t")).toEqual(parse("2025-04-01"));
  });

  it("accepts leap days in leap years only (2024-02-29, 2000-02-29; not 1900)", () => {
    expect(parse("2024-02-29")).toEqual({ kind: "point", point: point({ year: 2024, month: 2, day: 29, precision: "day" }) });
    expect(parse("2000-02-29").kind).toBe("point");
    expect(errorOf("1900-02-29")).toBe('"1900-02-29" does not exist: February 1900 has no day 29');
  });

  it("round-trips through edtfOf", () => {
    for (const text of ["2025-04-01", "2025-04", "2025", "2025-09~", "2025-04-03?", "2025%", "2025-04-03/2025-04-04", "2025-04-03~/2025-04-04?", "../2025-09-24", "2025-09-24/..", "unknown"]) {
      expect(edtfOf(parse(text))).toBe(text);
    }
  });
});

describe("parseEventDate: refused forms and their messages", () => {
  it("refuses a day that does not exist", () => {
    expect(errorOf("2025-02-30")).toBe('"2025-02-30" does not exist: February 2025 has no day 30');
    expect(errorOf("2025-02-29")).toBe('"2025-02-29" does not exist: February 2025 has no day 29');
    expect(errorOf("2025-06-31")).toBe('"2025-06-31" does not exist: June 2025 has no day 31');
    expect(errorOf("2025-04-00")).toBe('"2025-04-00" does not exist: April 2025 has no day 0');
  });

  it("refuses a month that does not exist", () => {
    expect(errorOf("2025-13")).toBe('"2025-13" has no month 13: months go from 01 to 12');
    expect(errorOf("2025-00")).toBe('"2025-00" has no month 00: months go from 01 to 12');
    expect(errorOf("2025-13-01")).toBe('"2025-13-01" has no month 13: months go from 01 to 12');
  });

  it("refuses a range that ends before it starts", () => {
    expect(errorOf("2025-04-05/2025-04-01")).toBe(
      '"2025-04-05/2025-04-01" ends before it starts: the second date must not be earlier than the first',
    );
    expect(errorOf("2025-05/2025-04-30")).toBe('"2025-05/2025-04-30" ends before it starts: the second date must not be earlier than the first');
    expect(errorOf("2026/2025")).toBe('"2026/2025" ends before it starts: the second date must not be earlier than the first');
  });

  it("refuses ../.. (use unknown)", () => {
    expect(errorOf("../..")).toBe('"../.." says nothing: use unknown for an event with no known date');
  });

  it("refuses garbage with the list of accepted forms", () => {
    expect(errorOf("hello")).toBe(`"hello" is not a date: expected ${DATE_FORMS}`);
    expect(errorOf("")).toBe(`"" is not a date: expected ${DATE_FORMS}`);
    expect(errorOf("2025-4-1")).toBe(`"2025-4-1" is not a date: expected ${DATE_FORMS}`);
    expect(errorOf("01/04/2025".replace(/\//g, "-"))).toBe(`"01-04-2025" is not a date: expected ${DATE_FORMS}`);
    expect(errorOf("2025-04-01T10:00")).toBe(`"2025-04-01T10:00" is not a date: expected ${DATE_FORMS}`);
    expect(errorOf("2025~?")).toBe(`"2025~?" is not a date: expected ${DATE_FORMS}`);
    expect(errorOf("Unknown")).toBe(`"Unknown" is not a date: expected ${DATE_FORMS}`);
  });

  it("refuses two slashes", () => {
    expect(errorOf("2025/2026/2027")).toBe(`"2025/2026/2027" has more than one "/": expected ${DATE_FORMS}`);
    expect(errorOf("../2025/..")).toBe(`"../2025/.." has more than one "/": expected ${DATE_FORMS}`);
  });

  it("reports the bad half of a range or an open interval", () => {
    expect(errorOf("2025-02-30/2025-03-02")).toBe('"2025-02-30" does not exist: February 2025 has no day 30');
    expect(errorOf("2025-03-01/2025-13")).toBe('"2025-13" has no month 13: months go from 01 to 12');
    expect(errorOf("../2025-02-30")).toBe('"2025-02-30" does not exist: February 2025 has no day 30');
    expect(errorOf("2025-02-30/..")).toBe('"2025-02-30" does not exist: February 2025 has no day 30');
    expect(errorOf("2025-04-01 / 2025-04-02")).toBe(`"2025-04-01 " is not a date: expected ${DATE_FORMS}`);
  });

  it("parseDatePoint refuses intervals", () => {
    const result = parseDatePoint("2025-04-01/2025-04-02");
    expect(result.ok).toBe(false);
  });
});

describe("day helpers", () => {
  it("gives first and last days of each precision", () => {
    const p = (text: string) => {
      const r = parseDatePoint(text);
      if (!r.ok) throw new Error(r.error);
      return r.value;
    };
    expect([firstDay(p("2025")), lastDay(p("2025"))]).toEqual(["2025-01-01", "2025-12-31"]);
    expect([firstDay(p("2024-02")), lastDay(p("2024-02"))]).toEqual(["2024-02-01", "2024-02-29"]);
    expect([firstDay(p("2025-02")), lastDay(p("2025-02"))]).toEqual(["2025-02-01", "2025-02-28"]);
    expect([firstDay(p("2025-04-03")), lastDay(p("2025-04-03"))]).toEqual(["2025-04-03", "2025-04-03"]);
    expect([isoOf(p("2025")), isoOf(p("2025-04~")), isoOf(p("2025-04-03?"))]).toEqual(["2025", "2025-04", "2025-04-03"]);
  });

  it("anchors each kind of date", () => {
    expect(anchorOf(parse("2025-04-03/2025-04-05"))?.day).toBe(3);
    expect(anchorOf(parse("2025-09-24/.."))?.day).toBe(24);
    expect(anchorOf(parse("../2025-09-24"))?.day).toBe(24);
    expect(anchorOf(parse("unknown"))).toBeUndefined();
  });
});

describe("compareEventDates", () => {
  const cmp = (a: string, b: string) => compareEventDates(parse(a), parse(b));

  it("orders mixed precisions: the general before the particular", () => {
    const ordered = ["2025", "2025-04", "2025-04-01", "2025-04-01/2025-04-03", "2025-04-02"];
    for (let i = 0; i < ordered.length; i++) {
      for (let j = i + 1; j < ordered.length; j++) {
        expect(cmp(ordered[i]!, ordered[j]!), `${ordered[i]} < ${ordered[j]}`).toBe(-1);
        expect(cmp(ordered[j]!, ordered[i]!), `${ordered[j]} > ${ordered[i]}`).toBe(1);
      }
    }
    // Sorting any permutation gives the same order.
    expect([...ordered].reverse().map(parse).sort(compareEventDates).map(edtfOf)).toEqual(ordered);
  });

  it("puts the year before January of the same year (same first day, coarser first)", () => {
    expect(cmp("2025", "2025-01")).toBe(-1);
    expect(cmp("2025-01", "2025-01-01")).toBe(-1);
  });

  it("puts a point before a range starting the same day, and the shorter range first", () => {
    expect(cmp("2025-04-01", "2025-04-01/2025-04-02")).toBe(-1);
    expect(cmp("2025-04-01/2025-04-02", "2025-04-01/2025-04-05")).toBe(-1);
  });

  it("puts ../2025-09-24 before 2025-09-24 and after the day before", () => {
    expect(cmp("../2025-09-24", "2025-09-24")).toBe(-1);
    expect(cmp("2025-09-24", "../2025-09-24")).toBe(1);
    expect(cmp("2025-09-23", "../2025-09-24")).toBe(-1);
    expect(cmp("2025-09", "../2025-09-24")).toBe(-1);
  });

  it("puts 2025-09-24/.. after 2025-09-24 and after any closed range from that day", () => {
    expect(cmp("2025-09-24/..", "2025-09-24")).toBe(1);
    expect(cmp("2025-09-24", "2025-09-24/..")).toBe(-1);
    expect(cmp("2025-09-24/2025-12-31", "2025-09-24/..")).toBe(-1);
    expect(cmp("2025-09-24/..", "2025-09-25")).toBe(-1);
  });

  it("puts unknown last, after open ends and far-future dates", () => {
    for (const other of ["2025", "9999-12-31", "2025-09-24/..", "../2025-09-24", "2999-01/2999-02"]) {
      expect(cmp("unknown", other), other).toBe(1);
      expect(cmp(other, "unknown"), other).toBe(-1);
    }
    expect(cmp("unknown", "unknown")).toBe(0);
  });

  it("ignores qualifiers (~ ? %) for ordering", () => {
    expect(cmp("2025-04-03~", "2025-04-03")).toBe(0);
    expect(cmp("2025-04?", "2025-04-01")).toBe(-1);
  });

  it("is a total preorder over a generated list of dates (antisymmetric, transitive, consistent)", () => {
    const points: string[] = [];
    for (const year of ["2024", "2025"]) {
      points.push(year, `${year}~`);
      for (const month of ["01", "02", "12"]) {
        points.push(`${year}-${month}`, `${year}-${month}?`);
        for (const day of ["01", "15", "28"]) points.push(`${year}-${month}-${day}`);
      }
    }
    points.push("2024-02-29");
    const texts = [...points, "unknown"];
    for (const p of points) texts.push(`../${p}`, `${p}/..`);
    const closed = ["2024", "2024-02", "2024-02-15", "2025-01-01", "2025-12"];
    for (const a of closed) for (const b of closed) if (parseEventDate(`${a}/${b}`).ok) texts.push(`${a}/${b}`);
    const dates = texts.map(parse);
    expect(dates.length).toBeGreaterThan(100);

    const sign = (n: number) => (n > 0 ? 1 : n < 0 ? -1 : 0);
    const c = dates.map((a) => dates.map((b) => sign(compareEventDates(a, b))));
    for (let i = 0; i < dates.length; i++) {
      expect(c[i]![i], texts[i]).toBe(0);
      for (let j = 0; j < dates.length; j++) {
        if (c[i]![j]! !== -c[j]![i]!) throw new Error(`not antisymmetric: ${texts[i]} vs ${texts[j]}`);
      }
    }
    for (let i = 0; i < dates.length; i++) {
      for (let j = 0; j < dates.length; j++) {
        if (c[i]![j]! > 0) continue;
        for (let k = 0; k < dates.length; k++) {
          if (c[j]![k]! > 0) continue;
          // a <= b and b <= c imply a <= c; and a = b, b = c imply a = c.
          if (c[i]![k]! > 0) throw new Error(`not transitive: ${texts[i]} <= ${texts[j]} <= ${texts[k]} but ${texts[i]} > ${texts[k]}`);
          if (c[i]![j] === 0 && c[j]![k] === 0 && c[i]![k] !== 0) throw new Error(`equality not transitive: ${texts[i]}, ${texts[j]}, ${texts[k]}`);
        }
      }
    }

    // Sorting is deterministic whatever the input order (ties broken by the text, as callers do by id).
    const byDateThenText = (a: number, b: number) => compareEventDates(dates[a]!, dates[b]!) || (texts[a]! < texts[b]! ? -1 : texts[a]! > texts[b]! ? 1 : 0);
    const indices = dates.map((_, i) => i);
    const sorted = [...indices].sort(byDateThenText);
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 5; round++) {
      const shuffled = [...indices];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      expect(shuffled.sort(byDateThenText)).toEqual(sorted);
    }
    // And the sorted list agrees with the anchors: first days never go backwards among dated events.
    const sortedTexts = sorted.map((i) => texts[i]!);
    expect(sortedTexts.at(-1)).toBe("unknown");
    let previous = "";
    for (const i of sorted) {
      const date = dates[i]!;
      const anchor = anchorOf(date);
      if (!anchor) continue;
      const day = date.kind === "before" ? lastDay(anchor) : firstDay(anchor);
      expect(day >= previous, `${texts[i]} after ${previous}`).toBe(true);
      previous = day;
    }
  });
});

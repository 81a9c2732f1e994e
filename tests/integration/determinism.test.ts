/**
 * The same content gives the same site, byte for byte: whatever the machine's
 * time zone (the earliest and the latest ones on Earth, and UTC) and however
 * many times it is built. Every file of the output is hashed and compared.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildInto, listFiles } from "../helpers/site.ts";

/** Relative path → sha256 of every file of a build. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of listFiles(dir)) out[file] = createHash("sha256").update(fs.readFileSync(path.join(dir, file))).digest("hex");
  return out;
}

/** The files that differ, for a readable failure. */
function differences(a: Record<string, string>, b: Record<string, string>): string[] {
  const files = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return files.filter((f) => a[f] !== b[f]).map((f) => `${f}: ${a[f] ? a[f].slice(0, 12) : "missing"} ≠ ${b[f] ? b[f].slice(0, 12) : "missing"}`);
}

describe("determinism", () => {
  const builds: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    // One after another: concurrent builds on two cores would only measure contention.
    for (const [name, tz] of [
      ["UTC", "UTC"],
      ["UTC again", "UTC"],
      ["Kiritimati (UTC+14)", "Pacific/Kiritimati"],
      ["Adak (UTC-10/-9)", "America/Adak"],
    ] as const) {
      builds[name] = fingerprint(await buildInto({ TZ: tz }));
    }
  }, 300_000);

  it("writes a real site (the fingerprints are of something)", () => {
    const files = Object.keys(builds["UTC"]!);
    expect(files).toContain("index.html");
    expect(files.filter((f) => f.endsWith(".html")).length).toBeGreaterThan(10);
  });

  it("is byte-identical when built twice in a row", () => {
    expect(differences(builds["UTC"]!, builds["UTC again"]!)).toEqual([]);
  });

  it("is byte-identical under TZ=Pacific/Kiritimati, TZ=America/Adak and TZ=UTC", () => {
    expect(differences(builds["UTC"]!, builds["Kiritimati (UTC+14)"]!)).toEqual([]);
    expect(differences(builds["UTC"]!, builds["Adak (UTC-10/-9)"]!)).toEqual([]);
  });
});

/**
 * A substring index over a source's text, built once, so that finding a quote
 * costs about the quote's length, not the source's: every position is filed by
 * a hash of its next characters in their loose form (lower case, no accents),
 * so one index answers exact and loose searches. Used by QuoteFinder (quotes.ts).
 * Also the fast loose form of a text (`looseForm`).
 */

/** Letters without accents, in lower case: used only to explain a near miss, never to accept one. */
function loose(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Code units whose `loose` form does not depend on their neighbours: Latin
 * letters and signs (U+0000–U+024F), combining diacritical marks (U+0300–U+036F,
 * which `loose` strips), general punctuation (U+2000–U+206F) and currency signs
 * (U+20A0–U+20CF). None of them is Greek (whose capital sigma lowers by context)
 * and their decompositions add only marks that `loose` strips, so the loose
 * form of a text made of them is the loose forms of its code units, end to end.
 */
const FAST_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x0250],
  [0x0300, 0x0370],
  [0x2000, 0x2070],
  [0x20a0, 0x20d0],
];

/**
 * For each code unit: its loose form when that is one code unit that is its own
 * loose form, -1 when `loose` drops it (a combining mark), -2 otherwise (outside
 * `FAST_RANGES`, or a form that is longer or not loose itself).
 */
let looseUnits: Int32Array | undefined;

function looseTable(): Int32Array {
  if (looseUnits) return looseUnits;
  const table = new Int32Array(0x10000).fill(-2);
  for (const [from, to] of FAST_RANGES) {
    for (let c = from; c < to; c++) {
      const out = loose(String.fromCharCode(c));
      if (out.length <= 1) table[c] = out === "" ? -1 : out.charCodeAt(0);
    }
  }
  // A loose form must be loose itself (so that a loose quote can be compared unit by unit).
  for (let changed = true; changed; ) {
    changed = false;
    for (let c = 0; c < 0x10000; c++) {
      const out = table[c]!;
      if (out >= 0 && table[out] !== out) {
        table[c] = -2;
        changed = true;
      }
    }
  }
  return (looseUnits = table);
}

/** For each code unit, the one the index files it under: its loose form when `looseTable` has one, else itself. */
let foldUnits: Uint16Array | undefined;

function foldTable(): Uint16Array {
  if (foldUnits) return foldUnits;
  const table = looseTable();
  const folds = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) folds[c] = table[c]! >= 0 ? table[c]! : c;
  return (foldUnits = folds);
}

/** Scratch space for `looseForm`, kept for texts up to 512 K code units. */
let looseScratch: Buffer | undefined;

/** `loose`, computed unit by unit when the text allows it (the usual case, and many times faster). */
export function looseForm(text: string): string {
  const table = looseTable();
  const size = text.length * 2;
  const bytes = size <= 1 << 20 ? (looseScratch ??= Buffer.allocUnsafeSlow(1 << 20)) : Buffer.allocUnsafeSlow(size);
  const units = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
  let n = 0;
  let wide = false;
  for (let i = 0; i < text.length; i++) {
    const out = table[text.charCodeAt(i)]!;
    if (out === -2) return loose(text);
    if (out === -1) continue;
    if (out > 0xff) wide = true;
    units[n++] = out;
  }
  if (wide) return bytes.toString("utf16le", 0, n * 2);
  // Every unit fits a byte: pack them at the start (byte i is written after unit i has been read).
  for (let i = 0; i < n; i++) bytes[i] = units[i]!;
  return bytes.toString("latin1", 0, n);
}

/** The index's text joins its regions with this character (`QuoteFinder` relies on it being a space). */
const SEPARATOR = 0x20;

/** Positions per chunk of the index: offsets within a chunk, and counts, fit in 16 bits. */
const CHUNK = 0xffff;

/** Bits of a file number taken from a position's third code unit; the first two give the rest. */
const THIRD_BITS = 4;

/** Code units from a position that its file and check cover. */
const WINDOW = 8;

/** The bits of a check that a query of fewer than `WINDOW` code units (from the position) can compare. */
const CHECK_THIRD = 0xc0;

/** Bits of the table counting positions per file and check. */
const WINDOW_BITS = 18;

/** What verifying a candidate costs, in steps over candidates whose check differs. */
const VERIFY_COST = 64;

/** A query that would verify more candidates than the text's length / 32 is answered by a native scan. */
const SCAN_RATIO = 32;

/** The file of a position whose first code units are `a`, `b`, `c` (-1 past the text's end). */
function fileOf(a: number, b: number, c: number, pairBits: number): number {
  return ((Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - pairBits)) << THIRD_BITS) | (Math.imul(c + 1, 0x85ebca77) >>> (32 - THIRD_BITS));
}

/** The base of the polynomial hash of a position's code units 3 to 7, and its fourth power. */
const BASE = 0x01000193;
const BASE4 = Math.imul(Math.imul(BASE, BASE), Math.imul(BASE, BASE));

/** The polynomial hash of five code units (-1 past the text's end), which rolls from one position to the next. */
function poly5(d: number, e: number, f: number, g: number, h: number): number {
  return (Math.imul((Math.imul((Math.imul((Math.imul(d, BASE) + e) | 0, BASE) + f) | 0, BASE) + g) | 0, BASE) + h) | 0;
}

/**
 * The check byte of a position whose third code unit is `c` and whose units 3
 * to 7 hash to `poly`: 2 more bits of the third unit (the file has 4 others),
 * then 6 bits of the next five.
 */
function checkOf(c: number, poly: number): number {
  return ((Math.imul(c + 1, 0x27d4eb2f) >>> 30) << 6) | (Math.imul(poly ^ (poly >>> 16), 0x85ebca6b) >>> 26);
}

/**
 * A substring index over regions of text (a source's blocks), as if joined by
 * single spaces into one text (which is never built, unless a scan needs it).
 * Positions are filed by their code units folded to their loose form (see
 * `looseTable`; a unit without one stays itself), so that one index finds
 * both a quote (exactly) and its loose form in a region whose loose form is
 * its own text mapped unit by unit (a "folded" region).
 *
 * Every position of the joined text but the last is filed under a hash of the
 * three (folded) code units that start there: the first two give the high bits
 * of the file number, the third the low four, so the 16 files of a pair are
 * neighbours. Each position also gets a check byte: 2 more bits of its third
 * unit, 6 of its next five. The text is cut into chunks of 65,535 positions;
 * within a chunk, positions are stored by file, then in text order, as 16-bit
 * offsets, with their checks. Counts per file, per file and third unit, and
 * per file and check tell how many positions a window of a query would visit.
 *
 * A query of three or more code units takes as anchor the window that is
 * cheapest by these counts: each position in its file is one step, and each
 * whose check agrees with the query (as far as the query covers it) a full
 * comparison. Only the positions filed with the anchor can start an
 * occurrence; they are compared chunk after chunk, in text order, so the
 * first that matches is the first occurrence. A two-unit query reads the 16
 * files of its pair, a one-unit query a table made on first use.
 *
 * Cost of a query: its length, a step per chunk (the text's length / 65,535)
 * and per position in the anchor's file, and a comparison per position whose
 * check agrees: how often the query's rarest window recurs decides, not a
 * scan of the text (a window that recurs in every paragraph of a long text
 * still costs one step per recurrence). A query whose every window is very
 * common (a text of
 * few distinct characters, a short quote of common words), with more
 * comparisons than the text's length / 32, is answered by the engine's native
 * `indexOf` instead, once per distinct quote. Memory: 3 bytes per code unit of
 * text, 2 bytes per 8 positions of file heads and the counts (at most 1.2 MB),
 * in typed arrays.
 */
export class SubstringIndex {
  /** Where each region starts in the joined text, and where it ends (before the separator). */
  readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Whether each region's loose form is its code units mapped by `looseTable` (1) or not (0). */
  private readonly folded: Uint8Array;
  /** Length of the joined text. */
  private readonly length: number;
  /** Bits of the file number taken from a position's first two code units. */
  private readonly pairBits: number;
  /** Files per chunk, plus one: the stride of `heads`. */
  private readonly stride: number;
  /** How many positions of the whole text each file holds. */
  private readonly sizes: Int32Array;
  /** How many positions each file holds with each value of `check & CHECK_THIRD`: at `file << 2 | check >> 6`. */
  private readonly thirds: Int32Array;
  /** How many positions each (file, check) holds, at a hash of the two. */
  private readonly windows: Int32Array;
  /** Chunk `q`'s file `f` is `offsets[q * CHUNK + heads[q * stride + f]]` up to `…heads[q * stride + f + 1]]`. */
  private readonly heads: Uint16Array;
  /** Each position minus its chunk's first, by chunk, then file, then text order. */
  private readonly offsets: Uint16Array;
  /** The check byte of the position in `offsets` at the same index. */
  private readonly checks: Uint8Array;
  /** The first position of each code unit within a region (-1: none), made on the first one-unit query. */
  private firsts: Int32Array | undefined;
  /** Which loose code units the folded regions have, made on the first one-unit loose query. */
  private looseUnits: Uint8Array | undefined;
  /** The joined text, made only for a scan that must look across regions. */
  private joined: string | undefined;

  constructor(private readonly regions: readonly string[]) {
    const table = looseTable();
    const fold = foldTable();
    this.starts = new Int32Array(regions.length);
    this.ends = new Int32Array(regions.length);
    this.folded = new Uint8Array(regions.length);
    let length = 0;
    regions.forEach((region, r) => {
      if (r > 0) length++;
      this.starts[r] = length;
      length += region.length;
      this.ends[r] = length;
      let folded = 1;
      for (let x = 0; x < region.length && folded; x++) if (table[region.charCodeAt(x)]! < 0) folded = 0;
      this.folded[r] = folded;
    });
    this.length = length;

    const count = Math.max(length - 1, 0);
    // About 8 positions per file in a full chunk, fewer files for a short text.
    const pairBits = Math.min(Math.max(Math.ceil(Math.log2(Math.max(count, 1))) - 3 - THIRD_BITS, 2), 13 - THIRD_BITS);
    const files = 1 << (pairBits + THIRD_BITS);
    const stride = files + 1;
    const sizes = new Int32Array(files);
    const thirds = new Int32Array(files << 2);
    const windows = new Int32Array(Math.min(1 << WINDOW_BITS, files << 6));
    const heads = new Uint16Array(Math.ceil(count / CHUNK) * stride);
    const offsets = new Uint16Array(count);
    const checks = new Uint8Array(count);
    // The current chunk: the file and check of each of its positions, then where each file's next entry goes.
    const chunkFiles = new Uint16Array(Math.min(count, CHUNK));
    const chunkChecks = new Uint8Array(Math.min(count, CHUNK));
    const cursor = new Uint16Array(files);
    let chunk = 0;
    let k = 0;
    const windowMask = windows.length - 1;
    const file = (f: number, check: number) => {
      chunkFiles[k] = f;
      chunkChecks[k++] = check;
      heads[chunk * stride + f + 1]!++;
      sizes[f]!++;
      thirds[(f << 2) | (check >>> 6)]!++;
      windows[windowOf(f, check) & windowMask]!++;
      if (k === CHUNK) {
        fileChunk(heads, offsets, checks, chunkFiles, chunkChecks, cursor, chunk++, k);
        k = 0;
      }
    };
    const units = new Int32Array(WINDOW);
    for (let r = 0; r < regions.length; r++) {
      const region = regions[r]!;
      const start = this.starts[r]!;
      // The region's positions, then the separator after it; never the text's last position.
      const last = Math.min(r + 1 < regions.length ? region.length : region.length - 1, count - 1 - start);
      let x = 0;
      // Positions whose eight code units are all in the region: the windows roll.
      const inside = Math.min(last, region.length - WINDOW);
      if (inside >= 0) {
        let [u0, u1, u2, u3, u4, u5, u6, u7] = Array.from({ length: WINDOW }, (_, d) => fold[region.charCodeAt(d)]!) as [number, number, number, number, number, number, number, number];
        let poly = poly5(u3, u4, u5, u6, u7);
        for (; ; x++) {
          file(fileOf(u0, u1, u2, pairBits), checkOf(u2, poly));
          if (x === inside) break;
          const u8 = fold[region.charCodeAt(x + WINDOW)]!;
          poly = (Math.imul((poly - Math.imul(u3, BASE4)) | 0, BASE) + u8) | 0;
          u0 = u1;
          u1 = u2;
          u2 = u3;
          u3 = u4;
          u4 = u5;
          u5 = u6;
          u6 = u7;
          u7 = u8;
        }
        x++;
      }
      for (; x <= last; x++) {
        this.unitsFrom(r, x, units);
        file(fileOf(units[0]!, units[1]!, units[2]!, pairBits), checkOf(units[2]!, poly5(units[3]!, units[4]!, units[5]!, units[6]!, units[7]!)));
      }
    }
    if (k > 0) fileChunk(heads, offsets, checks, chunkFiles, chunkChecks, cursor, chunk, k);
    this.pairBits = pairBits;
    this.stride = stride;
    this.sizes = sizes;
    this.thirds = thirds;
    this.windows = windows;
    this.heads = heads;
    this.offsets = offsets;
    this.checks = checks;
  }

  /** The joined text's folded code units from offset `x` of region `r` on, into `units` (-1 past the end). */
  private unitsFrom(r: number, x: number, units: Int32Array): void {
    const fold = foldTable();
    for (let d = 0; d < units.length; d++) {
      if (r >= this.regions.length) units[d] = -1;
      else if (x < this.regions[r]!.length) units[d] = fold[this.regions[r]!.charCodeAt(x++)]!;
      else if (r + 1 < this.regions.length) {
        units[d] = SEPARATOR;
        r++;
        x = 0;
      } else {
        units[d] = -1;
        r = this.regions.length;
      }
    }
  }

  /** The regions whose loose form this index cannot compare (see `hasLoose`). */
  unfolded(): number[] {
    const out: number[] = [];
    this.folded.forEach((folded, r) => folded || out.push(r));
    return out;
  }

  /** The region holding position `at` (the region before it, for a separator). */
  regionOf(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Whether the joined text has `query` at `at`: 0 no, 1 yes but across a separator, 2 yes within one region. */
  private match(query: string, at: number): 0 | 1 | 2 {
    const m = query.length;
    let r = this.regionOf(at);
    if (at + m <= this.ends[r]!) return this.regions[r]!.startsWith(query, at - this.starts[r]!) ? 2 : 0;
    // Across the end of the region: unit by unit, through separators.
    let x = at - this.starts[r]!;
    for (let k = 0; k < m; ) {
      const region = this.regions[r]!;
      for (; x < region.length && k < m; x++, k++) if (region.charCodeAt(x) !== query.charCodeAt(k)) return 0;
      if (k === m) break;
      if (r + 1 >= this.regions.length || query.charCodeAt(k) !== SEPARATOR) return 0;
      k++;
      r++;
      x = 0;
    }
    return 1;
  }

  /** Whether a folded region's loose form has `query` at `at`, within the region: 2 yes, 0 no. */
  private matchLoose(query: string, at: number): 0 | 2 {
    const r = this.regionOf(at);
    if (!this.folded[r] || at + query.length > this.ends[r]!) return 0;
    const table = looseTable();
    const region = this.regions[r]!;
    for (let k = 0, x = at - this.starts[r]!; k < query.length; k++, x++) if (table[region.charCodeAt(x)] !== query.charCodeAt(k)) return 0;
    return 2;
  }

  /**
   * The first position where `query` (not empty) occurs within one region
   * (-1: none), and, when it occurs within none, whether it occurs anywhere in
   * the joined text, across separators (looked for only if `across` is asked).
   */
  search(query: string, across: boolean): { at: number; anywhere: boolean } {
    return this.find(query, false, across);
  }

  /** Whether a folded region's loose form has `query`, a loose form (not empty). */
  hasLoose(query: string): boolean {
    return this.find(query, true, false).at !== -1;
  }

  /** `search`, or with `loose`, `hasLoose` (whose `at` is then any position, or -1). */
  private find(query: string, loose: boolean, across: boolean): { at: number; anywhere: boolean } {
    const m = query.length;
    if (m > this.length) return { at: -1, anywhere: false };
    if (m === 1) return loose ? this.unitLoose(query) : this.unit(query);
    const { sizes, heads, offsets, checks, stride } = this;
    const limit = this.length / SCAN_RATIO;
    const chunks = heads.length / stride;
    const fold = foldTable();
    const unit = (j: number) => (j < m ? fold[query.charCodeAt(j)]! : -1);
    const match = (at: number) => (loose ? this.matchLoose(query, at) : this.match(query, at));
    if (m === 2) {
      // The 16 neighbouring files of this pair hold every position where it occurs.
      const low = fileOf(unit(0), unit(1), -1, this.pairBits) & ~((1 << THIRD_BITS) - 1);
      const high = low + (1 << THIRD_BITS);
      let total = 0;
      for (let f = low; f < high; f++) total += sizes[f]!;
      if (total > limit) return this.scan(query, loose, across);
      let anywhere = false;
      for (let q = 0; q < chunks; q++) {
        const first = q * CHUNK;
        let best = -1;
        // One range of offsets, in file order then text order: take the least that matches.
        for (let k = first + heads[q * stride + low]!, end = first + heads[q * stride + high]!; k < end; k++) {
          const at = first + offsets[k]!;
          if (best !== -1 && at >= best) continue;
          const found = match(at);
          if (found !== 0) anywhere = true;
          if (found === 2) best = at;
        }
        if (best !== -1) return { at: best, anywhere };
      }
      return { at: -1, anywhere };
    }
    // The anchor: the window of three code units (and its check, as far as the query goes) that costs least.
    let anchor = -1;
    let cost = Infinity;
    let compares = 0;
    for (let j = 0; j + 3 <= m && cost > 0; j++) {
      const f = fileOf(unit(j), unit(j + 1), unit(j + 2), this.pairBits);
      const check = checkOf(unit(j + 2), poly5(unit(j + 3), unit(j + 4), unit(j + 5), unit(j + 6), unit(j + 7)));
      const agree = j + WINDOW <= m ? this.windows[windowOf(f, check) & (this.windows.length - 1)]! : this.thirds[(f << 2) | (check >>> 6)]!;
      const c = agree === 0 ? 0 : sizes[f]! + VERIFY_COST * agree;
      if (c < cost) {
        cost = c;
        anchor = j;
        compares = agree;
      }
    }
    // Every occurrence has each window of the query at its place: a window absent from the text rules them all out.
    if (cost === 0) return { at: -1, anywhere: false };
    if (compares > limit) return this.scan(query, loose, across);
    const f = fileOf(unit(anchor), unit(anchor + 1), unit(anchor + 2), this.pairBits);
    const mask = anchor + WINDOW <= m ? 0xff : CHECK_THIRD;
    const want = checkOf(unit(anchor + 2), poly5(unit(anchor + 3), unit(anchor + 4), unit(anchor + 5), unit(anchor + 6), unit(anchor + 7))) & mask;
    let anywhere = false;
    let compared = 0;
    for (let q = 0; q < chunks; q++) {
      const first = q * CHUNK;
      for (let k = first + heads[q * stride + f]!, end = first + heads[q * stride + f + 1]!; k < end; k++) {
        if ((checks[k]! & mask) !== want) continue;
        const at = first + offsets[k]! - anchor;
        if (at < 0) continue;
        // Counted by hash, the estimate can be low: never compare more than a scan would cost.
        if (++compared > limit) return this.scan(query, loose, across);
        const found = match(at);
        if (found === 2) return { at, anywhere: true };
        if (found === 1) anywhere = true;
      }
    }
    return { at: -1, anywhere };
  }

  /** A query of one code unit, from a table of first occurrences within regions. */
  private unit(query: string): { at: number; anywhere: boolean } {
    if (!this.firsts) {
      const firsts = new Int32Array(0x10000).fill(-1);
      this.regions.forEach((region, r) => {
        for (let x = 0; x < region.length; x++) {
          const c = region.charCodeAt(x);
          if (firsts[c] === -1) firsts[c] = this.starts[r]! + x;
        }
      });
      this.firsts = firsts;
    }
    const at = this.firsts[query.charCodeAt(0)]!;
    // Outside the regions, the joined text has only separators.
    return { at, anywhere: at !== -1 || (query.charCodeAt(0) === SEPARATOR && this.regions.length > 1) };
  }

  /** A loose query of one code unit, from a table of the loose units of the folded regions. */
  private unitLoose(query: string): { at: number; anywhere: boolean } {
    if (!this.looseUnits) {
      const table = looseTable();
      const units = new Uint8Array(0x10000);
      this.regions.forEach((region, r) => {
        if (this.folded[r]) for (let x = 0; x < region.length; x++) units[table[region.charCodeAt(x)]!] = 1;
      });
      this.looseUnits = units;
    }
    return { at: this.looseUnits[query.charCodeAt(0)] ? 0 : -1, anywhere: false };
  }

  /** The same answer from the engine's own search: region by region, then across them in the joined text. */
  private scan(query: string, loose: boolean, across: boolean): { at: number; anywhere: boolean } {
    for (let r = 0; r < this.regions.length; r++) {
      if (loose && !this.folded[r]) continue;
      const x = (loose ? looseForm(this.regions[r]!) : this.regions[r]!).indexOf(query);
      if (x !== -1) return { at: this.starts[r]! + x, anywhere: true };
    }
    if (!across) return { at: -1, anywhere: false };
    this.joined ??= this.regions.join(String.fromCharCode(SEPARATOR));
    return { at: -1, anywhere: this.joined.includes(query) };
  }
}

/** Where the count of positions with file `file` and check `check` is kept (to be masked to the table's size). */
function windowOf(file: number, check: number): number {
  return Math.imul((file << 8) | check, 0x9e3779b1) >>> (32 - WINDOW_BITS);
}

/**
 * Files the `count` positions of chunk `chunk`, whose files and checks are `chunkFiles` and
 * `chunkChecks`, and whose file sizes are counted in `heads` (each at its file's index plus
 * one): turns the counts into starts, then writes each position's offset and check at its
 * file's next place.
 */
function fileChunk(
  heads: Uint16Array,
  offsets: Uint16Array,
  checks: Uint8Array,
  chunkFiles: Uint16Array,
  chunkChecks: Uint8Array,
  cursor: Uint16Array,
  chunk: number,
  count: number,
): void {
  const files = cursor.length;
  const head = chunk * (files + 1);
  for (let f = 0; f < files; f++) {
    cursor[f] = heads[head + f]!;
    heads[head + f + 1]! += heads[head + f]!;
  }
  const first = chunk * CHUNK;
  for (let x = 0; x < count; x++) {
    const at = first + cursor[chunkFiles[x]!]!++;
    offsets[at] = x;
    checks[at] = chunkChecks[x]!;
  }
}

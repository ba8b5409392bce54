/**
 * A strict JSON reader for input files, in one linear pass. JSON.parse lets the last of two equal
 * keys win silently, turns invalid UTF-8 and lone surrogates into U+FFFD (which then reaches the
 * forms), and answers a workbook or a UTF-16 file with V8's `Unexpected token 'P', "PK…"`. Here
 * each of these is a problem naming what the file is, or the line and column (or byte) where it
 * went wrong, in kk, ru and en.
 */
import { word, type ProblemCode, type ProblemParams } from "./problems";

export const JSON_LIMITS = {
  /** Lists and objects nested deeper than this are refused (an assessment nests 6 levels). */
  depth: 256,
} as const;

export type StrictJson =
  { ok: true; value: unknown } | { ok: false; code: ProblemCode; params: ProblemParams };

class JsonFailure extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly params: ProblemParams,
  ) {
    super(code);
  }
}

/** What a file is when it is plainly not UTF-8 JSON: a ZIP package or UTF-16 text. */
function foreignFile(bytes: Uint8Array): ProblemCode | undefined {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0x50 && b === 0x4b && (c === 3 || c === 5 || c === 7) && d === c + 1) return "jsonIsZip";
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return "jsonIsUtf16";
  // UTF-16 without a byte order mark: ASCII text with a NUL byte after (LE) or before (BE) each.
  if (bytes.length >= 4 && a !== 0 && b === 0 && c !== 0 && d === 0) return "jsonIsUtf16";
  if (bytes.length >= 4 && a === 0 && b !== 0 && c === 0 && d !== 0) return "jsonIsUtf16";
  return undefined;
}

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Second-byte ranges exclude overlong forms, surrogates (ED A0..BF) and code points > U+10FFFF.
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b === 0xe0) [need, low] = [2, 0xa0];
    else if (b === 0xed) [need, high] = [2, 0x9f];
    else if (b >= 0xe1 && b <= 0xef) need = 2;
    else if (b === 0xf0) [need, low] = [3, 0x90];
    else if (b === 0xf4) [need, high] = [3, 0x8f];
    else if (b >= 0xf1 && b <= 0xf3) need = 3;
    else return i;
    if (i + need >= n) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Well-formed UTF-8 decoded in JavaScript: for an array the native decoder refuses (one from
 * another realm, such as jsdom's FileReader gives). Linear; chunks keep the call stack short.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  const parts: string[] = [];
  let units: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
    let cp = need === 0 ? b : b & (0x3f >> need);
    for (let k = 1; k <= need; k++) cp = (cp << 6) | (bytes[i + k]! & 0x3f);
    i += need + 1;
    if (cp > 0xffff) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    else units.push(cp);
    if (units.length >= 8192) {
      parts.push(String.fromCharCode(...units));
      units = [];
    }
  }
  parts.push(String.fromCharCode(...units));
  return parts.join("");
}

/** Reads the bytes of a JSON file: UTF-8 (a byte order mark is dropped), strictly. */
export function parseJsonBytes(bytes: Uint8Array): StrictJson {
  const foreign = foreignFile(bytes);
  if (foreign) return { ok: false, code: foreign, params: {} };
  let text: string;
  try {
    // The native decoder checks well-formedness fast; only a failure is located byte by byte.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    if (bad < 0) return parseJsonText(decodeUtf8(bytes));
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    return { ok: false, code: "jsonInvalidUtf8", params: { byte: bad + 1, line } };
  }
  return parseJsonText(text);
}

/** Parses JSON text as JSON.parse does, but refusing duplicate keys, lone surrogates and NaN. */
export function parseJsonText(text: string): StrictJson {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parser = new Parser(s);
  try {
    const value = parser.document();
    return { ok: true, value };
  } catch (e) {
    if (!(e instanceof JsonFailure)) throw e;
    return { ok: false, code: e.code, params: e.params };
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

const ESCAPES: Record<number, string> = {
  0x22: '"',
  0x5c: "\\",
  0x2f: "/",
  0x62: "\b",
  0x66: "\f",
  0x6e: "\n",
  0x72: "\r",
  0x74: "\t",
};

class Parser {
  private i = 0;
  /** Keys and indexes from the root to the value being read (for the JSON path of a duplicate). */
  private readonly path: (string | number)[] = [];

  constructor(private readonly s: string) {}

  document(): unknown {
    const value = this.value(0);
    this.space();
    if (this.i < this.s.length) this.unexpected();
    return value;
  }

  /** Line and column (1-based, in characters) of offset `at`: computed only for a message. */
  private where(at: number = this.i): { line: number; column: number } {
    let line = 1;
    let start = 0;
    for (let k = this.s.indexOf("\n"); k >= 0 && k < at; k = this.s.indexOf("\n", k + 1)) {
      line++;
      start = k + 1;
    }
    return { line, column: at - start + 1 };
  }

  private fail(code: ProblemCode, params: ProblemParams = {}, at: number = this.i): never {
    throw new JsonFailure(code, { ...this.where(at), ...params });
  }

  private unexpected(): never {
    if (this.i >= this.s.length) this.fail("jsonUnexpected", { found: word("endOfFile") });
    const char = String.fromCodePoint(this.s.codePointAt(this.i)!);
    const shown =
      char.charCodeAt(0) < 0x20
        ? `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`
        : JSON.stringify(char);
    this.fail("jsonUnexpected", { found: shown });
  }

  private space(): void {
    const s = this.s;
    let c = s.charCodeAt(this.i);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = s.charCodeAt(++this.i);
  }

  private value(depth: number): unknown {
    this.space();
    const c = this.s.charCodeAt(this.i);
    if (c === 0x7b || c === 0x5b) {
      if (depth >= JSON_LIMITS.depth) this.fail("jsonTooDeep", { max: JSON_LIMITS.depth });
      return c === 0x7b ? this.object(depth) : this.array(depth);
    }
    if (c === 0x22) return this.string();
    if (c === 0x2d || isDigit(c)) {
      if (this.s.startsWith("-Infinity", this.i)) this.fail("jsonNotNumber", { found: "-Infinity" });
      return this.number();
    }
    for (const [literal, value] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const)
      if (this.s.startsWith(literal, this.i)) {
        this.i += literal.length;
        return value;
      }
    for (const literal of ["NaN", "Infinity"])
      if (this.s.startsWith(literal, this.i)) this.fail("jsonNotNumber", { found: literal });
    return this.unexpected();
  }

  private object(depth: number): Record<string, unknown> {
    const obj: Record<string, unknown> = {};
    this.i++;
    this.space();
    if (this.s.charCodeAt(this.i) === 0x7d) {
      this.i++;
      return obj;
    }
    for (;;) {
      this.space();
      if (this.s.charCodeAt(this.i) !== 0x22) this.unexpected();
      const at = this.i;
      const key = this.string();
      if (Object.prototype.hasOwnProperty.call(obj, key))
        this.fail("jsonDuplicateKey", { path: this.pathText(key) }, at);
      this.space();
      if (this.s.charCodeAt(this.i) !== 0x3a) this.unexpected();
      this.i++;
      this.path.push(key);
      const value = this.value(depth + 1);
      this.path.pop();
      // An own property even for "__proto__", as JSON.parse makes it (the model refuses the key).
      if (key === "__proto__")
        Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
      else obj[key] = value;
      this.space();
      const c = this.s.charCodeAt(this.i);
      this.i++;
      if (c === 0x7d) return obj;
      if (c !== 0x2c) {
        this.i--;
        this.unexpected();
      }
    }
  }

  private array(depth: number): unknown[] {
    const list: unknown[] = [];
    this.i++;
    this.space();
    if (this.s.charCodeAt(this.i) === 0x5d) {
      this.i++;
      return list;
    }
    for (;;) {
      this.path.push(list.length);
      list.push(this.value(depth + 1));
      this.path.pop();
      this.space();
      const c = this.s.charCodeAt(this.i);
      this.i++;
      if (c === 0x5d) return list;
      if (c !== 0x2c) {
        this.i--;
        this.unexpected();
      }
    }
  }

  /** The JSON path of `key` in the object being read, e.g. `bodies[2].services.late`. */
  private pathText(key: string): string {
    let out = "";
    for (const part of [...this.path, key])
      out +=
        typeof part === "number"
          ? `[${part}]`
          : /^[A-Za-z_$][\w$]*$/.test(part)
            ? `${out ? "." : ""}${part}`
            : `[${JSON.stringify(part)}]`;
    return out || "(top level)";
  }

  private string(): string {
    const s = this.s;
    this.i++; // the opening quote
    let out = "";
    let start = this.i;
    for (;;) {
      const c = s.charCodeAt(this.i);
      if (c === 0x22) {
        out += s.slice(start, this.i);
        this.i++;
        return out;
      }
      if (Number.isNaN(c) || c < 0x20) return this.unexpected();
      if (c === 0x5c) {
        out += s.slice(start, this.i);
        out += this.escape();
        start = this.i;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        // Raw surrogates come only from text handed over as a string (a file is checked as UTF-8).
        const next = s.charCodeAt(this.i + 1);
        if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff))
          this.fail("jsonLoneSurrogate", { escape: `U+${c.toString(16).toUpperCase()}` });
        this.i += 2;
        continue;
      }
      this.i++;
    }
  }

  /** One escape after a backslash (at this.i); a \u surrogate must come as a pair. */
  private escape(): string {
    const at = this.i;
    const c = this.s.charCodeAt(this.i + 1);
    if (c !== 0x75) {
      const plain = ESCAPES[c];
      if (plain === undefined) {
        this.i++;
        this.unexpected();
      }
      this.i += 2;
      return plain;
    }
    const unit = this.hex4(this.i + 2);
    this.i += 6;
    if (unit < 0xd800 || unit > 0xdfff) return String.fromCharCode(unit);
    const escape = this.s.slice(at, at + 6);
    if (unit > 0xdbff) this.fail("jsonLoneSurrogate", { escape }, at);
    const low = this.s.startsWith("\\u", this.i) ? this.hex4(this.i + 2) : -1;
    if (low < 0xdc00 || low > 0xdfff) this.fail("jsonLoneSurrogate", { escape }, at);
    this.i += 6;
    return String.fromCharCode(unit, low);
  }

  private hex4(at: number): number {
    const digits = this.s.slice(at, at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) {
      this.i = at;
      while (/[0-9a-fA-F]/.test(this.s.charAt(this.i))) this.i++;
      this.unexpected();
    }
    return parseInt(digits, 16);
  }

  private number(): number {
    const s = this.s;
    const start = this.i;
    if (s.charCodeAt(this.i) === 0x2d) this.i++;
    if (s.charCodeAt(this.i) === 0x30) this.i++;
    else if (isDigit(s.charCodeAt(this.i))) while (isDigit(s.charCodeAt(this.i))) this.i++;
    else this.unexpected();
    if (s.charCodeAt(this.i) === 0x2e) {
      this.i++;
      if (!isDigit(s.charCodeAt(this.i))) this.unexpected();
      while (isDigit(s.charCodeAt(this.i))) this.i++;
    }
    const e = s.charCodeAt(this.i);
    if (e === 0x65 || e === 0x45) {
      this.i++;
      const sign = s.charCodeAt(this.i);
      if (sign === 0x2b || sign === 0x2d) this.i++;
      if (!isDigit(s.charCodeAt(this.i))) this.unexpected();
      while (isDigit(s.charCodeAt(this.i))) this.i++;
    }
    return Number(s.slice(start, this.i));
  }
}

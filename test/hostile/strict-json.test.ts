/**
 * JSON input read strictly (issue 22, item 11): a duplicate key is an error naming its JSON path,
 * invalid UTF-8 and lone surrogates name their position, and a ZIP package, UTF-16 text or a NaN
 * literal is told for what it is, never with V8's "Unexpected token".
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatProblem } from "../../src/model/problems";
import { decodeUtf8, JSON_LIMITS, parseJsonBytes, parseJsonText } from "../../src/model/strict-json";
import { ROOT, runCommand } from "../helpers/cli";
import { MemoryWorkbook } from "../../src/excel/memory";
import { insertTemplateFromJson } from "../../taskpane/actions";
import { opevalApi } from "../../taskpane/opeval-api";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

/** The problem of `input` rendered in en, kk and ru as the CLI prints it for file "in.json". */
function refused(input: Uint8Array | string): string[] {
  const read = typeof input === "string" ? parseJsonText(input) : parseJsonBytes(input);
  if (read.ok) throw new Error("accepted");
  const problem = {
    severity: "error",
    code: read.code,
    bodyId: null,
    path: "in.json",
    params: read.params,
  } as const;
  return [formatProblem(problem, "en"), formatProblem(problem, "kk"), formatProblem(problem, "ru")];
}

describe("duplicate keys", () => {
  test("named by JSON path, line and column, in each language", () => {
    const text = '{"bodies": [\n  {"id": "a", "services": {"late": 1, "late": 2}}\n]}';
    expect(refused(text)).toEqual([
      "error: in.json: line 2, column 39: bodies[0].services.late is given twice (the later value would silently replace the earlier)",
      "қате: in.json: 2-жол, 39-баған: bodies[0].services.late екі рет берілген (соңғы мән алдыңғысын білдірмей ауыстырар еді)",
      "ошибка: in.json: строка 2, столбец 39: bodies[0].services.late указан дважды (последнее значение молча заменило бы первое)",
    ]);
  });

  test("at the top level, and a key that is no identifier", () => {
    expect(refused('{"period": "2019", "period": "2020"}')[0]).toContain(": period is given twice");
    expect(refused('{"a b": 1, "a b": 2}')[0]).toContain(': ["a b"] is given twice');
  });

  test("equal keys in different objects are fine, and __proto__ stays a plain own key", () => {
    const read = parseJsonText('[{"a": 1}, {"a": 2}, {"__proto__": {"x": 1}}]');
    expect(read.ok && read.value).toEqual(JSON.parse('[{"a": 1}, {"a": 2}, {"__proto__": {"x": 1}}]'));
    const third = (read.ok ? (read.value as object[]) : [])[2]!;
    expect(Object.getPrototypeOf(third)).toBe(Object.prototype);
    expect(Object.keys(third)).toEqual(["__proto__"]);
  });
});

describe("encodings", () => {
  test("a byte that is not UTF-8: byte and line named", () => {
    expect(refused(bytes('{\n"period": "20', [0xff], '19"}'))).toEqual([
      "error: in.json: byte 16 (line 2) is not UTF-8: save the file as UTF-8",
      "қате: in.json: 16-байт (2-жол) UTF-8 емес: файлды UTF-8 ретінде сақтаңыз",
      "ошибка: in.json: байт 16 (строка 2) не в кодировке UTF-8: сохраните файл в UTF-8",
    ]);
  });

  test.each([
    ["a surrogate encoded in UTF-8 (CESU-8)", [0xed, 0xa0, 0x80]],
    ["an overlong form of '/'", [0xc0, 0xaf]],
    ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
    ["a sequence cut short", [0xe2, 0x82]],
  ])("%s is refused at its first byte", (_, seq) => {
    expect(refused(bytes('["', seq, '"]'))[0]).toBe(
      "error: in.json: byte 3 (line 1) is not UTF-8: save the file as UTF-8",
    );
  });

  test("a lone surrogate escape, high or low, is named with its position", () => {
    expect(refused('{"name": "a\\ud800b"}')).toEqual([
      "error: in.json: line 1, column 12: \\ud800 is half of a UTF-16 pair, not a character",
      "қате: in.json: 1-жол, 12-баған: \\ud800 — UTF-16 жұбының жартысы, таңба емес",
      "ошибка: in.json: строка 1, столбец 12: \\ud800 — половина пары UTF-16, а не символ",
    ]);
    expect(refused('["\\uDC00"]')[0]).toContain("line 1, column 3: \\uDC00 is half of a UTF-16 pair");
    expect(refused('["\\ud800\\u0041"]')[0]).toContain("\\ud800 is half of a UTF-16 pair");
    expect(refused('["x\ud800"]')[0]).toContain("line 1, column 4: U+D800 is half of a UTF-16 pair");
  });

  test("a pair of escapes and a character beyond the BMP read as JSON.parse reads them", () => {
    const text = '["\\ud83d\\ude00", "😀", "\\u00e9\\n\\"\\\\\\/", -0, 1e400, 0.5e-3]';
    const read = parseJsonBytes(bytes(text));
    expect(read.ok && read.value).toEqual(JSON.parse(text));
  });

  test.each([
    [
      "UTF-16LE with a byte order mark",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}', "utf16le")]),
    ],
    ["UTF-16LE without one", Buffer.from('{"a":1}', "utf16le")],
    ["UTF-16BE", Buffer.from('{"a":1}', "utf16le").swap16()],
  ])("%s: 'save it as UTF-8'", (_, data) => {
    expect(refused(data)).toEqual([
      "error: in.json: the file is UTF-16 text, not JSON in UTF-8: save it as UTF-8",
      "қате: in.json: файл UTF-16 мәтіні, UTF-8 JSON емес: оны UTF-8 ретінде сақтаңыз",
      "ошибка: in.json: файл в кодировке UTF-16, а не JSON в UTF-8: сохраните его в UTF-8",
    ]);
  });

  test("a UTF-8 byte order mark is dropped", () => {
    const read = parseJsonBytes(bytes([0xef, 0xbb, 0xbf], '{"a": 1}'));
    expect(read.ok && read.value).toEqual({ a: 1 });
  });
});

describe("other files and literals", () => {
  test("an xlsx or ods given as JSON is a ZIP file", () => {
    expect(refused(bytes("PK", [3, 4, 20, 0], "rest of a zip"))).toEqual([
      "error: in.json: this is a ZIP file (xlsx/ods), not JSON: give a workbook its .xlsx name, and save an .ods file as .xlsx",
      "қате: in.json: бұл ZIP файлы (xlsx/ods), JSON емес: жұмыс кітабына .xlsx атауын беріңіз, ал .ods файлын .xlsx ретінде сақтаңыз",
      "ошибка: in.json: это ZIP-файл (xlsx/ods), а не JSON: дайте книге имя .xlsx, а файл .ods сохраните как .xlsx",
    ]);
  });

  test.each(["NaN", "Infinity", "-Infinity"])("%s is not a JSON number", (literal) => {
    expect(refused(`{"weights": [1, ${literal}]}`)[0]).toBe(
      `error: in.json: the file is not valid JSON: line 1, column 17: ${literal} is not a JSON number; write a number, or null for none`,
    );
  });

  test.each([
    ['{"a": 1,}', 'line 1, column 9: "}" cannot stand here'],
    ["[1 2]", 'line 1, column 4: "2" cannot stand here'],
    ['{"a": 01}', 'line 1, column 8: "1" cannot stand here'],
    ['{"a": "x', "line 1, column 9: the end of the file cannot stand here"],
    ['["a\tb"]', "line 1, column 4: U+0009 cannot stand here"],
    ["", "line 1, column 1: the end of the file cannot stand here"],
    ["{} {}", 'line 1, column 4: "{" cannot stand here'],
  ])("%j: where and what, in words", (text, message) => {
    expect(refused(text)[0]).toBe(`error: in.json: the file is not valid JSON: ${message}`);
  });

  test("the end of the file in Kazakh and Russian", () => {
    expect(refused("[").slice(1)).toEqual([
      "қате: in.json: файл дұрыс JSON емес: 1-жол, 2-баған: мұнда файлдың соңы тұра алмайды",
      "ошибка: in.json: файл не является корректным JSON: строка 1, столбец 2: здесь не может стоять конец файла",
    ]);
  });

  test(`nesting deeper than ${JSON_LIMITS.depth} levels is refused, not a stack overflow`, () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(refused(deep)[0]).toBe(
      `error: in.json: line 1, column ${JSON_LIMITS.depth + 1}: lists and objects are nested deeper than ${JSON_LIMITS.depth} levels`,
    );
    const ok = "[".repeat(JSON_LIMITS.depth) + "]".repeat(JSON_LIMITS.depth);
    expect(parseJsonText(ok).ok).toBe(true);
  });

  test("the sample assessment reads exactly as JSON.parse reads it", () => {
    const file = readFileSync(join(ROOT, "samples", "assessment-sample.json"));
    const read = parseJsonBytes(file);
    expect(read.ok && read.value).toEqual(JSON.parse(file.toString("utf8")));
  });
});

describe("the CLI", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "opeval-hostile-strict-json-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    ["score", (file: string) => ["score", file]],
    [
      "objections --objections",
      (file: string) => ["objections", join(ROOT, "samples", "assessment-sample.json"), "--objections", file],
    ],
  ])("%s: a workbook given as JSON is exit 2 with one line, nothing on stdout", async (_, argv) => {
    const file = join(dir, "book.json");
    writeFileSync(file, bytes("PK", [3, 4], "x".repeat(100)));
    const run = await runCommand(argv(file));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /this is a ZIP file \(xlsx\/ods\), not JSON|бұл ZIP файлы \(xlsx\/ods\), JSON емес/,
    );
    expect(run.stderr).not.toContain("Unexpected token");
  });
});

test("the JavaScript UTF-8 decoder (for arrays the native one refuses) decodes as the native one", () => {
  const text = "Қаржы «министрлігі» — Минфин, é, 😀, \u0000\u007f\u0080\u07ff\u0800\uffff".repeat(2000);
  const data = Buffer.from(text, "utf8");
  expect(decodeUtf8(new Uint8Array(data))).toBe(text);
});

describe("the task pane's JSON import reads the file's bytes as strictly", () => {
  test.each([
    ["a duplicate key", bytes('{"period": "2019", "period": "2020", "bodies": []}'), "jsonDuplicateKey"],
    ["a ZIP file", bytes("PK", [3, 4], "x"), "jsonIsZip"],
    ["invalid UTF-8", bytes('{"period": "20', [0xff], '"}'), "jsonInvalidUtf8"],
  ])("%s: the problem in words, nothing written", async (_, content, code) => {
    const workbook = new MemoryWorkbook();
    const outcome = await insertTemplateFromJson(workbook, opevalApi, "en", content);
    expect(outcome.kind === "invalid" && outcome.problems.map((p) => p.code)).toEqual([code]);
    expect(await workbook.sheetNames()).toEqual(["Sheet1"]); // a new workbook's only sheet
  });
});

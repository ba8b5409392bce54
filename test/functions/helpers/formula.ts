/**
 * A small Excel formula evaluator for the subset the Calculation sheet uses, so its formulas can be
 * evaluated in jest against the template tables with the real OPEVAL functions: literals, structured
 * references (Table[col], [col], [@col]), = <> < > <= >= + - * / &, and XLOOKUP, FILTER, IF,
 * IFERROR, AVERAGEIFS, COUNTIFS, SUM, HSTACK, OPEVAL.*. It follows Excel's rules where they matter
 * here: blank equals "" and 0, text compares case-blind, FILTER turns blanks into 0, an error
 * argument is never passed to a custom function.
 */
import type { CellValue } from "../../../src/sheet/spec";

export interface ExcelErrorValue {
  error: string;
  message?: string;
}
export type Scalar = CellValue | ExcelErrorValue;
export type Matrix = Scalar[][];
export type Value = Scalar | Matrix;

export interface Table {
  headers: string[];
  rows: Scalar[][];
}

export interface Context {
  tables: Map<string, Table>;
  /** The table the formula sits in and its row (0-based data row). */
  current: { table: string; row: number };
  functions: Record<string, (...args: unknown[]) => unknown>;
}

export const isError = (v: unknown): v is ExcelErrorValue =>
  typeof v === "object" && v !== null && !Array.isArray(v) && "error" in v;
const isMatrix = (v: Value): v is Matrix => Array.isArray(v);
const err = (error: string, message?: string): ExcelErrorValue => ({ error, message });

// ---- tokens ----
type Token =
  | { kind: "num"; value: number }
  | { kind: "str"; value: string }
  | { kind: "ref"; table: string | null; column: string; thisRow: boolean }
  | { kind: "name"; value: string }
  | { kind: "op"; value: string };

function readBracket(src: string, start: number): [string, number] {
  // src[start] === "["; returns the unescaped content and the index after the closing "]".
  let i = start + 1;
  let out = "";
  while (i < src.length && src[i] !== "]") {
    if (src[i] === "'") i++;
    out += src[i];
    i++;
  }
  if (src[i] !== "]") throw new Error(`unclosed [ at ${start} in ${src}`);
  return [out, i + 1];
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === " ") {
      i++;
    } else if (c === '"') {
      let s = "";
      i++;
      while (i < src.length) {
        if (src[i] === '"' && src[i + 1] === '"') {
          s += '"';
          i += 2;
        } else if (src[i] === '"') break;
        else s += src[i++];
      }
      i++;
      tokens.push({ kind: "str", value: s });
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(src.slice(i))!;
      tokens.push({ kind: "num", value: Number(m[0]) });
      i += m[0].length;
    } else if (c === "[") {
      const thisRow = src[i + 1] === "@";
      if (thisRow && src[i + 2] === "[") {
        // [@[column]]
        const [content, next] = readBracket(src, i + 2);
        if (src[next] !== "]") throw new Error(`expected ]] at ${next} in ${src}`);
        tokens.push({ kind: "ref", table: null, column: content, thisRow });
        i = next + 1;
      } else {
        const [content, next] = readBracket(src, i);
        tokens.push({ kind: "ref", table: null, column: thisRow ? content.slice(1) : content, thisRow });
        i = next;
      }
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i))!;
      i += m[0].length;
      if (src[i] === "[") {
        const [content, next] = readBracket(src, i);
        tokens.push({ kind: "ref", table: m[0], column: content, thisRow: false });
        i = next;
      } else tokens.push({ kind: "name", value: m[0] });
    } else {
      const two = src.slice(i, i + 2);
      if (["<>", "<=", ">="].includes(two)) {
        tokens.push({ kind: "op", value: two });
        i += 2;
      } else if ("=<>+-*/&(),".includes(c)) {
        tokens.push({ kind: "op", value: c });
        i++;
      } else throw new Error(`unexpected ${c} at ${i} in ${src}`);
    }
  }
  return tokens;
}

// ---- syntax tree ----
type Node =
  | { kind: "lit"; value: Scalar }
  | { kind: "ref"; table: string | null; column: string; thisRow: boolean }
  | { kind: "call"; name: string; args: (Node | null)[] }
  | { kind: "bin"; op: string; left: Node; right: Node }
  | { kind: "neg"; operand: Node };

const LEVELS = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"]];

function parse(tokens: Token[]): Node {
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => {
    const t = peek();
    return t?.kind === "op" && t.value === v;
  };
  const expect = (v: string) => {
    if (!isOp(v)) throw new Error(`expected ${v} at token ${pos}`);
    pos++;
  };
  const level = (n: number): Node => {
    if (n === LEVELS.length) return unary();
    let left = level(n + 1);
    for (;;) {
      const t = peek();
      if (t?.kind !== "op" || !LEVELS[n]!.includes(t.value)) return left;
      pos++;
      left = { kind: "bin", op: t.value, left, right: level(n + 1) };
    }
  };
  const unary = (): Node => {
    if (isOp("-")) {
      pos++;
      return { kind: "neg", operand: unary() };
    }
    return primary();
  };
  const primary = (): Node => {
    const t = tokens[pos++];
    if (!t) throw new Error("unexpected end of formula");
    if (t.kind === "num" || t.kind === "str") return { kind: "lit", value: t.value };
    if (t.kind === "ref") return { kind: "ref", table: t.table, column: t.column, thisRow: t.thisRow };
    if (t.kind === "op" && t.value === "(") {
      const inner = level(0);
      expect(")");
      return inner;
    }
    if (t.kind === "name") {
      if (!isOp("(")) {
        if (/^true$/i.test(t.value)) return { kind: "lit", value: true };
        if (/^false$/i.test(t.value)) return { kind: "lit", value: false };
        throw new Error(`unknown name ${t.value}`);
      }
      pos++;
      const args: (Node | null)[] = [];
      if (isOp(")")) {
        pos++;
        return { kind: "call", name: t.value.toUpperCase(), args };
      }
      for (;;) {
        args.push(isOp(",") || isOp(")") ? null : level(0));
        if (isOp(",")) {
          pos++;
          continue;
        }
        expect(")");
        return { kind: "call", name: t.value.toUpperCase(), args };
      }
    }
    throw new Error(`unexpected token ${JSON.stringify(t)}`);
  };
  const tree = level(0);
  if (pos !== tokens.length) throw new Error(`trailing tokens after ${pos}`);
  return tree;
}

// ---- evaluation ----
function column(ctx: Context, tableName: string, header: string): Scalar[] {
  const table = ctx.tables.get(tableName);
  if (!table) throw new Error(`no table ${tableName}`);
  const i = table.headers.findIndex((h) => h === header);
  if (i < 0) throw new Error(`table ${tableName} has no column "${header}"`);
  return table.rows.map((r) => r[i] ?? null);
}

const text = (v: Scalar): string =>
  v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v as string | number);

function equals(a: Scalar, b: Scalar): boolean {
  const blank = (v: Scalar) => v === null || v === "";
  if (a === null && typeof b === "number") return b === 0;
  if (b === null && typeof a === "number") return a === 0;
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (typeof a === "string" && typeof b === "string")
    return a === b || (a.length === b.length && a.toLowerCase() === b.toLowerCase());
  return a === b;
}

function numberOf(v: Scalar): number | ExcelErrorValue {
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  if (isError(v)) return v;
  return err("#VALUE!", `text ${v} in arithmetic`);
}

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  switch (op) {
    case "=":
      return equals(a, b);
    case "<>":
      return !equals(a, b);
    case "&":
      return text(a) + text(b);
  }
  const x = numberOf(a);
  const y = numberOf(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? err("#DIV/0!") : x / y;
    case "<":
      return x < y;
    case ">":
      return x > y;
    case "<=":
      return x <= y;
    case ">=":
      return x >= y;
  }
  throw new Error(`operator ${op}`);
}

function elementwise(a: Value, b: Value, f: (x: Scalar, y: Scalar) => Scalar): Value {
  const am = isMatrix(a);
  const bm = isMatrix(b);
  if (!am && !bm) return f(a, b);
  const shape = (am ? a : b) as Matrix;
  const out: Matrix = new Array(shape.length);
  for (let r = 0; r < shape.length; r++) {
    const ra = am ? (a as Matrix)[r] : undefined;
    const rb = bm ? (b as Matrix)[r] : undefined;
    const cols = shape[r]!.length;
    const row: Scalar[] = new Array(cols);
    for (let c = 0; c < cols; c++)
      row[c] = f(ra ? (ra[c] ?? null) : (a as Scalar), rb ? (rb[c] ?? null) : (b as Scalar));
    out[r] = row;
  }
  return out;
}

const truthy = (v: Scalar): boolean => (typeof v === "string" ? v !== "" : Boolean(v));
const flat = (v: Value): Scalar[] => (isMatrix(v) ? v.flat() : [v]);
const scalarOf = (v: Value): Scalar =>
  isMatrix(v)
    ? v.length === 1 && v[0]!.length === 1
      ? v[0]![0]!
      : err("#VALUE!", "range where a value belongs")
    : v;

function call(ctx: Context, name: string, argNodes: (Node | null)[]): Value {
  const arg = (i: number): Value => {
    const n = argNodes[i];
    return n ? evaluateNode(ctx, n) : null;
  };
  switch (name) {
    case "IF": {
      const cond = arg(0);
      if (isMatrix(cond)) {
        const a = arg(1);
        const b = argNodes.length > 2 ? arg(2) : false;
        return elementwise(
          elementwise(cond, a, (c, x) => (isError(c) ? c : truthy(c) ? x : { error: "__else" })),
          b,
          (x, y) => (isError(x) && x.error === "__else" ? y : x),
        );
      }
      if (isError(cond)) return cond;
      return truthy(cond) ? arg(1) : argNodes.length > 2 ? arg(2) : false;
    }
    case "IFERROR": {
      const v = arg(0);
      return isError(v) ? arg(1) : v;
    }
    case "XLOOKUP": {
      const key = scalarOf(arg(0));
      if (isError(key)) return key;
      const look = flat(arg(1));
      const ret = flat(arg(2));
      const i = look.findIndex((v) => !isError(v) && equals(v, key));
      if (i >= 0) return ret[i] ?? null;
      return argNodes.length > 3 ? arg(3) : err("#N/A", `XLOOKUP: ${text(key)} not found`);
    }
    case "FILTER": {
      const values = arg(0) as Matrix;
      const include = flat(arg(1));
      const kept = (isMatrix(values) ? values : [[values]]).filter((_, i) => truthy(include[i] ?? false));
      if (kept.length === 0) return argNodes.length > 2 ? arg(2) : err("#CALC!", "FILTER found nothing");
      return kept.map((row) => row.map((v) => (v === null ? 0 : v)));
    }
    case "AVERAGEIFS": {
      const values = flat(arg(0));
      const crit = flat(arg(1));
      const wanted = scalarOf(arg(2));
      let sum = 0;
      let n = 0;
      for (let i = 0; i < values.length; i++) {
        if (!equals(crit[i] ?? null, wanted)) continue;
        const v = values[i]!;
        if (isError(v)) return v;
        if (typeof v === "number") {
          sum += v;
          n++;
        }
      }
      return n === 0 ? err("#DIV/0!") : sum / n;
    }
    case "COUNTIFS": {
      const values = flat(arg(0));
      const wanted = scalarOf(arg(1));
      return values.filter((v) => !isError(v) && equals(v, wanted)).length;
    }
    case "SUM": {
      let s = 0;
      for (const v of flat(arg(0))) {
        if (isError(v)) return v;
        if (typeof v === "number") s += v;
      }
      return s;
    }
    case "HSTACK":
      return [argNodes.map((_, i) => scalarOf(arg(i)))];
  }
  if (name.startsWith("OPEVAL.")) {
    const f = ctx.functions[name.slice("OPEVAL.".length)];
    if (!f) return err("#NAME?", name);
    const args: unknown[] = [];
    for (let i = 0; i < argNodes.length; i++) {
      const v = arg(i);
      const bad = flat(v).find(isError);
      // Excel does not call a custom function with an error argument: the error propagates.
      if (!isMatrix(v) && bad) return bad;
      if (isMatrix(v) && bad) return bad;
      args.push(v);
    }
    try {
      return f(...args) as Scalar;
    } catch (e) {
      const x = e as { code?: string; message?: string };
      return err(x.code ?? "#VALUE!", x.message);
    }
  }
  throw new Error(`function ${name} is not supported by the test evaluator`);
}

const columnCache = new WeakMap<Map<string, Table>, Map<string, Matrix>>();

function evaluateNode(ctx: Context, node: Node): Value {
  switch (node.kind) {
    case "lit":
      return node.value;
    case "ref": {
      const table = node.table ?? ctx.current.table;
      if (node.thisRow) {
        const t = ctx.tables.get(table)!;
        const i = t.headers.indexOf(node.column);
        if (i < 0) throw new Error(`table ${table} has no column "${node.column}"`);
        return t.rows[ctx.current.row]?.[i] ?? null;
      }
      // Input tables never change while a sheet is evaluated: their columns are built once.
      const cacheable = table !== ctx.current.table;
      const key = `${table}[${node.column}]`;
      const cached = cacheable ? columnCache.get(ctx.tables)?.get(key) : undefined;
      if (cached) return cached;
      const matrix = column(ctx, table, node.column).map((v) => [v]);
      if (cacheable) {
        if (!columnCache.has(ctx.tables)) columnCache.set(ctx.tables, new Map());
        columnCache.get(ctx.tables)!.set(key, matrix);
      }
      return matrix;
    }
    case "neg": {
      const v = evaluateNode(ctx, node.operand);
      return elementwise(v, 0, (x) => {
        const n = numberOf(x);
        return isError(n) ? n : -n;
      });
    }
    case "bin":
      return elementwise(evaluateNode(ctx, node.left), evaluateNode(ctx, node.right), (a, b) =>
        binary(node.op, a, b),
      );
    case "call":
      return call(ctx, node.name, node.args);
  }
}

/** Evaluates `=…` in the context; a result that is a range of one cell is that cell. */
const parsed = new Map<string, Node>();

export function evaluateFormula(ctx: Context, formula: string): Scalar {
  let tree = parsed.get(formula);
  if (!tree) {
    tree = parse(tokenize(formula.replace(/^=/, "")));
    parsed.set(formula, tree);
  }
  const v = evaluateNode(ctx, tree);
  return isMatrix(v) ? scalarOf(v) : v;
}

/** The names of the functions a formula calls (to check every OPEVAL one exists). */
export function functionNames(formula: string): string[] {
  return tokenize(formula.replace(/^=/, ""))
    .filter(
      (t, i, all) =>
        t.kind === "name" && all[i + 1]?.kind === "op" && (all[i + 1] as { value: string }).value === "(",
    )
    .map((t) => (t as { value: string }).value.toUpperCase());
}

/**
 * A small Excel formula evaluator for the subset the Calculation sheet uses, so its formulas can be
 * evaluated in jest against the template tables with the real OPEVAL functions: literals, structured
 * references (Table[col], [col], [@col], and the file forms Table[[#This Row],[col]], `_xlfn.`,
 * `_xldudf_OPEVAL_…`), = <> < > <= >= + - * / &, and XLOOKUP, FILTER, IF, IFERROR, AVERAGEIFS,
 * COUNTIFS, SUM, HSTACK, OPEVAL.*. It follows Excel's rules where they matter here: blank equals ""
 * and 0, text compares case-blind, FILTER turns blanks into 0, an error argument is never passed to
 * a custom function.
 *
 * Evaluation modes, as Excel has them:
 * - `dynamic` (a formula typed in Excel 365 or written through Office.js, a dynamic-array formula of
 *   a file: `<f t="array">` with `cm` → XLDAPR) and `array` (a single-cell array formula, `<f
 *   t="array">` alone): ranges and arrays flow into every argument. A dynamic formula whose result
 *   has more than one cell spills (#SPILL! inside a table); an array formula keeps the top-left value.
 * - `legacy` (a plain `<f>` of a file, without the dynamic-array flag): Excel evaluates it as Excel
 *   2016 did, with implicit intersection wherever a parameter takes a single value — a range there
 *   becomes the cell on the formula's row (#VALUE! when the range does not cross that row), an array
 *   its top-left value. Which parameters take a single value is each function's signature
 *   (PARAMETERS below; for OPEVAL.* the metadata's dimensionality). IF's condition is one of them:
 *   `IF(t[count]="",1,t[count])` inside FILTER reads one cell, not the column.
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
  /** Sheet row of the first data row (for implicit intersection); default: the template's. */
  firstRow?: number;
}

/**
 * `dynamic`: typed in Excel 365 / Office.js, or a file's `<f t="array">` with the XLDAPR flag;
 * `array`: a single-cell array formula (`<f t="array">` without the flag); `legacy`: a plain `<f>`.
 */
export type EvaluationMode = "dynamic" | "array" | "legacy";

export interface Context {
  tables: Map<string, Table>;
  /** The table the formula sits in and its row (0-based data row). */
  current: { table: string; row: number };
  functions: Record<string, (...args: unknown[]) => unknown>;
  /** `dynamic` (default), `array` or `legacy` (implicit intersection, see the module comment). */
  mode?: EvaluationMode;
  /** For OPEVAL.* in legacy mode: the parameters (0-based) that take a range (metadata `matrix`). */
  matrixParams?: Record<string, readonly number[]>;
}

/** Sheet row of a table's first data row when the table does not say (the template's layout). */
export const DEFAULT_FIRST_ROW = 4;

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

/** A function's name as typed, from its file form (`_xlfn._xlws.FILTER`, `_xldudf_OPEVAL_X`). */
function fileName(name: string): string {
  const plain = name.replace(/^(_xlfn\.|_xlws\.)+/i, "");
  const udf = /^_xldudf_OPEVAL_(.+)$/i.exec(plain);
  return udf ? `OPEVAL.${udf[1]}` : plain;
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
      if (src[i] === "[" && src[i + 1] === "[") {
        // The file form: Table[[#This Row],[column]] (or Table[[column]]).
        let next = i + 1;
        let thisRow = false;
        const [first, afterFirst] = readBracket(src, next);
        next = afterFirst;
        let column = first;
        if (first === "#This Row") {
          thisRow = true;
          if (src[next] !== ",") throw new Error(`expected , at ${next} in ${src}`);
          [column, next] = readBracket(src, next + 1);
        }
        if (src[next] !== "]") throw new Error(`expected ] at ${next} in ${src}`);
        tokens.push({ kind: "ref", table: m[0], column, thisRow });
        i = next + 1;
      } else if (src[i] === "[") {
        const [content, next] = readBracket(src, i);
        tokens.push({ kind: "ref", table: m[0], column: content, thisRow: false });
        i = next;
      } else tokens.push({ kind: "name", value: fileName(m[0]) });
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

/**
 * How a function takes each argument in a legacy formula: `value` (one value: a range there is
 * implicitly intersected), `array` (ranges and arrays as they are) or `reference` (a range given
 * directly stays a range; any other expression is evaluated for one value) — Excel's signatures.
 */
type ParamKind = "value" | "array" | "reference";
const PARAMETERS: Readonly<Record<string, (i: number) => ParamKind>> = {
  IF: () => "value",
  IFERROR: () => "value",
  XLOOKUP: (i) => (i === 1 || i === 2 ? "array" : "value"),
  FILTER: (i) => (i < 2 ? "array" : "value"),
  AVERAGEIFS: (i) => (i === 0 || i % 2 === 1 ? "reference" : "value"),
  COUNTIFS: (i) => (i % 2 === 0 ? "reference" : "value"),
  SUM: () => "reference",
  HSTACK: () => "array",
};

function paramKind(ctx: Context, name: string, i: number): ParamKind {
  if (name.startsWith("OPEVAL.")) {
    const matrix = ctx.matrixParams?.[name.slice("OPEVAL.".length)];
    if (!matrix) throw new Error(`legacy evaluation needs the parameters of ${name}`);
    return matrix.includes(i) ? "array" : "value";
  }
  const kind = PARAMETERS[name];
  if (!kind) throw new Error(`function ${name} has no parameter kinds in the test evaluator`);
  return kind(i);
}

function call(ctx: Context, name: string, argNodes: (Node | null)[]): Value {
  const legacy = ctx.mode === "legacy";
  const arg = (i: number): Value => {
    const n = argNodes[i];
    if (!n) return null;
    if (!legacy) return evaluateNode(ctx, n, false);
    const kind = paramKind(ctx, name, i);
    const direct = kind === "reference" && n.kind === "ref";
    return evaluateNode(ctx, n, kind === "value" || (kind === "reference" && !direct));
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
      const rows = isMatrix(values) ? values : [[values]];
      // Excel: the include array must match the rows of the array (a value given one cell is #VALUE!).
      if (rows.length !== include.length) return err("#VALUE!", "FILTER: include does not match the array");
      const kept = rows.filter((_, i) => truthy(include[i] ?? false));
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

/**
 * Legacy implicit intersection: the cell of a one-column range on the formula's sheet row, or
 * #VALUE! when the range does not cross that row.
 */
function intersect(ctx: Context, tableName: string, header: string): Scalar {
  const here = ctx.tables.get(ctx.current.table)!;
  const row = (here.firstRow ?? DEFAULT_FIRST_ROW) + ctx.current.row;
  const target = ctx.tables.get(tableName);
  if (!target) throw new Error(`no table ${tableName}`);
  const i = row - (target.firstRow ?? DEFAULT_FIRST_ROW);
  if (i < 0 || i >= target.rows.length)
    return err("#VALUE!", `implicit intersection: ${tableName}[${header}] misses row ${row}`);
  return column(ctx, tableName, header)[i] ?? null;
}

/**
 * Whether a subtree reads neither the formula's own row nor the table being evaluated (whose cells
 * are filled as it goes): such a subtree, e.g. `opeval_Openness[Table]="open budget"`, has the same
 * value on every row. The parsed tree of a formula is shared by its rows, so this is asked once.
 */
const rowFreeNodes = new WeakMap<Node, boolean>();
function rowFree(node: Node | null, current: string): boolean {
  if (!node) return true;
  let free = rowFreeNodes.get(node);
  if (free === undefined) {
    switch (node.kind) {
      case "lit":
        free = true;
        break;
      case "ref":
        free = !node.thisRow && (node.table ?? current) !== current;
        break;
      case "neg":
        free = rowFree(node.operand, current);
        break;
      case "bin":
        free = rowFree(node.left, current) && rowFree(node.right, current);
        break;
      case "call":
        free = node.args.every((a) => rowFree(a, current));
        break;
    }
    rowFreeNodes.set(node, free);
  }
  return free;
}

/**
 * The value of each row-free subtree of a dynamic-array formula, per set of tables: computed on
 * the first row and reused on the others. The 48-body sample compares thousands of input rows per
 * formula and row; without this the Calculation tests spent most of their time recomputing them.
 */
const rowFreeValues = new WeakMap<Map<string, Table>, WeakMap<Node, Value>>();

/**
 * `single`: the parameter takes one value (only matters in legacy mode, where a range there is
 * implicitly intersected; see PARAMETERS).
 */
function evaluateNode(ctx: Context, node: Node, single: boolean): Value {
  // Only in dynamic mode: in the others a range may be intersected with the formula's row.
  if (node.kind !== "lit" && (ctx.mode ?? "dynamic") === "dynamic" && rowFree(node, ctx.current.table)) {
    let values = rowFreeValues.get(ctx.tables);
    if (!values) rowFreeValues.set(ctx.tables, (values = new WeakMap()));
    if (values.has(node)) return values.get(node)!;
    const value = evaluateAfresh(ctx, node, single);
    values.set(node, value);
    return value;
  }
  return evaluateAfresh(ctx, node, single);
}

function evaluateAfresh(ctx: Context, node: Node, single: boolean): Value {
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
      if (single && ctx.mode === "legacy") return intersect(ctx, table, node.column);
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
      const v = evaluateNode(ctx, node.operand, single);
      return elementwise(v, 0, (x) => {
        const n = numberOf(x);
        return isError(n) ? n : -n;
      });
    }
    case "bin":
      return elementwise(
        evaluateNode(ctx, node.left, single),
        evaluateNode(ctx, node.right, single),
        (a, b) => binary(node.op, a, b),
      );
    case "call":
      return call(ctx, node.name, node.args);
  }
}

const parsed = new Map<string, Node>();

/** Evaluates `=…` in the context, in its mode; a result that is a range of one cell is that cell. */
export function evaluateFormula(ctx: Context, formula: string): Scalar {
  let tree = parsed.get(formula);
  if (!tree) {
    tree = parse(tokenize(formula.replace(/^=/, "")));
    parsed.set(formula, tree);
  }
  const mode = ctx.mode ?? "dynamic";
  const v = evaluateNode(ctx, tree, mode === "legacy");
  if (!isMatrix(v)) return v;
  if (v.length === 1 && v[0]!.length === 1) return v[0]![0]!;
  // A dynamic formula spills (a table cell cannot); an array or legacy formula shows the top-left value.
  return mode === "dynamic" ? err("#SPILL!", "a spill inside a table") : (v[0]?.[0] ?? null);
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

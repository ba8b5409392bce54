/**
 * The references of a formula as stored in a file: sheet names (quoted or not) before `!` and
 * structured references `Table[…]`. Strings are skipped. Enough to prove that every reference
 * opeval writes points at something that exists and is quoted as Excel quotes it.
 */

export interface SheetRef {
  sheet: string;
  quoted: boolean;
  /** The address after `!`, up to the next operator. */
  address: string;
}

export interface StructuredRef {
  table: string;
  /** Column names named in the reference (unescaped). */
  columns: string[];
  /** Item specifiers: #All, #Data, #Headers, #Totals, #This Row (and @ as #This Row). */
  items: string[];
  text: string;
}

export interface FormulaRefs {
  sheets: SheetRef[];
  structured: StructuredRef[];
  /** Syntax problems found while scanning (an unbalanced quote, an unclosed bracket). */
  problems: string[];
}

const IDENT_START = /[A-Za-z_\\\u0080-\uFFFF]/;
const IDENT = /[A-Za-z0-9_.\\\u0080-\uFFFF]/;
const ADDRESS = /^[$A-Za-z0-9:]*/;

/** A sheet name Excel writes without quotes: letters, digits, `_` and `.`, not starting with a digit. */
export function needsNoQuotes(name: string): boolean {
  return /^[A-Za-z_\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
}

/** Reads `[ … ]` from `start` (at the `[`), honouring `'` escapes; returns the end index after `]`. */
function bracketEnd(f: string, start: number): number {
  let depth = 0;
  for (let i = start; i < f.length; i++) {
    const ch = f[i];
    if (ch === "'") i++;
    else if (ch === "[") depth++;
    else if (ch === "]" && --depth === 0) return i + 1;
  }
  return -1;
}

const unescape = (s: string) => s.replace(/'(.)/g, "$1");

function parseSpecifier(table: string, inner: string, text: string): StructuredRef {
  const ref: StructuredRef = { table, columns: [], items: [], text };
  const item = (s: string) => {
    const t = unescape(s).trim();
    if (t === "") return;
    if (t.startsWith("#")) ref.items.push(t);
    else ref.columns.push(t);
  };
  let body = inner;
  if (body.startsWith("@")) {
    ref.items.push("#This Row");
    body = body.slice(1);
  }
  if (!body.includes("[")) {
    item(body);
    return ref;
  }
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "'") {
      i++;
      continue;
    }
    if (body[i] === "[") {
      const end = bracketEnd(body, i);
      item(body.slice(i + 1, end - 1));
      i = end - 1;
    }
  }
  return ref;
}

export function formulaRefs(formula: string): FormulaRefs {
  const out: FormulaRefs = { sheets: [], structured: [], problems: [] };
  const f = formula;
  let i = 0;
  while (i < f.length) {
    const ch = f[i]!;
    if (ch === '"') {
      const end = f.indexOf('"', i + 1);
      if (end < 0) {
        out.problems.push(`unclosed string at ${i}`);
        break;
      }
      i = end + 1; // a doubled "" inside a string starts a new string at once: same result
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = "";
      for (; j < f.length; j++) {
        if (f[j] === "'") {
          if (f[j + 1] === "'") {
            name += "'";
            j++;
            continue;
          }
          break;
        }
        name += f[j];
      }
      if (j >= f.length) {
        out.problems.push(`unclosed quote at ${i}`);
        break;
      }
      if (f[j + 1] !== "!") {
        out.problems.push(
          `quoted name '${name}' is not followed by "!" (an unescaped quote in a sheet name?)`,
        );
        i = j + 1;
        continue;
      }
      const address = ADDRESS.exec(f.slice(j + 2))![0];
      out.sheets.push({ sheet: name, quoted: true, address });
      i = j + 2 + address.length;
      continue;
    }
    if (IDENT_START.test(ch) && (i === 0 || !IDENT.test(f[i - 1]!))) {
      let j = i;
      while (j < f.length && IDENT.test(f[j]!)) j++;
      const name = f.slice(i, j);
      if (f[j] === "!") {
        const address = ADDRESS.exec(f.slice(j + 1))![0];
        out.sheets.push({ sheet: name, quoted: false, address });
        i = j + 1 + address.length;
        continue;
      }
      if (f[j] === "[") {
        const end = bracketEnd(f, j);
        if (end < 0) {
          out.problems.push(`unclosed "[" after ${name}`);
          break;
        }
        out.structured.push(parseSpecifier(name, f.slice(j + 1, end - 1), f.slice(i, end)));
        i = end;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

/**
 * A small fake of the few Excel JavaScript APIs OfficeWorkbook uses. Objects it does not model
 * (ranges, formats, charts…) are recorders: every property set and method call is logged as an
 * action in queue order, so tests can count round trips and check what was sent in each.
 *
 * Bytes: `wireBytes` models the request Office.js sends (its RichApi JSON): every action, e.g.
 * `{"Id":9,"ActionType":4,"Name":"RowHeight","ObjectPathId":8,"ArgumentInfo":{"Arguments":[30]}}`,
 * plus, once per request, every object path the actions use and their parents, e.g.
 * `"8":{"Id":8,"ObjectPathType":3,"Name":"GetRange","ParentObjectPathId":5,"ArgumentInfo":
 * {"Arguments":["A1:F1"]}}` with its instantiate action. The plain JSON of the recorded actions
 * (target path, op, value) is the older, simpler measure; it repeats a target's whole path in each
 * action and omits the wire format's ids and wrapping.
 */

import { inflateRawSync } from "node:zlib";
import { readInsertedSheetsSync } from "../../src/excel/inserted-sheets";

/** Bytes of one action beyond its name and arguments (ids, action type, wrapping). */
export const WIRE_ACTION_BYTES = 75;
/** Bytes of one object path beyond its own name and arguments, with its instantiate action. */
export const WIRE_PATH_BYTES = 120;

export interface Action {
  /** Object path, e.g. `ws(Form 1).range(A1:C3).format.font`. */
  target: string;
  /** `set name` or `call name`. */
  op: string;
  value: unknown;
}

export interface FakeTable {
  sheet: string;
  /** Header row address, e.g. `A3:F3`. */
  header: string;
  values: unknown[][];
}

export interface FakeState {
  sheets: string[];
  tables: Record<string, FakeTable>;
  /** Named cell styles of the workbook (workbook.styles). */
  styles?: string[];
  /**
   * Make the next `insertWorksheetsFromBase64` fail with this error code (as Excel on the web can);
   * `after:Code` inserts the sheets first, as when a later action of the same request fails.
   */
  failInsert?: string;
  /** Sheet ids by lower-case sheet name, handed out on first use (Excel's are GUIDs; these `{n}`). */
  ids?: Record<string, string>;
  /** A sheet a co-author adds just before the next insert lands: Excel then renames ours (`X (2)`). */
  coAuthorAdds?: string;
  /** Formula cells by sheet name and A1 address (read by getSpecialCells, written by `formulas`). */
  cells?: Record<string, Record<string, FakeCell>>;
  /** Protected sheets: a write to one of their cells fails the request, as Excel's does. */
  protectedSheets?: string[];
}

export interface FakeCell {
  formula: string;
  /** What the cell shows, e.g. `#NAME?` or 12.5. */
  value: unknown;
  /** What it shows once its formula is written again (0 unless given: the function answered). */
  afterWrite?: unknown;
}

/** The id of a sheet (handed out on first use and kept while the sheet exists). */
export function sheetId(state: FakeState, name: string): string {
  const ids = (state.ids ??= {});
  return (ids[name.toLowerCase()] ??= `{${Object.keys(ids).length + 1}}`);
}

/** The sheet a key (an id or a name) stands for, as Excel's worksheets.getItem resolves it. */
export function sheetOf(state: FakeState, key: string): string | undefined {
  const byId = Object.entries(state.ids ?? {}).find(([, id]) => id === key)?.[0];
  const lower = byId ?? key.toLowerCase();
  return state.sheets.find((s) => s.toLowerCase() === lower);
}

/**
 * The sheet names of an .xlsx given as base64, read by the model of the insert
 * (src/excel/inserted-sheets.ts), which refuses what Excel on the web refuses (charts, comments,
 * PivotTables, slicers) with Office.js' error code.
 */
function importedSheetNames(base64: string): string[] {
  return readInsertedSheetsSync(base64, (d) => inflateRawSync(d)).sheets.map((s) => s.name);
}

type Loadable<T> = T & { load(props?: string): Loadable<T> };

/** Everything queued between two syncs. */
export class FakeContext {
  syncs = 0;
  /** Every object path handed out: its parent path and its own segment (name and arguments). */
  private paths = new Map<string, { parent: string | null; segment: string }>();
  /** Actions per round trip: `requests[i]` is what sync number i+1 sent. */
  requests: Action[][] = [];
  private queue: Action[] = [];
  private pending: (() => void)[] = [];
  private failure: unknown = null;

  constructor(readonly state: FakeState) {}

  record(target: string, op: string, value: unknown): void {
    this.queue.push({ target, op, value });
  }

  /** A run-time value resolved at sync (like a loaded property). */
  onSync(resolve: () => void): void {
    this.pending.push(resolve);
  }

  fail(error: unknown): void {
    if (!this.failure) this.failure = error;
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.requests.push(this.queue);
    this.queue = [];
    const pending = this.pending;
    this.pending = [];
    const failure = this.failure;
    this.failure = null;
    if (failure) throw failure;
    for (const p of pending) p();
  }

  application = {
    suspendApiCalculationUntilNextSync: () => this.record("application", "call suspendApiCalculation", null),
  };

  workbook = {
    worksheets: this.worksheets(),
    tables: this.tables(),
    styles: this.styles(),
    /**
     * ExcelApi 1.13. Recorded with its base64 (the bytes on the wire); at sync the file's sheets
     * join the workbook — or the call fails as Excel's does: a refused part, a name already taken
     * (Excel would rename it, which opeval must never let happen), or `failInsert`.
     */
    insertWorksheetsFromBase64: (base64: string, options?: unknown) => {
      this.record("workbook", "call insertWorksheetsFromBase64", [base64, options ?? null]);
      const failure = this.state.failInsert;
      if (failure) {
        delete this.state.failInsert;
        // "after:Code": the sheets arrive, then the request fails (a later action of the batch).
        if (failure.startsWith("after:")) this.state.sheets.push(...importedSheetNames(base64));
        const code = failure.replace(/^after:/, "");
        this.fail({ code, message: `fake: ${code}` });
        return { value: [] as string[] };
      }
      let names: string[];
      const result = { value: [] as string[] };
      try {
        names = importedSheetNames(base64);
      } catch (e) {
        this.fail(e);
        return result;
      }
      this.onSync(() => {
        const coAuthor = this.state.coAuthorAdds;
        if (coAuthor) {
          delete this.state.coAuthorAdds;
          this.state.sheets.push(coAuthor);
        }
        const taken = (n: string) => this.state.sheets.some((s) => s.toLowerCase() === n.toLowerCase());
        for (const wanted of names) {
          let name = wanted;
          if (taken(name) && !coAuthor) throw new Error(`fake: an inserted sheet ${name} would be renamed`);
          // As Excel does with a name taken meanwhile: "X (2)", "X (3)"…
          for (let n = 2; taken(name); n++) name = `${wanted.slice(0, 31 - ` (${n})`.length)} (${n})`;
          this.state.sheets.push(name);
          result.value.push(sheetId(this.state, name));
        }
      });
      return result;
    },
  };

  private styles() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- proxies and callbacks below need the context
    const ctx = this;
    interface Collection {
      items: { name: string }[];
      load(): Collection;
      add(name: string): void;
      getItem(name: string): unknown;
    }
    const collection: Collection = {
      items: [],
      load() {
        ctx.onSync(() => {
          collection.items = (ctx.state.styles ?? []).map((name) => ({ name }));
        });
        return collection;
      },
      add(name: string) {
        ctx.record("styles", "call add", [name]);
        ctx.onSync(() => {
          // Excel refuses a second style of the same name (case-insensitively).
          const styles = (ctx.state.styles ??= []);
          if (styles.some((s) => s.toLowerCase() === name.toLowerCase()))
            throw new Error(`fake: style ${name} exists`);
          styles.push(name);
        });
      },
      getItem(name: string) {
        return ctx.recorder(`style(${name})`, "styles", name);
      },
    };
    return collection;
  }

  /** Modelled bytes on the wire of one request (see the file's comment). */
  wireBytes(request: readonly Action[]): number {
    const sent = new Set<string>();
    let bytes = 0;
    for (const a of request) {
      bytes +=
        WIRE_ACTION_BYTES + Buffer.byteLength(a.op) + Buffer.byteLength(JSON.stringify(a.value ?? null));
      for (let p: string | null = a.target; p !== null && !sent.has(p);) {
        sent.add(p);
        const info = this.paths.get(p);
        bytes += WIRE_PATH_BYTES + Buffer.byteLength(info?.segment ?? p);
        p = info?.parent ?? null;
      }
    }
    return bytes;
  }

  /** A recorder for objects the fake does not model. */
  recorder(path: string, parent: string | null = null, segment: string = path): unknown {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- proxies and callbacks below need the context
    const ctx = this;
    if (!this.paths.has(path)) this.paths.set(path, { parent, segment });
    const children = new Map<string, unknown>();
    return new Proxy(
      {},
      {
        get(_t, prop: string) {
          if (prop === "then") return undefined;
          if (!children.has(prop)) {
            const child = ctx.recorder(`${path}.${prop}`, path, prop);
            const fn = (...args: unknown[]) => {
              ctx.record(path, `call ${prop}`, args);
              const call = `${prop}(${args.map((a) => JSON.stringify(a)).join(",")})`;
              return ctx.recorder(`${path}.${call}`, path, call);
            };
            children.set(
              prop,
              new Proxy(fn, {
                get: (_f, p: string) => (child as Record<string, unknown>)[p],
                set: (_f, p: string, v: unknown) => {
                  (child as Record<string, unknown>)[p] = v;
                  return true;
                },
              }),
            );
          }
          return children.get(prop);
        },
        set(_t, prop: string, value: unknown) {
          ctx.record(path, `set ${prop}`, value);
          return true;
        },
      },
    );
  }

  private worksheet(name: string): unknown {
    const rec = this.recorder(`ws(${name})`, "worksheets", name) as Record<string, unknown>;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- proxies and callbacks below need the context
    const ctx = this;
    const loaded = { name: "" };
    const proxy: unknown = new Proxy(rec, {
      get(t, prop: string) {
        if (prop === "getRange")
          return (address?: string) =>
            address === undefined ? ctx.wholeSheet(name) : ctx.cellRange(name, address);
        // A multi-area range is an object path like a single range: its addresses are sent once.
        if (prop === "getRanges")
          return (address: string) => ctx.recorder(`ws(${name}).ranges(${address})`, `ws(${name})`, address);
        if (prop === "delete")
          return () => {
            ctx.record(`ws(${name})`, "call delete", []);
            ctx.onSync(() => {
              // `name` may be the sheet's id.
              const sheet = sheetOf(ctx.state, name) ?? name;
              ctx.state.sheets = ctx.state.sheets.filter((s) => s.toLowerCase() !== sheet.toLowerCase());
            });
          };
        // `load("name")`: the sheet's name (it may be addressed by id), known after the sync.
        if (prop === "load")
          return () => {
            ctx.onSync(() => (loaded.name = sheetOf(ctx.state, name) ?? name));
            return proxy;
          };
        if (prop === "name") return loaded.name;
        if (prop === "getRangeByIndexes")
          return (r: number, c: number, rows: number, cols: number) =>
            ctx.recorder(
              `ws(${name}).cells(${r},${c},${rows},${cols})`,
              `ws(${name})`,
              `${r},${c},${rows},${cols}`,
            );
        return t[prop];
      },
    });
    return proxy;
  }

  /** A range of a sheet (`key`: its id or name): a recorder whose `formulas` also write the cell model. */
  private cellRange(key: string, address: string): unknown {
    const rec = this.recorder(`ws(${key}).range(${address})`, `ws(${key})`, address) as Record<
      string,
      unknown
    >;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- proxies and callbacks below need the context
    const ctx = this;
    return new Proxy(rec, {
      set(t, prop: string, value: unknown) {
        t[prop] = value;
        if (prop !== "formulas") return true;
        const sheet = sheetOf(ctx.state, key);
        if (sheet && ctx.state.protectedSheets?.includes(sheet))
          ctx.fail({ code: "AccessDenied", message: `fake: ${sheet} is protected` });
        const cell = sheet ? ctx.state.cells?.[sheet]?.[address] : undefined;
        if (cell)
          ctx.onSync(() => {
            cell.formula = String((value as unknown[][])[0]![0]);
            cell.value = cell.afterWrite ?? 0;
          });
        return true;
      },
    });
  }

  /** `getRange()` of a whole sheet: what the repair asks of it (the formula cells showing errors). */
  private wholeSheet(key: string): unknown {
    const path = `ws(${key}).range()`;
    this.recorder(path, `ws(${key})`, "getRange()");
    return {
      getSpecialCellsOrNullObject: (cellType: string, valueType: string) => {
        this.record(path, "call getSpecialCellsOrNullObject", [cellType, valueType]);
        const areas = {
          isNullObject: true,
          areas: { items: [] as { address: string; formulas: unknown[][]; values: unknown[][] }[] },
          load: () => {
            this.onSync(() => {
              const sheet = sheetOf(this.state, key);
              const errors = Object.entries((sheet && this.state.cells?.[sheet]) || {}).filter(
                ([, c]) => typeof c.value === "string" && c.value.startsWith("#"),
              );
              areas.isNullObject = errors.length === 0;
              areas.areas.items = errors.map(([address, c]) => ({
                address: `'${sheet}'!${address}`,
                formulas: [[c.formula]],
                values: [[c.value]],
              }));
            });
            return areas;
          },
        };
        return areas;
      },
    };
  }

  private worksheets() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- proxies and callbacks below need the context
    const ctx = this;
    interface Collection {
      items: { name: string; id: string; protection: { protected: boolean } }[];
      load(): Collection;
      add(name: string): unknown;
      getItem(name: string): unknown;
    }
    const collection: Collection = {
      items: [],
      load() {
        ctx.onSync(() => {
          collection.items = ctx.state.sheets.map((name) => ({
            name,
            id: sheetId(ctx.state, name),
            protection: { protected: ctx.state.protectedSheets?.includes(name) ?? false },
          }));
        });
        return collection;
      },
      add(name: string) {
        ctx.record("worksheets", "call add", [name]);
        ctx.onSync(() => {
          if (ctx.state.sheets.some((s) => s.toLowerCase() === name.toLowerCase()))
            throw new Error(`fake: sheet ${name} exists`);
          ctx.state.sheets.push(name);
        });
        return ctx.worksheet(name);
      },
      getItem(name: string) {
        return ctx.worksheet(name);
      },
    };
    return collection;
  }

  private tables() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- proxies and callbacks below need the context
    const ctx = this;
    const loaded = <T extends object>(value: T, fill: () => void): Loadable<T> =>
      Object.assign(value, {
        load() {
          ctx.onSync(fill);
          return value as Loadable<T>;
        },
      }) as Loadable<T>;
    return {
      getItem(name: string) {
        const table = ctx.state.tables[name];
        if (!table) ctx.fail({ code: "ItemNotFound", message: `fake: no table ${name}` });
        const header = loaded({ address: "" }, () => (header.address = `${table!.sheet}!${table!.header}`));
        const range = loaded({ values: [] as unknown[][], numberFormat: [] as unknown[][] }, () => {
          range.values = table!.values;
          range.numberFormat = table!.values.map((row) => row.map(() => "General"));
        });
        const sheet = loaded({ name: "" }, () => (sheet.name = table!.sheet));
        return {
          getHeaderRowRange: () => header,
          getRange: () => range,
          worksheet: sheet,
        };
      },
      getItemOrNullObject(name: string) {
        const probe = loaded({ name, isNullObject: true }, () => {
          probe.isNullObject = !ctx.state.tables[name];
        });
        return probe;
      },
    };
  }

  /** All actions sent, in order. */
  allActions(): Action[] {
    return this.requests.flat();
  }
}

/** An ExcelRunner over a fresh fake context per Excel.run, collecting the contexts for inspection. */
export function fakeRunner(state: FakeState) {
  const contexts: FakeContext[] = [];
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(state);
    contexts.push(ctx);
    return batch(ctx as unknown as Excel.RequestContext);
  };
  return { run, contexts };
}

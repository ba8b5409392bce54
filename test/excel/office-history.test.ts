/**
 * OfficeWorkbook.updateTableRows (recording a period in opeval_History) against a minimal fake of
 * the table API it uses: two round trips whatever the number of rows, matching rows deleted bottom
 * up, strings formatted as text before the values are written (never taken for formulas).
 */
import { OfficeWorkbook } from "../../src/excel/office";

interface Call {
  what: string;
  value?: unknown;
}

function fakeTable(body: unknown[][]) {
  const calls: Call[] = [];
  let syncs = 0;
  const rowsNow = body.map((r) => [...r]);
  const range = (name: string): Record<string, unknown> =>
    new Proxy(
      {},
      {
        get: (_t, prop: string | symbol) => {
          if (typeof prop === "symbol") return () => name; // a range passed as an argument prints its path
          if (prop === "values" && name === "body") return rowsNow;
          if (prop === "load") return () => range(name);
          return (...args: unknown[]) => range(`${name}.${prop}(${args.join(",")})`);
        },
        set: (_t, prop: string, value: unknown) => {
          calls.push({ what: `${name}.${prop}`, value });
          return true;
        },
      },
    );
  const table = {
    getDataBodyRange: () => range("body"),
    rows: {
      getItemAt: (i: number) => ({ delete: () => calls.push({ what: `delete row ${i}` }) }),
      add: (_index: unknown, values: unknown[][]) => calls.push({ what: "add rows", value: values }),
    },
  };
  const context = {
    workbook: { tables: { getItem: (name: string) => (name === "opeval_History" ? table : undefined) } },
    sync: async () => {
      syncs++;
    },
  };
  const run = async <T>(batch: (c: Excel.RequestContext) => Promise<T>) =>
    batch(context as unknown as Excel.RequestContext);
  return { calls, run, syncs: () => syncs };
}

describe("OfficeWorkbook.updateTableRows", () => {
  it("replaces the rows of one period in two round trips, strings as text", async () => {
    const fake = fakeTable([
      ["2018", "mia", 87.2], // kept
      ["2019", "mia", 90], // replaced
      [2019, "mfa", 89], // a year typed as a number is the same period
      ["", "", ""], // a blank row goes too
    ]);
    const done = await new OfficeWorkbook(fake.run).updateTableRows("opeval_History", {
      removeWhere: { column: 0, equals: "2019" },
      append: [
        ["2019", "=mia", 90.02],
        ["2019", "mfa", null],
      ],
    });
    expect(done).toEqual({ removed: 2, added: 2 });
    expect(fake.syncs()).toBe(2);
    expect(fake.calls.map((c) => c.what)).toEqual([
      "delete row 3",
      "delete row 2",
      "delete row 1",
      "add rows",
      "body.getLastRow().getOffsetRange(-1,0).getBoundingRect(body.getLastRow()).numberFormat",
      "body.getLastRow().getOffsetRange(-1,0).getBoundingRect(body.getLastRow()).values",
    ]);
    expect(fake.calls[3]!.value).toEqual([
      ["", "", ""],
      ["", "", ""],
    ]);
    expect(fake.calls[4]!.value).toEqual([
      ["@", "@", "General"],
      ["@", "@", "General"],
    ]);
    expect(fake.calls[5]!.value).toEqual([
      ["2019", "=mia", 90.02],
      ["2019", "mfa", ""],
    ]);
  });
});

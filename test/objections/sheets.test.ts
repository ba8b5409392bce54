/** The sheets of the procedure: a corrected conclusion differs from its original only where the objection acted. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue, SheetSpec } from "../../src/sheet/spec";
import { type AssessmentResult } from "../../src/methodology/assess";
import { evaluate } from "../../src/evaluate";
import { runObjections } from "../../src/objections/procedure";
import { annex14Rows, comparisonSheet, procedureSheets } from "../../src/objections/objection-sheets";
import type { Objection, ObjectionReview } from "../../src/objections/objection-types";

function sample(): AssessmentResult {
  const ev = evaluate(
    JSON.parse(readFileSync(join(__dirname, "..", "..", "examples", "sample-cohort.json"), "utf8")),
  );
  if (!ev.ok) throw new Error("sample cohort does not validate");
  return ev.result;
}

const R4_OBJECTION: Objection = {
  no: 1,
  bodyId: "mju",
  direction: "complaints",
  item: "R4",
  text: "disciplined 190, not 118",
  corrections: [{ path: "complaints.disciplined", value: 190 }],
  source: "test",
  conclusionReceived: "2020-03-19",
  submitted: "2020-03-20",
  decision: "accepted",
  decisionDate: "2020-04-01",
};

/** The first cell of the paragraph a re-issued conclusion prints under its heading. */
const REISSUED = /^(Қорытынды .*қайта берілді|Заключение выдано повторно)/;

/** A corrected conclusion without its re-issue paragraph (and the spacer after it), row for row like the original. */
function withoutReissue(spec: SheetSpec): SheetSpec {
  const at = spec.rows.findIndex((r) => typeof r[0] === "string" && REISSUED.test(r[0]));
  if (at < 0) return spec;
  return { ...spec, rows: [...spec.rows.slice(0, at), ...spec.rows.slice(at + 2)] };
}

/** Numeric cells that differ between two sheets: [row, column, before, after]. */
function numericDiff(a: SheetSpec, corrected: SheetSpec): [number, number, CellValue, CellValue][] {
  const b = withoutReissue(corrected);
  const out: [number, number, CellValue, CellValue][] = [];
  for (let r = 0; r < Math.max(a.rows.length, b.rows.length); r++) {
    const x = a.rows[r] ?? [];
    const y = b.rows[r] ?? [];
    for (let c = 0; c < Math.max(x.length, y.length); c++) {
      const [u, v] = [x[c] ?? null, y[c] ?? null];
      if (u !== v && (typeof u === "number" || typeof v === "number")) out.push([r + 1, c + 1, u, v]);
    }
  }
  return out;
}

describe("corrected conclusions", () => {
  const original = sample();
  const out = runObjections(original, [R4_OBJECTION]);
  const sheets = procedureSheets(original, out, {
    langs: ["kk", "ru"],
    log: { who: "analyst", recorded: "2020-04-02" },
  });
  const byName = (n: string) => sheets.find((s) => s.name === n)!;

  it("only the changed direction's conclusion and annex 15 are re-issued, each beside its original", () => {
    expect(sheets.map((s) => s.name)).toEqual([
      "Әділет-14-шағым-kk",
      "Әділет-14-жалобы-ru",
      "Әділет-12-kk",
      "Әділет-12-kk-түз",
      "Әділет-15-kk",
      "Әділет-15-kk-түз",
      "Әділет-12-ru",
      "Әділет-12-ru-испр",
      "Әділет-15-ru",
      "Әділет-15-ru-испр",
      "Дейін-кейін-kk",
      "До-после-ru",
      "opeval_Log",
    ]);
  });

  it("annex 12: the scores that differ are exactly R4, the total and the final score", () => {
    // R4 1 → 10 (+9); total 75.98 → 84.98 and final 75.78 → 84.78 (both +9; shown truncated, I-18).
    for (const lang of ["kk", "ru"] as const) {
      const marker = lang === "kk" ? "түз" : "испр";
      const diff = numericDiff(byName(`Әділет-12-${lang}`), byName(`Әділет-12-${lang}-${marker}`));
      expect(diff.map(([, , before, after]) => [before, after])).toEqual([
        [1, 10],
        [75.98, 84.98],
        [75.78, 84.78],
      ]);
    }
  });

  it("annex 15: only the complaints direction and the general score differ", () => {
    const diff = numericDiff(byName("Әділет-15-kk"), byName("Әділет-15-kk-түз"));
    // Complaints final +9; general score (mean of three) +3: 81.67 → 84.67… shown truncated.
    expect(diff.map(([, , before, after]) => [before, after])).toEqual([
      [75.78, 84.78],
      [81.67, 84.67],
    ]);
  });

  it("the comparison sheet lists each changed indicator with before and after", () => {
    const rows = byName("Дейін-кейін-kk").rows;
    // The last R4 row (FORMS.md 12, criterion 4): the first table reviews the objections (item R4 there too).
    const r4 = rows.filter((r) => r[3] === "Шағымдар мен арыздарды қарау сапасына ішкі бақылау").at(-1)!;
    expect(r4.slice(4, 7)).toEqual([1, 10, 9]);
  });

  it("the original results are not modified by building the corrected forms", () => {
    const mju = original.bodies.find((b) => b.id === "mju")!;
    expect(mju.complaints !== null && mju.complaints !== "na" && mju.complaints.values.R4).toBe(1);
  });
});

describe("annex 14 rows", () => {
  const review = (
    o: Partial<Objection>,
    outcome: ObjectionReview["outcome"],
    deadline?: string,
  ): ObjectionReview => ({
    objection: { ...R4_OBJECTION, ...o },
    outcome,
    ...(deadline ? { deadline } : {}),
  });
  it("a late objection is not accepted, with the dates; decisions and notes go to column 4", () => {
    const rows = annex14Rows(
      [
        review({ no: 1, item: "R1", submitted: "2020-04-01", note: "ignored" }, "late", "2020-03-31"),
        review({ no: 2, item: "R2", note: "Документы подтверждены" }, "accepted"),
      ],
      "ru",
    );
    expect(rows[0]).toMatchObject({
      item: "R1",
      decision: "rejected",
      note: "Поступило 01.04.2020, после срока 31.03.2020 (п. 104)",
    });
    expect(rows[1]).toEqual({
      item: "R2",
      objection: R4_OBJECTION.text,
      decision: "accepted",
      note: "Документы подтверждены",
    });
  });
  it("several objections on one item share its row, numbered", () => {
    const rows = annex14Rows(
      [
        review({ no: 3, item: "R4", text: "a" }, "accepted"),
        review({ no: 4, item: "R4", text: "b", note: "" }, "pending"),
      ],
      "kk",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.objection).toBe("3) a\n4) b");
    expect(rows[0]!.note).toBe("3) қабылданды\n4) қаралуда");
  });
});

describe("comparison sheet without changes", () => {
  it("says so", () => {
    const out = runObjections(sample(), []);
    expect(comparisonSheet(out, "ru").rows.flat()).toContain("ни одно принятое возражение не изменило баллы");
  });
});

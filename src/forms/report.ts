/**
 * Annex 9: the openness report (FORMS.md section 8) — the reporting data the assessed body submits,
 * tables 1–6 for its body type. Column 3 prints the official instruction; the body's lists of links
 * go in the empty row under each indicator (A20). No signature and no date line (A22).
 */
import { bodyName, type FormContext } from "./context";
import { COLUMNS, FormBuilder, annexHeader, blankField, periodText, title, type FormSheet } from "./layout";
import { ANNEX9, CAPTIONS } from "./terms";

/** № | indicator (B:C) | reporting data (D:F). */
export const REPORT_WIDTHS = [6, 26, 12, 14, 14, 18] as const;

/** Table indices (0-based) of annex 9 for a body type: table 2 central only, table 3 local only. */
function tablesFor(type: "central" | "local"): number[] {
  return type === "central" ? [0, 1, 3, 4, 5] : [0, 2, 3, 4, 5];
}

export function opennessReport(ctx: FormContext, name: string): FormSheet | null {
  if (ctx.body.openness === "na") return null;
  const L = ctx.lang;
  const b = new FormBuilder(REPORT_WIDTHS, L);
  annexHeader(b, 9);
  title(b, ANNEX9.title[L]);
  blankField(b, bodyName(ctx), CAPTIONS.centralOrLocal[L]);
  blankField(b, periodText(ctx.period, L), CAPTIONS.periodReported[L]);
  b.spacer();
  for (const index of tablesFor(ctx.body.type)) {
    const table = ANNEX9.tables[index]!;
    b.text(table.title[L], { bold: true, hAlign: "center" });
    const head = b.row([ANNEX9.number[L], ANNEX9.indicatorColumn[L], null, ANNEX9.dataColumn[L]]);
    b.merge(head, 2, 3);
    b.merge(head, 4, COLUMNS);
    b.heights[head] = 20;
    const numbers = b.row([1, 2, null, 3]);
    b.merge(numbers, 2, 3);
    b.merge(numbers, 4, COLUMNS);
    b.style(head, 1, numbers, COLUMNS, { bold: true, hAlign: "center", vAlign: "middle" });
    let no = 0;
    table.rows.forEach((row, i) => {
      // Table 4 row 1 (concepts of draft laws) names the central state body only.
      if (index === 3 && i === 0 && ctx.body.type === "local") return;
      no++;
      const r = b.row([no, row.name[L], null, row.instruction[L]]);
      b.merge(r, 2, 3);
      b.merge(r, 4, COLUMNS);
      b.style(r, 4, r, COLUMNS, { italic: true, size: 10 });
      b.heights[r] =
        Math.max(b.lines(row.name[L], 2, 3), b.lines(row.instruction[L], 4, COLUMNS, 10)) * 14 + 4;
      b.need(r, 2);
      const data = b.row([null, null, null, null]);
      b.merge(data, 1, 3);
      b.merge(data, 4, COLUMNS);
      b.heights[data] = 30;
      b.keep(r, data);
    });
    b.table(head, numbers, b.last);
    b.style(head, 1, b.last, COLUMNS, { border: "all", wrap: true, vAlign: "top" });
    b.style(head, 1, b.last, 1, { hAlign: "center" });
    b.spacer(12);
  }
  return b.build(name, "form");
}

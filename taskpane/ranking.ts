/**
 * The "Ranking" sheet the task pane inserts: the cohort ordered by general score, with a bar chart.
 * Scores are written truncated to two decimals (I-18) so the sheet shows what forms show.
 */
import type { AssessmentResult, DirectionOutcome } from "../src/methodology/assess";
import { truncate2 } from "../src/methodology/numeric";
import { LEVEL_TERMS, TABLE_TERMS } from "../src/model/model-terms";
import type { Lang } from "../src/model/types";
import { uiText } from "./ui-text";
import { type CellValue, type SheetSpec } from "../src/sheet/spec";
import { address } from "../src/sheet/a1";
import type { ChartSpec } from "../src/excel/workbook";

const HEADER_ROW = 4;

function finalOf(d: DirectionOutcome, lang: Lang): CellValue {
  if (d === "na") return TABLE_TERMS.na[lang];
  if (d === null) return TABLE_TERMS.missing[lang];
  return truncate2(d.final);
}

export function rankingSheet(result: AssessmentResult, lang: Lang): { sheet: SheetSpec; chart: ChartSpec } {
  const ordered = [...result.bodies].sort(
    (a, b) => (b.overall?.score ?? -Infinity) - (a.overall?.score ?? -Infinity),
  );
  const header = [
    uiText("rank", lang),
    TABLE_TERMS.body[lang],
    TABLE_TERMS.overall[lang],
    TABLE_TERMS.level[lang],
    TABLE_TERMS.services[lang],
    TABLE_TERMS.openness[lang],
    TABLE_TERMS.complaints[lang],
    TABLE_TERMS.type[lang],
  ];
  const rows: CellValue[][] = [
    [uiText("rankingTitle", lang)],
    [result.period ? uiText("rankingPeriod", lang, { period: result.period }) : null],
    [],
    header,
    ...ordered.map((b, i) => [
      b.overall ? i + 1 : null,
      b.name,
      b.overall ? truncate2(b.overall.score) : TABLE_TERMS.missing[lang],
      b.overall ? LEVEL_TERMS[b.overall.level][lang] : TABLE_TERMS.missing[lang],
      finalOf(b.services, lang),
      finalOf(b.openness, lang),
      finalOf(b.complaints, lang),
      TABLE_TERMS[b.type][lang],
    ]),
  ];
  const last = HEADER_ROW + ordered.length;
  const scored = ordered.filter((b) => b.overall).length;
  const sheet: SheetSpec = {
    name: uiText("rankingSheet", lang),
    kind: "ranking",
    rows,
    columnWidths: [7, 40, 10, 14, 12, 12, 12, 14],
    merges: [`A1:${address(1, header.length)}`],
    styles: [
      { range: "A1", style: { bold: true, size: 13 } },
      {
        range: `A${HEADER_ROW}:${address(HEADER_ROW, header.length)}`,
        style: { bold: true, wrap: true, hAlign: "center" },
      },
      { range: `A${HEADER_ROW}:${address(last, header.length)}`, style: { border: "all" } },
      { range: `C${HEADER_ROW + 1}:C${last}`, style: { numberFormat: "0.00", bold: true } },
      { range: `E${HEADER_ROW + 1}:G${last}`, style: { numberFormat: "0.00" } },
    ],
    freeze: { rows: HEADER_ROW, columns: 0 },
  };
  const chart: ChartSpec = {
    type: "bar",
    title: uiText("rankingTitle", lang),
    // Body names and general scores sit side by side so the chart reads one block.
    dataRange: `B${HEADER_ROW}:C${HEADER_ROW + Math.max(scored, 1)}`,
    anchor: `J${HEADER_ROW}`,
  };
  return { sheet, chart };
}

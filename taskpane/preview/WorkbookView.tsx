/**
 * The preview's stand-in for Excel's grid: sheet tabs, a name box and value bar for the selected
 * cell, and the active sheet as an HTML table (merges, bold, fills, borders, hidden rows), plus any
 * chart as plain bars. Rendering only: it reads the MemoryWorkbook and types into it.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type CSSProperties } from "react";
import { type CellStyle, type CellValue } from "../../src/sheet/spec";
import { address as a1 } from "../../src/sheet/a1";
import { parseRange } from "../../src/sheet/a1";
import type { MemorySheet, MemoryWorkbook } from "../../src/excel/memory";
import { useText } from "../i18n";

const MAX_ROWS = 400;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    height: "100%",
    gap: tokens.spacingVerticalS,
  },
  tabs: { display: "flex", flexWrap: "wrap", gap: "2px", listStyle: "none", margin: 0, padding: 0 },
  tab: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    padding: "2px 8px",
    cursor: "pointer",
    fontSize: tokens.fontSizeBase200,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  activeTab: {
    background: tokens.colorNeutralBackground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: "transparent",
  },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  nameBox: { width: "150px", fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  valueBox: { flexGrow: 1, fontSize: tokens.fontSizeBase200, padding: "2px 4px" },
  gridWrap: {
    overflow: "auto",
    flexGrow: 1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    background: "#fff",
    color: "#000",
  },
  grid: { borderCollapse: "collapse", fontFamily: "'Times New Roman', serif", fontSize: "12px" },
  head: {
    background: "#f0f0f0",
    color: "#333",
    fontFamily: "sans-serif",
    fontSize: "10px",
    border: "1px solid #ddd",
    padding: "0 3px",
    position: "sticky",
    top: 0,
  },
  rowHead: {
    background: "#f0f0f0",
    color: "#333",
    fontFamily: "sans-serif",
    fontSize: "10px",
    border: "1px solid #ddd",
    padding: "0 3px",
    textAlign: "right",
  },
  cell: {
    border: "1px solid #eee",
    padding: "1px 3px",
    verticalAlign: "bottom",
    cursor: "cell",
    maxWidth: "400px",
  },
  selected: { outline: "2px solid #107c41", outlineOffset: "-2px" },
  chart: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalS,
    background: "#fff",
    color: "#000",
    fontSize: "12px",
  },
});

function styleOf(s: CellStyle): CSSProperties {
  const css: CSSProperties = {};
  if (s.bold) css.fontWeight = "bold";
  if (s.italic) css.fontStyle = "italic";
  if (s.underline) css.textDecoration = "underline";
  if (s.size) css.fontSize = `${s.size}pt`;
  if (s.color) css.color = s.color;
  if (s.fill) css.background = s.fill;
  else if (s.input) css.background = "#FFF2CC";
  if (s.hAlign) css.textAlign = s.hAlign;
  if (s.vAlign) css.verticalAlign = s.vAlign;
  if (s.wrap) css.whiteSpace = "pre-wrap";
  if (s.border === "all" || s.border === "outline") css.border = "1px solid #444";
  if (s.border === "bottom") css.borderBottom = "1px solid #444";
  if (s.indent) css.paddingLeft = `${s.indent * 8}px`;
  return css;
}

/** Per-cell styles and merges of a sheet, computed once per render of that sheet. */
function layout(sheet: MemorySheet, rows: number, columns: number) {
  const styles = new Map<string, CSSProperties>();
  for (const { range, style } of sheet.styles) {
    const b = parseRange(range);
    const css = styleOf(style);
    for (let r = b.top; r <= Math.min(b.bottom, rows); r++)
      for (let c = b.left; c <= Math.min(b.right, columns); c++) {
        const key = `${r},${c}`;
        styles.set(key, { ...styles.get(key), ...css });
      }
  }
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    const b = parseRange(m);
    spans.set(`${b.top},${b.left}`, { rowSpan: b.bottom - b.top + 1, colSpan: b.right - b.left + 1 });
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) if (r !== b.top || c !== b.left) covered.add(`${r},${c}`);
  }
  return { styles, spans, covered };
}

function shown(v: CellValue, format: string | undefined): string {
  if (v === null) return "";
  if (typeof v === "number" && format && /^0\.(0+)$/.test(format)) return v.toFixed(format.length - 2);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function Chart({ sheet, dataRange, title }: { sheet: MemorySheet; dataRange: string; title: string }) {
  const styles = useStyles();
  const text = useText();
  const b = parseRange(dataRange);
  const bars: { label: string; value: number }[] = [];
  for (let r = b.top + 1; r <= b.bottom; r++) {
    const value = sheet.cells[r - 1]?.[b.right - 1];
    if (typeof value === "number")
      bars.push({ label: String(sheet.cells[r - 1]?.[b.left - 1] ?? ""), value });
  }
  const max = Math.max(100, ...bars.map((x) => x.value));
  return (
    <figure className={styles.chart} data-testid="chart">
      <figcaption>{text("previewChart", { title })}</figcaption>
      {bars.map((x) => (
        <div key={x.label} style={{ display: "flex", alignItems: "center", gap: 6 }}>
          <span style={{ width: 200, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>
            {x.label}
          </span>
          <span style={{ background: "#2b7cd3", height: 10, width: `${(x.value / max) * 300}px` }} />
          <span>{x.value.toFixed(2)}</span>
        </div>
      ))}
    </figure>
  );
}

export function WorkbookView({ workbook }: { workbook: MemoryWorkbook }) {
  const styles = useStyles();
  const text = useText();
  useSyncExternalStore(
    (l) => workbook.subscribe(l),
    () => workbook.getVersion(),
  );
  const sheets = workbook.allSheets();
  const active = workbook.sheet(workbook.activeSheet()) ?? sheets[0]!;
  const selection = workbook.currentSelection();
  const selected = selection && selection.sheet === active.name ? parseRange(selection.address) : null;
  const selectedValue = selected ? workbook.cell(active.name, selected.top, selected.left) : null;
  const [draft, setDraft] = useState("");
  useEffect(
    () => setDraft(shown(selectedValue, undefined)),
    [selection?.sheet, selection?.address, selectedValue],
  );
  const gridRef = useRef<HTMLDivElement>(null);

  const rows = Math.min(Math.max(active.cells.length, 20), MAX_ROWS);
  const columns = Math.max(
    active.cells.reduce((m, r) => Math.max(m, r.length), 0),
    8,
  );
  const {
    styles: cellStyles,
    spans,
    covered,
  } = useMemo(
    () => layout(active, rows, columns),
    // The sheet object is mutated in place by typing; the version makes the memo honest.
    [active, rows, columns, workbook.getVersion()],
  );
  const hidden = new Set(active.hiddenRows);

  useEffect(() => {
    gridRef.current
      ?.querySelector("[data-selected=true]")
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selection?.sheet, selection?.address]);

  const commit = () => {
    if (selected) workbook.typeInto(active.name, selected.top, selected.left, draft);
  };

  return (
    <div className={styles.root}>
      <ul className={styles.tabs} aria-label={text("previewSheets")} data-testid="sheet-tabs">
        {sheets.map((s) => (
          <li key={s.name}>
            <button
              type="button"
              className={`${styles.tab} ${s.name === active.name ? styles.activeTab : ""}`}
              aria-current={s.name === active.name ? "page" : undefined}
              onClick={() => void workbook.activateSheet(s.name)}
            >
              {s.name}
            </button>
          </li>
        ))}
      </ul>
      <div className={styles.bar}>
        <input
          className={styles.nameBox}
          readOnly
          aria-label={text("previewCell")}
          data-testid="name-box"
          value={selection ? `${selection.sheet}!${selection.address}` : ""}
        />
        <input
          className={styles.valueBox}
          aria-label={text("previewCellValue")}
          data-testid="value-box"
          value={draft}
          disabled={!selected}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit();
          }}
          onBlur={commit}
        />
      </div>
      <div className={styles.gridWrap} ref={gridRef} tabIndex={0} role="region" aria-label={active.name}>
        <table className={styles.grid} data-testid="grid" data-sheet={active.name}>
          <thead>
            <tr>
              <th className={styles.head} />
              {Array.from({ length: columns }, (_, c) => (
                <th
                  key={c}
                  className={styles.head}
                  style={{ minWidth: `${(active.columnWidths[c] ?? 8) * 6}px` }}
                >
                  {a1(1, c + 1).replace(/\d+$/, "")}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => r + 1)
              .filter((r) => !hidden.has(r))
              .map((r) => (
                <tr key={r}>
                  <th className={styles.rowHead}>{r}</th>
                  {Array.from({ length: columns }, (_, i) => i + 1).map((c) => {
                    const key = `${r},${c}`;
                    if (covered.has(key)) return null;
                    const isSelected = !!selected && selected.top === r && selected.left === c;
                    const value = active.cells[r - 1]?.[c - 1] ?? null;
                    return (
                      <td
                        key={c}
                        {...spans.get(key)}
                        data-address={a1(r, c)}
                        data-selected={isSelected}
                        className={`${styles.cell} ${isSelected ? styles.selected : ""}`}
                        style={{
                          textAlign: typeof value === "number" ? "right" : undefined,
                          ...cellStyles.get(key),
                        }}
                        onClick={() => void workbook.selectRange(active.name, a1(r, c))}
                      >
                        {shown(value, active.numberFormats[r - 1]?.[c - 1])}
                      </td>
                    );
                  })}
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      {active.charts.map((chart, i) => (
        <Chart key={i} sheet={active} dataRange={chart.dataRange} title={chart.title} />
      ))}
    </div>
  );
}

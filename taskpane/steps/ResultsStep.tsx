/** Step 4: the cohort table (sortable, filtered by type), the per-body explanation and the ranking sheet. */
import {
  Badge,
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import { ChartMultipleRegular, DismissRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState } from "react";
import type { WorkbookAdapter } from "../../src/excel/workbook";
import type { BodyResult, DirectionOutcome } from "../../src/methodology/assess";
import { formatScore } from "../../src/methodology/numeric";
import { localDecimal } from "../../src/i18n/numerals";
import { formatProblem } from "../../src/model/problems";
import { DIRECTION_TERMS, LEVEL_TERMS, TABLE_TERMS } from "../../src/model/model-terms";
import type { BodyType, DirectionId, EfficiencyLevel } from "../../src/model/types";
import { explanationText, type Explanation } from "../../src/methodology/explain";
import { sourceText } from "../../src/methodology/explain-source";
import { explanationLabel, type IndicatorNamer } from "../explain-label";
import { insertRanking, type CheckOutcome } from "../actions";
import { plainError, useLang, useText } from "../i18n";
import { loadPart } from "../load-part";
import type { PaneApi } from "../pane-api";
import { OutcomeBar, useStepStyles } from "./common";
import { CheckFirst, type StepLink } from "./ProblemList";
import { ShareSection } from "./ShareSection";
import { ChangeLine, LevelChangeBadge, MovedIndicators, TrendButton, useHistoryView } from "./HistoryParts";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", maxWidth: "100%" },
  // Fixed layout: four score columns of equal width; each body's name has the table's whole width
  // on a row of its own, so it wraps between words at 320 px, and its level sits under it, left of
  // the scores.
  table: { minWidth: "290px", tableLayout: "fixed", width: "100%" },
  numCol: {
    width: "48px",
    fontSize: tokens.fontSizeBase200,
    paddingLeft: "2px",
    paddingRight: "2px",
    overflowWrap: "anywhere",
  },
  // The sorted-by-default column carries the sort arrow too.
  generalCol: { width: "62px" },
  levelBadge: { marginTop: "2px", maxWidth: "100%" },
  num: {
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
    fontSize: tokens.fontSizeBase200,
    paddingLeft: "2px",
    paddingRight: "4px",
  },
  // The name row and the scores row read as one body: no line between them.
  nameRow: { borderBottomStyle: "none" },
  nameCell: { paddingTop: "6px", paddingBottom: 0 },
  levelCell: { paddingTop: 0, paddingBottom: "4px", verticalAlign: "top" },
  scoresRow: { verticalAlign: "top" },
  // A word longer than the whole row (none in the 2020 list) would still wrap rather than overflow.
  name: { overflowWrap: "break-word", fontSize: tokens.fontSizeBase200, textAlign: "left" },
  abbr: { textDecoration: "none" },
  explain: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  explainHead: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
  },
  entry: {
    overflowWrap: "anywhere",
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
    paddingTop: tokens.spacingVerticalXS,
  },
  formula: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

type SortKey = "name" | "services" | "openness" | "complaints" | "overall";
const LEVEL_COLOR: Record<EfficiencyLevel, BadgeProps["color"]> = {
  high: "success",
  medium: "brand",
  low: "warning",
  ineffective: "danger",
};

function finalOf(d: DirectionOutcome): number | null {
  return d === null || d === "na" ? null : d.final;
}

function sortValue(b: BodyResult, key: SortKey): number | string {
  if (key === "name") return b.name;
  if (key === "overall") return b.overall?.score ?? -Infinity;
  return finalOf(b[key]) ?? -Infinity;
}

function Explain({ body, onClose }: { body: BodyResult; onClose: () => void }) {
  const styles = useStyles();
  const steps = useStepStyles();
  const text = useText();
  const lang = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [body.id]);
  // The forms' names of total/penalty/final/score/level come with the objections chunk, not the pane's.
  const [names, setNames] = useState<IndicatorNamer | null>(null);
  useEffect(() => {
    if (lang === "en" || names !== null) return;
    let live = true;
    // A chunk that does not arrive leaves the keys as labels (the explanation itself is whole).
    loadPart(
      "objections",
      () => import(/* webpackChunkName: "objections" */ "../../src/objections/objection-sheets"),
    ).then(
      (m) => live && setNames(() => m.indicatorName),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lang, names]);
  // Entries in the engine's order, grouped by the part before the first dot (direction or overall).
  const groups: { group: string; entries: Explanation[] }[] = [];
  for (const e of body.explain) {
    const group = e.key.split(".")[0]!;
    const last = groups[groups.length - 1];
    if (last?.group === group) last.entries.push(e);
    else groups.push({ group, entries: [e] });
  }
  const groupTitle = (group: string) =>
    group in DIRECTION_TERMS ? DIRECTION_TERMS[group as DirectionId][lang] : text("overallScore");
  return (
    <section className={styles.explain} aria-labelledby="explain-heading" data-testid="explain">
      <div className={styles.explainHead}>
        <Text as="h3" id="explain-heading" weight="semibold" ref={heading} tabIndex={-1}>
          {text("explainFor", { body: body.name })}
        </Text>
        <Button
          appearance="subtle"
          size="small"
          icon={<DismissRegular />}
          aria-label={text("close")}
          onClick={onClose}
        />
      </div>
      {body.warnings.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <ul className={steps.plainList}>
              {body.warnings.map((w, i) => (
                <li key={i}>{formatProblem(w, lang)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {groups.map(({ group, entries }) => (
        <section key={group} aria-label={groupTitle(group)}>
          <Text as="h4" weight="semibold" size={300}>
            {groupTitle(group)}
          </Text>
          <ul className={steps.plainList}>
            {entries.map((e) => (
              <li key={e.key} className={styles.entry}>
                <Text weight="semibold" size={200}>
                  {explanationLabel(e.key, lang, names)}
                </Text>
                <div className={styles.formula}>{localDecimal(explanationText(e, lang), lang)}</div>
                <div className={styles.meta}>
                  {text("source")}: {sourceText(e.source, lang)} · {text("interpretation")}:{" "}
                  {e.rule ?? text("noInterpretation")}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

export function ResultsStep({
  workbook,
  api,
  check,
  onStep,
}: {
  workbook: WorkbookAdapter;
  api: PaneApi;
  check: CheckOutcome | null;
  onStep?: (to: StepLink) => void;
}) {
  const styles = useStepStyles();
  const own = useStyles();
  const text = useText();
  const lang = useLang();
  const [typeFilter, setTypeFilter] = useState<BodyType | "all">("all");
  const [sort, setSort] = useState<{ key: SortKey; dir: "ascending" | "descending" }>({
    key: "overall",
    dir: "descending",
  });
  const [explained, setExplained] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const result = check?.kind === "checked" ? check.result : undefined;
  // The change against the workbook's previous recorded period (opeval_History), when there is one.
  const comparison = useHistoryView(workbook, api, result)?.comparison;
  const changeOf = (id: string) => comparison?.bodies.find((c) => c.id === id && c.presence === "both");
  const since = comparison?.previous.period ?? "";
  if (!result)
    return (
      <section className={styles.stack} aria-labelledby="results-heading">
        <Text as="h2" id="results-heading" weight="semibold" size={400}>
          {text("stepResults")}
        </Text>
        <CheckFirst check={check} onStep={onStep} />
        <ShareSection />
      </section>
    );

  const rows = result.bodies
    .filter((b) => typeFilter === "all" || b.type === typeFilter)
    .sort((a, b) => {
      const x = sortValue(a, sort.key);
      const y = sortValue(b, sort.key);
      const c = typeof x === "string" ? x.localeCompare(String(y), lang) : x - (y as number);
      return sort.dir === "ascending" ? c : -c;
    });
  const header = (key: SortKey, caption: string, full?: string) => (
    <TableHeaderCell
      key={key}
      className={key === "name" ? undefined : mergeClasses(own.numCol, key === "overall" && own.generalCol)}
      sortDirection={sort.key === key ? sort.dir : undefined}
      onClick={() =>
        setSort((s) => ({
          key,
          dir:
            s.key === key && s.dir === "descending"
              ? "ascending"
              : key === "name"
                ? "ascending"
                : "descending",
        }))
      }
    >
      {full ? (
        <abbr title={full} aria-label={full} className={own.abbr}>
          {caption}
        </abbr>
      ) : (
        caption
      )}
    </TableHeaderCell>
  );
  const score = (d: DirectionOutcome) =>
    d === "na"
      ? TABLE_TERMS.na[lang]
      : d === null
        ? TABLE_TERMS.missing[lang]
        : localDecimal(formatScore(d.final), lang);
  const body = result.bodies.find((b) => b.id === explained);

  const ranking = async () => {
    setBusy(true);
    try {
      const name = await insertRanking(workbook, api, result, lang);
      setMessage({ ok: true, text: text("rankingInserted", { sheet: name }) });
    } catch (e) {
      setMessage({ ok: false, text: text("unexpected", { detail: plainError(e, lang) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.stack} aria-labelledby="results-heading">
      <Text as="h2" id="results-heading" weight="semibold" size={400}>
        {text("stepResults")}
      </Text>
      <Text>
        {text("resultsIntro")} {text("resultsExplainHint")}
      </Text>
      <Field label={text("filterType")}>
        <Select value={typeFilter} onChange={(_e, d) => setTypeFilter(d.value as BodyType | "all")}>
          <option value="all">{text("typeAll")}</option>
          <option value="central">{TABLE_TERMS.central[lang]}</option>
          <option value="local">{TABLE_TERMS.local[lang]}</option>
        </Select>
      </Field>
      <div className={own.scroll} tabIndex={0} role="region" aria-label={text("cohortTable")}>
        <Table
          sortable
          size="extra-small"
          className={own.table}
          aria-label={text("cohortTable")}
          data-testid="cohort"
        >
          <TableHeader>
            <TableRow>
              {header("name", TABLE_TERMS.body[lang])}
              {header("services", text("colServices"), DIRECTION_TERMS.services[lang])}
              {header("openness", text("colOpenness"), DIRECTION_TERMS.openness[lang])}
              {header("complaints", text("colComplaints"), DIRECTION_TERMS.complaints[lang])}
              {header("overall", text("colGeneral"), text("overallScore"))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.flatMap((b) => [
              <TableRow key={`${b.id}-name`} className={own.nameRow} data-body-name={b.id}>
                <TableCell className={own.nameCell} colSpan={5}>
                  <Link
                    as="button"
                    className={own.name}
                    aria-label={text("explainOf", { body: b.name })}
                    aria-expanded={explained === b.id}
                    onClick={() => setExplained(explained === b.id ? null : b.id)}
                  >
                    {b.name}
                  </Link>
                </TableCell>
              </TableRow>,
              <TableRow key={b.id} className={own.scoresRow} data-body={b.id}>
                <TableCell className={own.levelCell}>
                  {b.overall && (
                    <div>
                      <Badge
                        className={own.levelBadge}
                        appearance="tint"
                        size="small"
                        color={LEVEL_COLOR[b.overall.level]}
                      >
                        {LEVEL_TERMS[b.overall.level][lang]}
                      </Badge>{" "}
                      <LevelChangeBadge body={changeOf(b.id)} period={since} />
                    </div>
                  )}
                </TableCell>
                <TableCell className={own.num}>
                  {score(b.services)}
                  <ChangeLine change={changeOf(b.id)?.directions.services} period={since} />
                </TableCell>
                <TableCell className={own.num}>
                  {score(b.openness)}
                  <ChangeLine change={changeOf(b.id)?.directions.openness} period={since} />
                </TableCell>
                <TableCell className={own.num}>
                  {score(b.complaints)}
                  <ChangeLine change={changeOf(b.id)?.directions.complaints} period={since} />
                </TableCell>
                <TableCell className={own.num} data-testid="general">
                  {b.overall ? (
                    <strong>{localDecimal(formatScore(b.overall.score), lang)}</strong>
                  ) : (
                    <span title={text("noScore")} aria-label={text("noScore")}>
                      {TABLE_TERMS.missing[lang]}
                    </span>
                  )}
                  <ChangeLine change={changeOf(b.id)?.overall} period={since} />
                </TableCell>
              </TableRow>,
            ])}
          </TableBody>
        </Table>
      </div>
      {body && <Explain body={body} onClose={() => setExplained(null)} />}
      {body && comparison && <MovedIndicators comparison={comparison} bodyId={body.id} />}
      {body && <TrendButton workbook={workbook} api={api} result={result} bodyId={body.id} />}
      <Button icon={<ChartMultipleRegular />} disabled={busy} onClick={ranking}>
        {text("insertRanking")}
      </Button>
      {message && <OutcomeBar message={message} />}
      <ShareSection />
    </section>
  );
}

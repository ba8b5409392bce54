/**
 * The history in the pane: the change under each score of the Results step, the level-change
 * badge, the indicators that moved most with both periods' explanations, the trend sheet button,
 * and the offer of the Generate step to record the period in opeval_History.
 */
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ArrowTrendingLinesRegular, HistoryRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import type { WorkbookAdapter } from "../../src/excel/workbook";
import type { BodyComparison, Change, Comparison } from "../../src/history/history-compare";
import { editionLine, explainText, formatChange, movedItemLabel } from "../../src/history/history-render";
import { LEVEL_MOVE_MARK, LEVEL_MOVE_TERMS, PANE_TERMS } from "../../src/history/history-terms";
import type { HistoryView } from "../../src/history/history-workbook";
import { fill } from "../../src/i18n/lang";
import type { AssessmentResult } from "../../src/methodology/assess";
import { formatScore } from "../../src/methodology/numeric";
import { localDecimal } from "../../src/i18n/numerals";
import { formatProblem } from "../../src/model/problems";
import { LEVEL_TERMS } from "../../src/model/model-terms";
import { insertTrend, readHistoryView, recordPeriod, type RecordOutcome } from "../history-actions";
import { plainError, useLang } from "../i18n";
import type { PaneApi } from "../pane-api";
import { ErrorBar, OutcomeBar } from "./common";

const useStyles = makeStyles({
  // Under a score in a narrow column: the figure on its line, the base period wrapping below it.
  change: {
    display: "block",
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
    whiteSpace: "normal",
  },
  figure: { display: "block" },
  // "▲ 2018: орташа" wraps inside its badge in the Results table's narrow first column.
  levelBadge: { height: "auto", whiteSpace: "normal", maxWidth: "100%", textAlign: "left" },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
  moved: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
});

/** The comparison with the workbook's previous period, re-read whenever the result changes. */
export function useHistoryView(
  workbook: WorkbookAdapter,
  api: PaneApi,
  result: AssessmentResult | undefined,
): HistoryView | undefined {
  const [view, setView] = useState<HistoryView | undefined>(undefined);
  useEffect(() => {
    let live = true;
    setView(undefined);
    if (result)
      readHistoryView(workbook, api, result).then(
        (v) => live && setView(v),
        () => live && setView(undefined),
      );
    return () => {
      live = false;
    };
  }, [workbook, api, result]);
  return view;
}

/** "+1,81 к 2018" under a score, the figure coloured by direction; the title says "change against 2018". */
export function ChangeLine({ change, period }: { change: Change | undefined; period: string }) {
  const styles = useStyles();
  const lang = useLang();
  if (change?.change === undefined) return null;
  const text = localDecimal(formatChange(change.change), lang);
  const base = fill(PANE_TERMS[/^\d{4}$/.test(period) ? "changeBaseYear" : "changeBase"][lang], { period });
  const label = `${fill(PANE_TERMS.changeAgainst[lang], { period })}: ${text}`;
  const tone = change.change > 0 ? styles.up : change.change < 0 ? styles.down : undefined;
  return (
    <span className={styles.change} title={label} data-testid="change">
      <span className={mergeClasses(styles.figure, tone)}>{text}</span> {base}
    </span>
  );
}

export function LevelChangeBadge({ body, period }: { body: BodyComparison | undefined; period: string }) {
  const styles = useStyles();
  const lang = useLang();
  const move = body?.level.move;
  if (!body || !move || move === "same" || !body.level.previous) return null;
  const was = fill(PANE_TERMS.levelWas[lang], { period, level: LEVEL_TERMS[body.level.previous][lang] });
  return (
    <Badge
      className={styles.levelBadge}
      appearance="outline"
      size="small"
      color={move === "up" ? "success" : "danger"}
      title={`${LEVEL_MOVE_TERMS[move][lang]} (${was})`}
      data-testid="level-change"
    >
      {LEVEL_MOVE_MARK[move]} {was}
    </Badge>
  );
}

/** The indicators of a body that moved most, each with its explanation from both periods. */
export function MovedIndicators({ comparison, bodyId }: { comparison: Comparison; bodyId: string }) {
  const styles = useStyles();
  const lang = useLang();
  const body = comparison.bodies.find((b) => b.id === bodyId && b.presence === "both");
  if (!body) return null;
  const { previous, current } = comparison;
  return (
    <section
      className={styles.moved}
      aria-label={fill(PANE_TERMS.movedTitle[lang], { period: previous.period })}
      data-testid="moved"
    >
      <Text weight="semibold" size={300}>
        {fill(PANE_TERMS.movedTitle[lang], { period: previous.period })}
      </Text>
      <Text size={200}>{editionLine(comparison, lang)}</Text>
      <ul className={styles.list}>
        {body.moved.map((m) => (
          <li key={m.item}>
            <Text weight="semibold" size={200}>
              {movedItemLabel(m.item, lang)}: {localDecimal(formatScore(m.previous), lang)} →{" "}
              {localDecimal(formatScore(m.current), lang)} ({localDecimal(formatChange(m.change), lang)})
            </Text>
            <div className={styles.formula}>
              {previous.period}: {localDecimal(explainText(m.explain.previous, lang), lang)}
            </div>
            <div className={styles.formula}>
              {current.period}: {localDecimal(explainText(m.explain.current, lang), lang)}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function TrendButton({
  workbook,
  api,
  result,
  bodyId,
}: {
  workbook: WorkbookAdapter;
  api: PaneApi;
  result: AssessmentResult;
  bodyId: string;
}) {
  const lang = useLang();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!api.history) return null;
  const run = async () => {
    setBusy(true);
    try {
      const name = await insertTrend(workbook, api, result, bodyId, lang);
      setMessage(
        name
          ? { ok: true, text: fill(PANE_TERMS.trendInserted[lang], { sheet: name }) }
          : { ok: false, text: PANE_TERMS.trendNeedsTwo[lang] },
      );
    } catch (e) {
      setMessage({ ok: false, text: plainError(e, lang) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button icon={<ArrowTrendingLinesRegular />} disabled={busy} onClick={run}>
        {PANE_TERMS.insertTrend[lang]}
      </Button>
      {message && <OutcomeBar message={message} />}
    </>
  );
}

/** The Generate step's offer: record the period in opeval_History; replacing needs a confirmation. */
export function RecordHistory({
  workbook,
  api,
  result,
}: {
  workbook: WorkbookAdapter;
  api: PaneApi;
  result: AssessmentResult | undefined;
}) {
  const lang = useLang();
  const [outcome, setOutcome] = useState<RecordOutcome | { kind: "failed"; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!api.history || !workbook.updateTableRows || !result) return null;
  const period = result.assessment.period ?? "—";
  const run = async (replaceConfirmed: boolean) => {
    setBusy(true);
    try {
      setOutcome(await recordPeriod(workbook, api, result, lang, replaceConfirmed));
    } catch (e) {
      setOutcome({ kind: "failed", message: plainError(e, lang) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        icon={<HistoryRegular />}
        disabled={busy}
        onClick={() => run(false)}
        data-testid="record-history"
      >
        {fill(PANE_TERMS.recordOffer[lang], { period })}
      </Button>
      <div aria-live="polite">
        {outcome?.kind === "needsConfirm" && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {fill(PANE_TERMS.recordReplace[lang], { period: outcome.period })}{" "}
              <Button size="small" disabled={busy} onClick={() => run(true)} data-testid="confirm-replace">
                {fill(PANE_TERMS.replaceConfirm[lang], { period: outcome.period })}
              </Button>
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === "recorded" && (
          <MessageBar intent="success">
            <MessageBarBody>
              {outcome.removed > 0
                ? fill(PANE_TERMS.replaced[lang], {
                    period: outcome.period,
                    removed: outcome.removed,
                    count: outcome.added,
                  })
                : fill(PANE_TERMS.recorded[lang], { period: outcome.period, count: outcome.added })}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === "noTable" && <ErrorBar message={PANE_TERMS.noTable[lang]} />}
        {outcome?.kind === "invalid" && (
          <ErrorBar message={outcome.problems.map((p) => formatProblem(p, lang)).join("\n")} />
        )}
        {outcome?.kind === "failed" && <ErrorBar message={outcome.message} />}
      </div>
    </>
  );
}

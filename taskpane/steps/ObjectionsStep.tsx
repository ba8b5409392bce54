/**
 * Step 5: the objections procedure (chapter 7). Shows each objection of opeval_Objections with its
 * deadline and outcome as src/objections computes them, lists bad rows at their cells, and writes
 * annex 14, the corrected conclusions, the before/after comparison and opeval_Log as new sheets.
 */
import {
  Badge,
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, DismissRegular, DocumentTextRegular } from "@fluentui/react-icons";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { formatDotted, parseIsoDate } from "../../src/calendar/date";
import type { WorkbookAdapter, WriteProgress, WrittenSheet } from "../../src/excel/workbook";
import type { AssessmentResult } from "../../src/methodology/assess";
import type { Problem } from "../../src/model/problems";
import { TABLE_TERMS } from "../../src/model/model-terms";
import { OBJECTION_HEADERS } from "../../src/objections/objection-terms";
import type { LanguageVersion } from "../../src/model/types";
import type { UiTextKey } from "../ui-text";
import type { ObjectionReview, Outcome } from "../../src/objections/objection-types";
import {
  reviewWorkbookObjections,
  writeObjectionSheets,
  type ObjectionsOutcome,
  type ProcedureSheets,
} from "../actions";
import { plainError, useLang, useText } from "../i18n";
import type { PaneApi } from "../pane-api";
import { ErrorBar, SheetLinks, useStepStyles, WriteProgressField } from "./common";
import { BlockingErrors, ProblemList, type StepLink } from "./ProblemList";

const useStyles = makeStyles({
  objection: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    overflowWrap: "anywhere",
  },
  objectionHead: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  // Label and value side by side while they fit, stacked in a 320 px pane.
  facts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
  },
  fact: { margin: 0, minWidth: 0 },
  // A status that does not fit the pane wraps inside its badge instead of overflowing it.
  badge: { height: "auto", minHeight: "20px", whiteSpace: "normal", textAlign: "center" },
  term: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0 },
});

/**
 * A problem with its dates as the step writes every date, dd.mm.yyyy: the review keeps ISO dates in
 * its params (the JSON and CLI read them), the analyst reads the table's and the forms' format.
 */
function withDottedDates(problem: Problem): Problem {
  const params = Object.fromEntries(
    Object.entries(problem.params).map(([k, v]) => {
      const day = typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? parseIsoDate(v) : undefined;
      return [k, day === undefined ? v : formatDotted(day)];
    }),
  );
  return { ...problem, params };
}

/**
 * A label whose "(…)" parts do not break inside: "(14-" and "қосымша)" on two lines read badly.
 * One span: a Button lays out each child as a flex item of its own.
 */
function wholeParentheses(label: string): ReactNode {
  return (
    <span>
      {label.split(/(\([^()]*\))/).map((part, i) =>
        part.startsWith("(") ? (
          <span key={i} style={{ whiteSpace: "nowrap" }}>
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </span>
  );
}

const SHOWN_ON_CARD = new Set<Problem["code"]>(["objectionLate", "objectionPending"]);

type WriteState =
  | { kind: "idle" }
  | { kind: "running"; progress: WriteProgress | null }
  | { kind: "done"; sheets: WrittenSheet[]; cancelled: boolean; changes: number; scores: number }
  | { kind: "hasErrors"; problems: Problem[] }
  | { kind: "message"; key: UiTextKey; sheets: ProcedureSheets["sheets"] };

const OUTCOME_TEXT: Record<Outcome, UiTextKey> = {
  accepted: "statusAccepted",
  rejected: "statusRejected",
  late: "statusLateShort",
  pending: "statusPending",
};
const OUTCOME_COLOR: Record<Outcome, BadgeProps["color"]> = {
  accepted: "success",
  rejected: "danger",
  late: "danger",
  pending: "informative",
};

function ObjectionItem({ review, result }: { review: ObjectionReview; result: AssessmentResult }) {
  const own = useStyles();
  const text = useText();
  const lang = useLang();
  const o = review.objection;
  const date = (iso: string | undefined) => {
    const day = iso === undefined ? undefined : parseIsoDate(iso);
    return day === undefined ? text("noDate") : formatDotted(day);
  };
  const body = result.bodies.find((b) => b.id === o.bodyId)?.name ?? o.bodyId;
  const status = text(OUTCOME_TEXT[review.outcome]);
  // The deadline's date is its own line; the date the objection came says only whether it was in time.
  const timeliness =
    review.late === undefined ? "" : ` — ${text(review.late ? "statusLate" : "statusOnTime")}`;
  // The received and submitted dates carry the objections table's headers: one name in the table and here.
  const facts: [string, string, string][] = [
    ["objectionReceived", OBJECTION_HEADERS.conclusionReceived[lang], date(o.conclusionReceived)],
    ["objectionDeadline", text("objectionDeadline"), date(review.deadline)],
    ["objectionSubmitted", OBJECTION_HEADERS.submitted[lang], `${date(o.submitted)}${timeliness}`],
    ...(review.commissionDeadline
      ? ([["objectionCommission", text("objectionCommission"), date(review.commissionDeadline)]] as [
          string,
          string,
          string,
        ][])
      : []),
  ];
  return (
    <li className={own.objection} data-outcome={review.outcome} data-testid="objection">
      <div className={own.objectionHead}>
        <Text weight="semibold">{text("objectionNo", { no: o.no })}</Text>
        <Text>{`${body} · ${TABLE_TERMS[o.direction][lang]}${o.item ? ` · ${o.item}` : ""}`}</Text>
        <Badge
          className={own.badge}
          appearance="tint"
          color={OUTCOME_COLOR[review.outcome]}
          aria-label={`${text("objectionStatus")}: ${status}`}
        >
          {status}
        </Badge>
      </div>
      {o.text && <Text size={200}>{o.text}</Text>}
      <dl className={own.facts}>
        {facts.map(([key, label, value]) => (
          <div key={key} className={own.fact}>
            <dt className={own.term}>{label}</dt>
            <dd className={own.value} data-testid={key}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </li>
  );
}

export function ObjectionsStep({
  workbook,
  api,
  onStep,
}: {
  workbook: WorkbookAdapter;
  api: PaneApi;
  onStep?: (to: StepLink) => void;
}) {
  const styles = useStepStyles();
  const text = useText();
  const lang = useLang();
  const [review, setReview] = useState<ObjectionsOutcome | null>(null);
  const [reading, setReading] = useState(false);
  const [langs, setLangs] = useState<Set<LanguageVersion>>(new Set(lang === "ru" ? ["ru"] : ["kk"]));
  const [write, setWrite] = useState<WriteState>({ kind: "idle" });
  const [failure, setFailure] = useState<string | null>(null);
  const cancelRequested = useRef(false);
  const failed = (e: unknown) => setFailure(text("unexpected", { detail: plainError(e, lang) }));

  const read = async () => {
    setReading(true);
    setFailure(null);
    try {
      setReview(await reviewWorkbookObjections(workbook, api, lang));
    } catch (e) {
      failed(e);
    } finally {
      setReading(false);
    }
  };

  // The step opens with the workbook's objections already read: one round trip, no click needed.
  useEffect(() => {
    void read();
  }, []);

  const run = async () => {
    if (langs.size === 0) return setFailure(text("chooseLang"));
    setFailure(null);
    cancelRequested.current = false;
    setWrite({ kind: "running", progress: null });
    try {
      const outcome = await writeObjectionSheets(
        workbook,
        api,
        lang,
        (["kk", "ru"] as const).filter((l) => langs.has(l)),
        {
          onProgress: (progress) => setWrite({ kind: "running", progress }),
          isCancelled: () => cancelRequested.current,
        },
      );
      if (outcome.kind === "written") {
        setReview(outcome.review);
        setWrite({
          kind: "done",
          sheets: outcome.write.sheets,
          cancelled: outcome.write.cancelled,
          changes: outcome.review.procedure?.changes.length ?? 0,
          scores: outcome.review.procedure?.comparison.length ?? 0,
        });
      } else if (outcome.kind === "objectionErrors") {
        // The rows to fix are listed with links to their cells.
        setReview(outcome.review);
        setWrite({ kind: "message", key: "objectionsHaveErrors", sheets: outcome.review.sheets });
      } else if (outcome.kind === "hasErrors") setWrite({ kind: "hasErrors", problems: outcome.problems });
      else
        setWrite({
          kind: "message",
          key: outcome.kind === "noTables" ? "noTables" : "noObjectionsTable",
          sheets: outcome.kind === "noTables" ? outcome.sheets : outcome.review.sheets,
        });
    } catch (e) {
      setWrite({ kind: "idle" });
      failed(e);
    }
  };

  const reviewed = review?.kind === "reviewed" ? review : null;
  const reviews = reviewed?.procedure?.reviews ?? [];
  // A late or pending objection's warning says what its card already shows (status, deadline).
  const problems = reviewed
    ? reviewed.problems
        .filter((p) => !SHOWN_ON_CARD.has(p.code))
        .sort((a, b) => (a.severity === "error" ? -1 : 0) - (b.severity === "error" ? -1 : 0))
        .map(withDottedDates)
    : [];
  // The sheets are named once the first read has answered (the step reads when it opens).
  const sheets = review?.sheets;
  const count = (o: Outcome) => reviews.filter((r) => r.outcome === o).length;
  const running = write.kind === "running";
  const progress = write.kind === "running" ? write.progress : null;
  const canWrite = !!reviewed?.hasTable && reviews.length > 0;

  return (
    <section className={styles.stack} aria-labelledby="objections-heading">
      <Text as="h2" id="objections-heading" weight="semibold" size={400}>
        {text("stepObjections")}
      </Text>
      {sheets && <Text data-testid="objections-intro">{text("objectionsIntro", sheets)}</Text>}
      <div className={styles.row}>
        <Button icon={<ArrowClockwiseRegular />} disabled={reading || running} onClick={read}>
          {text("readObjections")}
        </Button>
        {reading && <Spinner size="tiny" label={text("working")} />}
      </div>
      {failure && <ErrorBar message={failure} />}
      <div aria-live="polite" className={styles.stack}>
        {review?.kind === "noTables" && <ErrorBar message={text("noTables")} />}
        {review?.kind === "hasErrors" && (
          <BlockingErrors problems={review.problems} workbook={workbook} onError={failed} onStep={onStep} />
        )}
        {reviewed && !reviewed.hasTable && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{text("noObjectionsTable", sheets)}</MessageBarBody>
          </MessageBar>
        )}
        {reviewed?.hasTable && reviews.length === 0 && problems.length === 0 && (
          <MessageBar intent="info">
            <MessageBarBody>{text("noObjections", sheets)}</MessageBarBody>
          </MessageBar>
        )}
        {reviews.length > 0 && (
          <Text data-testid="objections-summary">
            {text("objectionsSummary", {
              count: reviews.length,
              accepted: count("accepted"),
              rejected: count("rejected"),
              late: count("late"),
              pending: count("pending"),
            })}
          </Text>
        )}
      </div>
      {reviewed && reviews.length > 0 && (
        <ul className={styles.plainList} aria-label={text("objectionsList")} data-testid="objections">
          {reviews.map((r) => (
            <ObjectionItem
              key={`${r.objection.no}-${r.objection.source}`}
              review={r}
              result={reviewed.result}
            />
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <ProblemList
          problems={problems}
          workbook={workbook}
          onError={failed}
          className={styles.plainList}
          testId="objection-problems"
        />
      )}
      {canWrite && (
        <>
          <fieldset className={styles.group} disabled={running}>
            <legend className={styles.legend}>{text("languages")}</legend>
            {(["kk", "ru"] as const).map((l) => (
              <Checkbox
                key={l}
                label={text(l === "kk" ? "langKk" : "langRu")}
                checked={langs.has(l)}
                onChange={(_e, d) => {
                  const next = new Set(langs);
                  if (d.checked === true) next.add(l);
                  else next.delete(l);
                  setLangs(next);
                }}
              />
            ))}
          </fieldset>
          <div className={styles.row}>
            <Button
              appearance="primary"
              icon={<DocumentTextRegular />}
              disabled={running || reading}
              onClick={run}
            >
              {wholeParentheses(text("writeObjections"))}
            </Button>
            {running && (
              <Button icon={<DismissRegular />} onClick={() => (cancelRequested.current = true)}>
                {text("cancel")}
              </Button>
            )}
          </div>
        </>
      )}
      {running && <WriteProgressField progress={progress} />}
      <div aria-live="polite">
        {write.kind === "done" && (
          <MessageBar intent={write.cancelled ? "warning" : "success"} layout="multiline">
            <MessageBarBody>
              {text("objectionsWritten", { changes: write.changes, scores: write.scores })}{" "}
              {text(write.cancelled ? "cancelled" : "generated", { count: write.sheets.length })}
              <SheetLinks sheets={write.sheets} workbook={workbook} onError={failed} />
            </MessageBarBody>
          </MessageBar>
        )}
        {write.kind === "message" && <ErrorBar message={text(write.key, write.sheets)} />}
        {write.kind === "hasErrors" && (
          <BlockingErrors problems={write.problems} workbook={workbook} onError={failed} onStep={onStep} />
        )}
      </div>
    </section>
  );
}

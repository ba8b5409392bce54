/** Step 2: read and validate the input tables; every problem links to its cell. */
import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkCircleRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { WorkbookAdapter } from "../../src/excel/workbook";
import { formatProblemPlace, type Problem } from "../../src/model/problems";
import { checkWorkbook, type CheckOutcome } from "../actions";
import { plainError, useLang, useText } from "../i18n";
import type { PaneApi } from "../pane-api";
import { ErrorBar, useStepStyles } from "./common";
import { RepairCells } from "./RepairCells";

const useStyles = makeStyles({
  problems: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  problem: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    overflowWrap: "anywhere",
  },
  badge: { flexShrink: 0, marginTop: "2px" },
});

/** Problems as a list; a problem with a cell selects it when clicked (Check and Objections steps). */
export function ProblemList(props: {
  problems: readonly Problem[];
  workbook: WorkbookAdapter;
  onError: (e: unknown) => void;
  className: string;
  testId: string;
}) {
  const text = useText();
  return (
    <ul className={props.className} aria-label={text("problemsList")} data-testid={props.testId}>
      {props.problems.map((p, i) => (
        <ProblemItem
          key={`${i}-${p.code}-${p.path}`}
          problem={p}
          onGo={
            p.cell
              ? () => props.workbook.selectRange(p.cell!.sheet, p.cell!.address).catch(props.onError)
              : undefined
          }
        />
      ))}
    </ul>
  );
}

export function ProblemItem({ problem, onGo }: { problem: Problem; onGo?: () => void }) {
  const styles = useStyles();
  const lang = useLang();
  const text = useText();
  // The badge says error or warning: the line does not repeat it.
  const line = formatProblemPlace(problem, lang);
  const error = problem.severity === "error";
  return (
    <li className={styles.problem} data-severity={problem.severity}>
      <Badge className={styles.badge} appearance="tint" color={error ? "danger" : "warning"} size="small">
        {text(error ? "error" : "warning")}
      </Badge>
      {onGo ? (
        <Link
          as="button"
          onClick={onGo}
          aria-label={`${text("goToCell", { cell: `${problem.cell!.sheet}!${problem.cell!.address}` })}: ${line}`}
        >
          {line}
        </Link>
      ) : (
        <Text>{line}</Text>
      )}
    </li>
  );
}

export function CheckStep({
  workbook,
  api,
  outcome,
  onChecked,
}: {
  workbook: WorkbookAdapter;
  api: PaneApi;
  outcome: CheckOutcome | null;
  onChecked: (outcome: CheckOutcome) => void;
}) {
  const styles = useStepStyles();
  const own = useStyles();
  const text = useText();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const failed = (e: unknown) => setFailure(text("unexpected", { detail: plainError(e, lang) }));

  const run = async () => {
    setBusy(true);
    setFailure(null);
    try {
      onChecked(await checkWorkbook(workbook, api));
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  };

  const problems = outcome?.kind === "checked" ? outcome.problems : [];
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  const ordered = [...errors, ...warnings];

  return (
    <section className={styles.stack} aria-labelledby="check-heading">
      <Text as="h2" id="check-heading" weight="semibold" size={400}>
        {text("stepCheck")}
      </Text>
      <Text>{text("checkIntro")}</Text>
      <Button appearance="primary" icon={<CheckmarkCircleRegular />} disabled={busy} onClick={run}>
        {text("runCheck")}
      </Button>
      {busy && <Spinner size="tiny" label={text("working")} />}
      {failure && <ErrorBar message={failure} />}
      <div aria-live="polite" className={styles.stack}>
        {outcome?.kind === "noTables" && <ErrorBar message={text("noTables")} />}
        {outcome?.kind === "checked" && errors.length === 0 && outcome.result && (
          <MessageBar intent="success">
            <MessageBarBody>{text("checkPassed", { bodies: outcome.result.bodies.length })}</MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === "checked" && problems.length > 0 && (
          <div className={styles.row}>
            {/* A count of none is not shown: "Warnings: 0" reads as something to look at. */}
            {errors.length > 0 && (
              <Badge appearance="filled" color="danger">
                {text("errorsCount", { count: errors.length })}
              </Badge>
            )}
            {warnings.length > 0 && (
              <Badge appearance="filled" color="warning">
                {text("warningsCount", { count: warnings.length })}
              </Badge>
            )}
          </div>
        )}
      </div>
      {ordered.length > 0 && (
        <ProblemList
          problems={ordered}
          workbook={workbook}
          onError={failed}
          className={own.problems}
          testId="problems"
        />
      )}
      <RepairCells workbook={workbook} />
    </section>
  );
}

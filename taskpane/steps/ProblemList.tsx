/**
 * Problems as the Check step lists them (each with its cell as a link that selects it), the same list
 * where an action was refused for the input's errors (Conclusion, Objections), and the hint a step
 * shows until the check has scored the workbook.
 */
import {
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookAdapter } from "../../src/excel/workbook";
import { formatProblemPlace, type Problem } from "../../src/model/problems";
import type { CheckOutcome } from "../actions";
import { useLang, useText } from "../i18n";
import { useStepStyles } from "./common";

/** The steps a hint can send the analyst to, with their numbers on the tabs. */
export type StepLink = "template" | "check";
const STEP_LINKS = {
  template: { n: 1, key: "stepTemplate" },
  check: { n: 2, key: "stepCheck" },
} as const;

const useStyles = makeStyles({
  problem: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    overflowWrap: "anywhere",
  },
  badge: { flexShrink: 0, marginTop: "2px" },
  showAll: { alignSelf: "flex-start" },
});

/** Problems as a list; a problem with a cell selects it when clicked (Check, Conclusion and Objections steps). */
export function ProblemList(props: {
  problems: readonly Problem[];
  workbook: WorkbookAdapter;
  onError: (e: unknown) => void;
  className?: string;
  testId: string;
}) {
  const text = useText();
  const styles = useStepStyles();
  return (
    <ul
      className={props.className ?? styles.plainList}
      aria-label={text("problemsList")}
      data-testid={props.testId}
    >
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

/** A link to another step, named as its tab is ("Go to step 2: Check"). */
export function StepLinkButton({ to, onStep }: { to: StepLink; onStep: (to: StepLink) => void }) {
  const text = useText();
  const { n, key } = STEP_LINKS[to];
  return (
    <Link as="button" onClick={() => onStep(to)} data-testid={`go-${to}`}>
      {text("goToStep", { n, step: text(key) })}
    </Link>
  );
}

/** How many errors list before "Show all": a refused action's list stays short above the fold. */
const FIRST_ERRORS = 5;

/**
 * Why nothing was written: the input's errors, as the Check step lists them (each selects its cell),
 * the first five with "Show all" when there are more, and a link to the Check step.
 */
export function BlockingErrors({
  problems,
  workbook,
  onError,
  onStep,
}: {
  problems: readonly Problem[];
  workbook: WorkbookAdapter;
  onError: (e: unknown) => void;
  onStep?: (to: StepLink) => void;
}) {
  const styles = useStepStyles();
  const own = useStyles();
  const text = useText();
  const [all, setAll] = useState(false);
  const shown = all ? problems : problems.slice(0, FIRST_ERRORS);
  return (
    <div className={styles.stack} data-testid="blocking-errors">
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          {text("blockedByErrors", { count: problems.length })}
          {onStep && (
            <>
              {" "}
              <StepLinkButton to="check" onStep={onStep} />
            </>
          )}
        </MessageBarBody>
      </MessageBar>
      <ProblemList problems={shown} workbook={workbook} onError={onError} testId="blocking-problems" />
      {shown.length < problems.length && (
        <Button className={own.showAll} size="small" onClick={() => setAll(true)}>
          {text("showAllErrors", { count: problems.length })}
        </Button>
      )}
    </div>
  );
}

/**
 * What a step needing the scores says before they exist: insert the template (no input tables),
 * fix the errors the check found, or run the check — each with a link to the step that does it.
 * Nothing once the check has scored the workbook.
 */
export function CheckFirst({
  check,
  onStep,
}: {
  check: CheckOutcome | null;
  onStep?: (to: StepLink) => void;
}) {
  const text = useText();
  if (check?.kind === "checked" && check.result) return null;
  const errors = check?.kind === "checked" ? check.problems.filter((p) => p.severity === "error").length : 0;
  const [message, to]: [string, StepLink] =
    check?.kind === "noTables"
      ? [text("hintNoTables"), "template"]
      : errors > 0
        ? [text("hintCheckErrors", { count: errors }), "check"]
        : [text("hintCheckFirst"), "check"];
  return (
    <MessageBar intent={errors > 0 ? "warning" : "info"} layout="multiline" data-testid="check-first">
      <MessageBarBody>
        {message}
        {onStep && (
          <>
            {" "}
            <StepLinkButton to={to} onStep={onStep} />
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

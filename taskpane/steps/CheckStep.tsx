/** Step 2: read and validate the input tables; every problem links to its cell. */
import { Badge, Button, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { CheckmarkCircleRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { WorkbookAdapter } from "../../src/excel/workbook";
import { checkWorkbook, type CheckOutcome } from "../actions";
import { plainError, useLang, useText } from "../i18n";
import type { PaneApi } from "../pane-api";
import { ErrorBar, useStepStyles } from "./common";
import { ProblemList } from "./ProblemList";
import { RepairCells } from "./RepairCells";

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
        <ProblemList problems={ordered} workbook={workbook} onError={failed} testId="problems" />
      )}
      <RepairCells workbook={workbook} />
    </section>
  );
}

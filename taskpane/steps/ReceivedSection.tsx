/**
 * "Import received conclusions" (issue 24), a section of the Template step: the analyst of the
 * Agency picks the results files the other authorities sent (one or several, .json or .xlsx) and
 * their rows are added to the Received sheet, all or nothing (../received-import.ts). The outcome
 * says what was added per file and direction, or every reason nothing was, and points to Check.
 */
import { Button, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { DocumentArrowUpRegular } from "@fluentui/react-icons";
import { useRef, useState, type ChangeEvent } from "react";
import type { WorkbookAdapter } from "../../src/excel/workbook";
import { formatProblem, type Problem } from "../../src/model/problems";
// Not the template schema (a lazy chunk): the sheet's words and the directions' live in model-terms.
import { AUTOMATION_TERM, RECEIVED_SHEET_TERMS, TABLE_TERMS } from "../../src/model/model-terms";
import { readFileBytes } from "../file-bytes";
import { plainError, useLang, useText } from "../i18n";
import type { PaneApi } from "../pane-api";
import { importReceived, type ReceivedImportOutcome } from "../received-import";
import { ErrorBar, SheetLinks, useStepStyles } from "./common";

type State =
  | { kind: "idle" }
  | { kind: "busy" }
  | Exclude<ReceivedImportOutcome, { kind: "unavailable" | "noWorkbookReader" }>
  | { kind: "failed"; message: string };

function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const styles = useStepStyles();
  const lang = useLang();
  return (
    <ul className={styles.list}>
      {problems.map((p, i) => (
        <li key={i} className={styles.wrapAnywhere}>
          {formatProblem(p, lang)}
        </li>
      ))}
    </ul>
  );
}

export function ReceivedSection({ workbook, api }: { workbook: WorkbookAdapter; api: PaneApi }) {
  const styles = useStepStyles();
  const text = useText();
  const lang = useLang();
  const [state, setState] = useState<State>({ kind: "idle" });
  const fileInput = useRef<HTMLInputElement>(null);
  const sheet = RECEIVED_SHEET_TERMS.sheet[lang];
  const failed = (e: unknown) =>
    setState({ kind: "failed", message: text("unexpected", { detail: plainError(e) }) });

  const fromFiles = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = "";
    if (!files.length) return;
    setState({ kind: "busy" });
    try {
      const picked = await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: await readFileBytes(f) })),
      );
      const outcome = await importReceived(workbook, api, picked);
      if (outcome.kind === "unavailable")
        setState({ kind: "failed", message: text("receivedUnavailable", { sheet }) });
      else if (outcome.kind === "noWorkbookReader")
        setState({
          kind: "failed",
          message: text("receivedNoWorkbookReader", { files: outcome.files.join(", ") }),
        });
      else setState(outcome);
    } catch (err) {
      failed(err);
    }
  };

  const busy = state.kind === "busy";
  const total = state.kind === "imported" ? state.added.reduce((n, a) => n + a.rows, 0) : 0;
  return (
    <section className={styles.stack} aria-labelledby="received-heading">
      <Text as="h3" id="received-heading" weight="semibold" size={300}>
        {RECEIVED_SHEET_TERMS.title[lang]}
      </Text>
      <Text>{text("receivedHelp", { sheet })}</Text>
      <Button
        icon={<DocumentArrowUpRegular />}
        disabled={busy || !api.received}
        onClick={() => fileInput.current?.click()}
      >
        {text("receivedImport")}
      </Button>
      <input
        ref={fileInput}
        type="file"
        multiple
        accept=".json,.xlsx,.xlsm,application/json"
        aria-label={text("receivedFileLabel")}
        data-testid="received-files"
        hidden
        onChange={fromFiles}
      />
      {busy && <Spinner size="tiny" label={text("working")} />}
      {state.kind === "imported" && (
        <MessageBar intent={total ? "success" : "warning"} layout="multiline">
          <MessageBarBody>
            {total === 0 && text("receivedNoRows")}
            <ul className={styles.list}>
              {state.added.map((a) => (
                <li key={`${a.file}\u0000${a.direction}`} className={styles.wrapAnywhere}>
                  {text("receivedAdded", {
                    file: a.file,
                    count: a.rows,
                    direction: (a.direction === "automation" ? AUTOMATION_TERM : TABLE_TERMS[a.direction])[
                      lang
                    ],
                  })}
                </li>
              ))}
            </ul>
            {state.createdSheet && (
              <>
                {text("receivedSheetCreated", { sheet: state.createdSheet })}
                <SheetLinks
                  sheets={[{ wanted: sheet, name: state.createdSheet }]}
                  workbook={workbook}
                  onError={failed}
                />
              </>
            )}
            {state.warnings.length > 0 && <ProblemList problems={state.warnings} />}
            {total > 0 && text("receivedNext", { step: text("stepCheck") })}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "refused" && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {text("receivedRefused")}
            <ProblemList problems={state.problems} />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && <ErrorBar message={state.message} />}
    </section>
  );
}

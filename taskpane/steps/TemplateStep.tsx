/** Step 1: insert the input template as new sheets, empty or filled from a JSON file; import received conclusions. */
import { Button, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { DocumentAddRegular, DocumentArrowUpRegular } from "@fluentui/react-icons";
import { useRef, useState, type ChangeEvent } from "react";
import type { WorkbookAdapter, WrittenSheet } from "../../src/excel/workbook";
import { formatProblem, type Problem } from "../../src/model/problems";
import { insertTemplate, insertTemplateFromJson } from "../actions";
import { plainError, useLang, useText } from "../i18n";
import type { PaneApi } from "../pane-api";
import { readFileBytes } from "../file-bytes";
import { ErrorBar, SheetLinks, useStepStyles } from "./common";
import { ReceivedSection } from "./ReceivedSection";

const asLinks = (names: string[]): WrittenSheet[] => names.map((name) => ({ wanted: name, name }));

type State =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "written"; sheets: WrittenSheet[] }
  | { kind: "exists"; sheets: WrittenSheet[] }
  | { kind: "invalid"; file: string; problems: Problem[] }
  | { kind: "failed"; message: string };

export function TemplateStep({ workbook, api }: { workbook: WorkbookAdapter; api: PaneApi }) {
  const styles = useStepStyles();
  const text = useText();
  const lang = useLang();
  const [state, setState] = useState<State>({ kind: "idle" });
  const fileInput = useRef<HTMLInputElement>(null);
  const failed = (e: unknown) =>
    setState({ kind: "failed", message: text("unexpected", { detail: plainError(e, lang) }) });

  const insertEmpty = async () => {
    setState({ kind: "busy" });
    try {
      const outcome = await insertTemplate(workbook, api, lang);
      if (outcome.kind === "exists") setState({ kind: "exists", sheets: asLinks(outcome.sheets) });
      else setState({ kind: "written", sheets: outcome.write.sheets });
    } catch (e) {
      failed(e);
    }
  };

  const fromFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    setState({ kind: "busy" });
    try {
      const outcome = await insertTemplateFromJson(workbook, api, lang, await readFileBytes(file));
      if (outcome.kind === "invalid")
        setState({ kind: "invalid", file: file.name, problems: outcome.problems });
      else if (outcome.kind === "exists") setState({ kind: "exists", sheets: asLinks(outcome.sheets) });
      else setState({ kind: "written", sheets: outcome.write.sheets });
    } catch (err) {
      failed(err);
    }
  };

  const busy = state.kind === "busy";
  return (
    <section className={styles.stack} aria-labelledby="template-heading">
      <Text as="h2" id="template-heading" weight="semibold" size={400}>
        {text("stepTemplate")}
      </Text>
      <Text>{text("templateIntro")}</Text>
      <Button appearance="primary" icon={<DocumentAddRegular />} disabled={busy} onClick={insertEmpty}>
        {text("insertTemplate")}
      </Button>
      <Button icon={<DocumentArrowUpRegular />} disabled={busy} onClick={() => fileInput.current?.click()}>
        {text("fillFromJson")}
      </Button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        aria-label={text("jsonFileLabel")}
        data-testid="json-file"
        hidden
        onChange={fromFile}
      />
      {busy && <Spinner size="tiny" label={text("working")} />}
      {state.kind === "written" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {text("templateInserted", { count: state.sheets.length })}
            <SheetLinks sheets={state.sheets} workbook={workbook} onError={failed} />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "exists" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {text("templateExists")}
            <SheetLinks sheets={state.sheets} workbook={workbook} onError={failed} />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "invalid" && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {text("jsonHasErrors", { file: state.file })}
            <ul className={styles.list}>
              {state.problems
                .filter((p) => p.severity === "error")
                .map((p, i) => (
                  <li key={i} className={styles.wrapAnywhere}>
                    {formatProblem(p, lang)}
                  </li>
                ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && <ErrorBar message={state.message} />}
      <ReceivedSection workbook={workbook} api={api} />
    </section>
  );
}

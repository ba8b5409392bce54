/** Step 1: insert the input template as new sheets, empty or filled from a JSON file; import received conclusions. */
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
} from "@fluentui/react-components";
import { DocumentAddRegular, DocumentArrowUpRegular } from "@fluentui/react-icons";
import { useRef, useState, type ChangeEvent } from "react";
import type { WorkbookAdapter, WrittenSheet } from "../../src/excel/workbook";
import { AUTHORITY_BLOCK_TERMS, DIRECTION_AUTHORITY_TERMS } from "../../src/model/model-terms";
import { formatProblem, type Problem } from "../../src/model/problems";
// A type only: the template's schema is the lazy "reader" chunk, out of the pane's first download.
import type { TemplateDirection } from "../../src/model/template-schema";
import type { Lang } from "../../src/model/types";
import { insertTemplate, insertTemplateFromJson } from "../actions";
import { plainError, useLang, useText } from "../i18n";
import type { PaneApi } from "../pane-api";
import { readFileBytes } from "../file-bytes";
import { ErrorBar, SheetLinks, useStepStyles } from "./common";
import { ReceivedSection } from "./ReceivedSection";

const asLinks = (names: string[]): WrittenSheet[] => names.map((name) => ({ wanted: name, name }));

// services, automation, openness, complaints: the order of `opeval template --direction`.
const AUTHORITIES = Object.keys(DIRECTION_AUTHORITY_TERMS) as TemplateDirection[];

/** «Ашықтық (Ақпарат және қоғамдық даму министрлігі)»: the direction's word, then its authority. */
function authorityOption(direction: TemplateDirection, lang: Lang): string {
  const word = AUTHORITY_BLOCK_TERMS[direction][lang];
  return `${word.charAt(0).toLocaleUpperCase(lang)}${word.slice(1)} (${DIRECTION_AUTHORITY_TERMS[direction][lang]})`;
}

// A native select is as wide as its longest option («Открытость (Министерство информации и
// общественного развития)»): held to the pane's width, the chosen label is cut at the edge, the
// open list shows it whole.
const useChoiceStyles = makeStyles({
  field: { gridTemplateColumns: "minmax(0, 1fr)" },
  select: { minWidth: 0, width: "100%" },
});

type State =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "written"; sheets: WrittenSheet[] }
  | { kind: "exists"; sheets: WrittenSheet[] }
  | { kind: "invalid"; file: string; problems: Problem[] }
  | { kind: "failed"; message: string };

export function TemplateStep({ workbook, api }: { workbook: WorkbookAdapter; api: PaneApi }) {
  const styles = useStepStyles();
  const choiceStyles = useChoiceStyles();
  const text = useText();
  const lang = useLang();
  const [state, setState] = useState<State>({ kind: "idle" });
  // "" = the full template (the Agency, all directions); else one authority's workbook.
  const [direction, setDirection] = useState<TemplateDirection | "">("");
  const chosen = direction || undefined;
  const fileInput = useRef<HTMLInputElement>(null);
  const failed = (e: unknown) =>
    setState({ kind: "failed", message: text("unexpected", { detail: plainError(e, lang) }) });

  const insertEmpty = async () => {
    setState({ kind: "busy" });
    try {
      const outcome = await insertTemplate(workbook, api, lang, chosen);
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
      const outcome = await insertTemplateFromJson(workbook, api, lang, await readFileBytes(file), chosen);
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
      <Field label={text("templateFor")} className={choiceStyles.field}>
        <Select
          className={choiceStyles.select}
          value={direction}
          disabled={busy}
          onChange={(_e, d) => setDirection(d.value as TemplateDirection | "")}
        >
          <option value="">
            {text("templateForAll", { agency: DIRECTION_AUTHORITY_TERMS.services[lang] })}
          </option>
          {AUTHORITIES.map((d) => (
            <option key={d} value={d}>
              {authorityOption(d, lang)}
            </option>
          ))}
        </Select>
      </Field>
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

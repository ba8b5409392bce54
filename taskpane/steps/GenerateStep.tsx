/** Step 3: write the annex forms for the chosen bodies, languages and forms, with progress and cancel. */
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular, DocumentTextRegular } from "@fluentui/react-icons";
import { useRef, useState } from "react";
import type { WorkbookAdapter, WriteProgress, WrittenSheet } from "../../src/excel/workbook";
import type { Problem } from "../../src/model/problems";
import type { LanguageVersion } from "../../src/model/types";
import { generateConclusions, type CheckOutcome } from "../actions";
import { plainError, useLang, useText } from "../i18n";
import type { PaneApi } from "../pane-api";
import { BlockingErrors, ErrorBar, SheetLinks, useStepStyles, WriteProgressField } from "./common";
import { RecordHistory } from "./HistoryParts";

const useStyles = makeStyles({
  nested: { paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column" },
});

type State =
  | { kind: "idle" }
  | { kind: "running"; progress: WriteProgress | null }
  | { kind: "done"; sheets: WrittenSheet[]; cancelled: boolean; fallback?: string }
  | { kind: "hasErrors"; problems: Problem[] }
  | { kind: "message"; key: "needCheck" | "nothingToWrite" }
  | { kind: "failed"; message: string };

export function GenerateStep({
  workbook,
  api,
  check,
}: {
  workbook: WorkbookAdapter;
  api: PaneApi;
  check: CheckOutcome | null;
}) {
  const styles = useStepStyles();
  const own = useStyles();
  const text = useText();
  const lang = useLang();
  const bodies = check?.kind === "checked" && check.result ? check.result.bodies : [];
  const [allBodies, setAllBodies] = useState(true);
  const [chosenBodies, setChosenBodies] = useState<Set<string>>(new Set());
  const [langs, setLangs] = useState<Set<LanguageVersion>>(new Set(lang === "ru" ? ["ru"] : ["kk"]));
  const [allForms, setAllForms] = useState(true);
  const [chosenForms, setChosenForms] = useState<Set<string>>(new Set(api.formIds));
  const [state, setState] = useState<State>({ kind: "idle" });
  const [invalid, setInvalid] = useState<string | null>(null);
  const cancelRequested = useRef(false);

  const toggle = <T,>(set: Set<T>, value: T, on: boolean): Set<T> => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };

  const run = async () => {
    if (!allBodies && chosenBodies.size === 0) return setInvalid(text("chooseBody"));
    if (langs.size === 0) return setInvalid(text("chooseLang"));
    if (!allForms && chosenForms.size === 0) return setInvalid(text("chooseForm"));
    setInvalid(null);
    cancelRequested.current = false;
    setState({ kind: "running", progress: null });
    try {
      const outcome = await generateConclusions(
        workbook,
        api,
        {
          ...(allBodies ? {} : { bodies: [...chosenBodies] }),
          langs: (["kk", "ru"] as const).filter((l) => langs.has(l)),
          forms: allForms ? "all" : api.formIds.filter((f) => chosenForms.has(f)),
        },
        {
          onProgress: (progress) => setState({ kind: "running", progress }),
          isCancelled: () => cancelRequested.current,
        },
      );
      if (outcome.kind === "needsCheck") setState({ kind: "message", key: "needCheck" });
      else if (outcome.kind === "nothing") setState({ kind: "message", key: "nothingToWrite" });
      else if (outcome.kind === "hasErrors") setState({ kind: "hasErrors", problems: outcome.problems });
      else
        setState({
          kind: "done",
          sheets: outcome.write.sheets,
          cancelled: outcome.write.cancelled,
          ...(outcome.write.fallback ? { fallback: outcome.write.fallback } : {}),
        });
    } catch (e) {
      setState({ kind: "failed", message: text("unexpected", { detail: plainError(e) }) });
    }
  };

  const running = state.kind === "running";
  const progress = state.kind === "running" ? state.progress : null;
  return (
    <section className={styles.stack} aria-labelledby="generate-heading">
      <Text as="h2" id="generate-heading" weight="semibold" size={400}>
        {text("generate")}
      </Text>
      <Text>{text("generateIntro")}</Text>
      <fieldset className={styles.group} disabled={running}>
        <legend className={styles.legend}>{text("bodies")}</legend>
        <RadioGroup
          value={allBodies ? "all" : "selected"}
          onChange={(_e, d) => setAllBodies(d.value === "all")}
        >
          <Radio value="all" label={text("bodiesAll")} />
          <Radio value="selected" label={text("bodiesSelected")} disabled={bodies.length === 0} />
        </RadioGroup>
        {!allBodies && (
          <div className={own.nested}>
            {bodies.map((b) => (
              <Checkbox
                key={b.id}
                label={b.name}
                checked={chosenBodies.has(b.id)}
                onChange={(_e, d) => setChosenBodies(toggle(chosenBodies, b.id, d.checked === true))}
              />
            ))}
          </div>
        )}
        {bodies.length === 0 && <Text size={200}>{text("needCheck")}</Text>}
      </fieldset>
      <fieldset className={styles.group} disabled={running}>
        <legend className={styles.legend}>{text("languages")}</legend>
        {(["kk", "ru"] as const).map((l) => (
          <Checkbox
            key={l}
            label={text(l === "kk" ? "langKk" : "langRu")}
            checked={langs.has(l)}
            onChange={(_e, d) => setLangs(toggle(langs, l, d.checked === true))}
          />
        ))}
      </fieldset>
      <fieldset className={styles.group} disabled={running}>
        <legend className={styles.legend}>{text("forms")}</legend>
        <Checkbox
          label={text("formsAll")}
          checked={allForms}
          onChange={(_e, d) => setAllForms(d.checked === true)}
        />
        {!allForms && (
          <div className={own.nested}>
            {api.formIds.map((f) => (
              <Checkbox
                key={f}
                label={api.formName(f, lang)}
                checked={chosenForms.has(f)}
                onChange={(_e, d) => setChosenForms(toggle(chosenForms, f, d.checked === true))}
              />
            ))}
          </div>
        )}
      </fieldset>
      {invalid && <ErrorBar message={invalid} />}
      <div className={styles.row}>
        <Button appearance="primary" icon={<DocumentTextRegular />} disabled={running} onClick={run}>
          {text("generate")}
        </Button>
        {running && (
          <Button icon={<DismissRegular />} onClick={() => (cancelRequested.current = true)}>
            {text("cancel")}
          </Button>
        )}
      </div>
      {running && <WriteProgressField progress={progress} />}
      <div aria-live="polite">
        {state.kind === "done" && (
          <MessageBar intent={state.cancelled ? "warning" : "success"} layout="multiline">
            <MessageBarBody>
              {text(state.cancelled ? "cancelled" : "generated", { count: state.sheets.length })}
              <SheetLinks
                sheets={state.sheets}
                workbook={workbook}
                onError={(e) =>
                  setState({ kind: "failed", message: text("unexpected", { detail: plainError(e) }) })
                }
              />
            </MessageBarBody>
          </MessageBar>
        )}
        {state.kind === "done" && state.fallback && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{text("importFallback", { reason: state.fallback })}</MessageBarBody>
          </MessageBar>
        )}
        {state.kind === "message" && <ErrorBar message={text(state.key)} />}
        {state.kind === "hasErrors" && <BlockingErrors problems={state.problems} />}
        {state.kind === "failed" && <ErrorBar message={state.message} />}
      </div>
      {/* Once the conclusions are written, the period may be recorded in the workbook's history. */}
      {state.kind === "done" && (
        <RecordHistory
          workbook={workbook}
          api={api}
          result={check?.kind === "checked" ? check.result : undefined}
        />
      )}
    </section>
  );
}

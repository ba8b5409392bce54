/** Step 3: write the annex forms for the chosen bodies, languages and forms, with progress and cancel. */
import {
  Button,
  Checkbox,
  Link,
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
import type { FormSheet, NewWorkbooksResult } from "../../src/excel/new-workbooks";
import type { SheetSpec } from "../../src/sheet/spec";
import type { Problem } from "../../src/model/problems";
import type { LanguageVersion } from "../../src/model/types";
import { generateConclusions, type CheckOutcome, type GenerateTarget } from "../actions";
import { plainError, useLang, useText } from "../i18n";
import type { PaneApi } from "../pane-api";
import { ErrorBar, useStepStyles, WriteProgressField } from "./common";
import { BlockingErrors, CheckFirst, type StepLink } from "./ProblemList";
import { RecordHistory } from "./HistoryParts";

const useStyles = makeStyles({
  nested: { paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column" },
  // One line per body: 50 bodies scroll inside the list, so "Record the period" stays in view.
  // No bullets: a wrapped link would put its bullet beside its last line.
  bodies: { maxHeight: "11em", overflowY: "auto", listStyleType: "none", paddingLeft: 0 },
});

/** One line of the summary after Generate: a body (or the reference annexes) and its forms. */
interface BodyLine {
  key: string;
  bodyId: string | null;
  forms: number;
  /** Its first sheet in this workbook (a link), or the new workbooks it is in. */
  first?: string;
  books?: number[];
}

/** The written sheets by body, in order (`written[i]` is `forms[i]`; a cancelled write is shorter). */
function linesWritten(forms: readonly FormSheet[], written: readonly WrittenSheet[]): BodyLine[] {
  const lines = new Map<string, BodyLine>();
  written.forEach((sheet, i) => {
    const bodyId = forms[i]?.bodyId ?? null;
    const key = bodyId ?? "";
    const line = lines.get(key) ?? { key, bodyId, forms: 0, first: sheet.name };
    line.forms++;
    lines.set(key, line);
  });
  return [...lines.values()];
}

/** The opened workbooks' forms by body, with the workbooks each body is in. */
function linesOpened(forms: readonly FormSheet[], opened: NewWorkbooksResult["opened"]): BodyLine[] {
  const lines = new Map<string, BodyLine>();
  for (const book of opened)
    for (const bodyId of book.bodyIds) {
      const key = bodyId ?? "";
      const line = lines.get(key) ?? { key, bodyId, forms: 0, books: [] };
      line.forms += forms.filter((f) => f.bodyId === bodyId && f.lang === book.lang).length;
      if (!line.books!.includes(book.number)) line.books!.push(book.number);
      lines.set(key, line);
    }
  return [...lines.values()];
}

type State =
  | { kind: "idle" }
  | { kind: "running"; progress: WriteProgress | null }
  | { kind: "done"; sheets: WrittenSheet[]; lines: BodyLine[]; cancelled: boolean; fallback?: string }
  | { kind: "opened"; result: NewWorkbooksResult; lines: BodyLine[]; forms: FormSheet[] }
  | { kind: "hasErrors"; problems: Problem[] }
  | { kind: "message"; key: "nothingToWrite" }
  | { kind: "failed"; message: string };

export function GenerateStep({
  workbook,
  api,
  check,
  onChecked,
  onStep,
}: {
  workbook: WorkbookAdapter;
  api: PaneApi;
  check: CheckOutcome | null;
  /** Generate checks the workbook again: the pane keeps that check (bodies, results, hints). */
  onChecked?: (check: CheckOutcome) => void;
  onStep?: (to: StepLink) => void;
}) {
  const styles = useStepStyles();
  const own = useStyles();
  const text = useText();
  const lang = useLang();
  const bodies = check?.kind === "checked" && check.result ? check.result.bodies : [];
  const [allBodies, setAllBodies] = useState(true);
  const [chosenBodies, setChosenBodies] = useState<Set<string>>(new Set());
  // Conclusions are signed in both languages.
  const [langs, setLangs] = useState<Set<LanguageVersion>>(new Set(["kk", "ru"]));
  const canOpenNew = workbook.openNewWorkbooks !== undefined;
  const [target, setTarget] = useState<GenerateTarget>(canOpenNew ? "new" : "this");
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
          target,
          langs: (["kk", "ru"] as const).filter((l) => langs.has(l)),
          forms: allForms ? "all" : api.formIds.filter((f) => chosenForms.has(f)),
        },
        {
          onProgress: (progress) => setState({ kind: "running", progress }),
          isCancelled: () => cancelRequested.current,
        },
        onChecked,
      );
      // No input tables: the hint above says so (insert the template), with its link.
      if (outcome.kind === "needsCheck") setState({ kind: "idle" });
      else if (outcome.kind === "nothing") setState({ kind: "message", key: "nothingToWrite" });
      else if (outcome.kind === "hasErrors") setState({ kind: "hasErrors", problems: outcome.problems });
      else if (outcome.kind === "opened")
        setState({
          kind: "opened",
          result: outcome.opened,
          forms: outcome.forms,
          lines: linesOpened(outcome.forms, outcome.opened.opened),
        });
      else
        setState({
          kind: "done",
          sheets: outcome.write.sheets,
          lines: linesWritten(outcome.forms, outcome.write.sheets),
          cancelled: outcome.write.cancelled,
          ...(outcome.write.fallback ? { fallback: outcome.write.fallback } : {}),
        });
    } catch (e) {
      setState({ kind: "failed", message: text("unexpected", { detail: plainError(e, lang) }) });
    }
  };

  /** The forms no new workbook took (too large, or Excel refused), written into this workbook. */
  const writeLeftHere = async (left: readonly SheetSpec[], forms: readonly FormSheet[]) => {
    cancelRequested.current = false;
    setState({ kind: "running", progress: null });
    try {
      const byName = new Map(forms.map((f) => [f.spec.name, f]));
      const kept = left.map((spec) => byName.get(spec.name)!);
      const write = await workbook.writeSheets(left, {
        onProgress: (progress) => setState({ kind: "running", progress }),
        isCancelled: () => cancelRequested.current,
      });
      setState({
        kind: "done",
        sheets: write.sheets,
        lines: linesWritten(kept, write.sheets),
        cancelled: write.cancelled,
        ...(write.fallback ? { fallback: write.fallback } : {}),
      });
    } catch (e) {
      setState({ kind: "failed", message: text("unexpected", { detail: plainError(e, lang) }) });
    }
  };

  const bodyName = (bodyId: string | null) =>
    bodyId === null ? text("referenceForms") : (bodies.find((b) => b.id === bodyId)?.name ?? bodyId);
  const langName = (l: LanguageVersion) => text(l === "kk" ? "langKk" : "langRu");
  const fail = (e: unknown) =>
    setState({ kind: "failed", message: text("unexpected", { detail: plainError(e, lang) }) });

  const running = state.kind === "running";
  const progress = state.kind === "running" ? state.progress : null;
  return (
    <section className={styles.stack} aria-labelledby="generate-heading">
      <Text as="h2" id="generate-heading" weight="semibold" size={400}>
        {text("generate")}
      </Text>
      <Text>{text("generateIntro")}</Text>
      {/* Until the check has scored the workbook; the refused Generate's own list replaces it. */}
      {state.kind !== "hasErrors" && <CheckFirst check={check} onStep={onStep} />}
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
      </fieldset>
      {canOpenNew && (
        <fieldset className={styles.group} disabled={running}>
          <legend className={styles.legend}>{text("targetLegend")}</legend>
          <RadioGroup value={target} onChange={(_e, d) => setTarget(d.value as GenerateTarget)}>
            <Radio value="new" label={text("targetNew")} />
            <Radio value="this" label={text("targetThis")} />
          </RadioGroup>
        </fieldset>
      )}
      {target === "this" && (
        <Text size={200} data-testid="undo-warning">
          {text("undoWarning")}
        </Text>
      )}
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
            </MessageBarBody>
          </MessageBar>
        )}
        {state.kind === "opened" && <OpenedWorkbooks result={state.result} langName={langName} />}
        {state.kind === "opened" &&
          state.result.tooLarge.map((t) => (
            <MessageBar key={`${t.lang}-${t.bodyId}`} intent="warning" layout="multiline">
              <MessageBarBody>
                {text("bodyTooLarge", { body: bodyName(t.bodyId), lang: langName(t.lang) })}
              </MessageBarBody>
            </MessageBar>
          ))}
        {state.kind === "opened" && state.result.failed && (
          <MessageBar intent="error" layout="multiline" data-testid="new-workbook-failed">
            <MessageBarBody>
              {text("newWorkbookFailed", {
                reason: state.result.failed.reason,
                count: state.result.failed.left.length,
              })}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.kind === "opened" && (state.result.failed || state.result.tooLarge.length > 0) && (
          <div className={styles.row}>
            <Button
              onClick={() => {
                const { failed, tooLarge } = (state as Extract<State, { kind: "opened" }>).result;
                void writeLeftHere(
                  [...tooLarge.flatMap((t) => t.specs), ...(failed?.left ?? [])],
                  state.forms,
                );
              }}
            >
              {text("writeLeftHere")}
            </Button>
          </div>
        )}
        {state.kind === "done" && state.fallback && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{text("importFallback", { reason: state.fallback })}</MessageBarBody>
          </MessageBar>
        )}
        {state.kind === "message" && <ErrorBar message={text(state.key)} />}
        {state.kind === "hasErrors" && (
          <BlockingErrors problems={state.problems} workbook={workbook} onError={fail} onStep={onStep} />
        )}
        {state.kind === "failed" && <ErrorBar message={state.message} />}
      </div>
      {/* Once the conclusions are written, the period may be recorded in the workbook's history. */}
      {(state.kind === "done" || state.kind === "opened") && (
        <RecordHistory
          workbook={workbook}
          api={api}
          result={check?.kind === "checked" ? check.result : undefined}
        />
      )}
      {(state.kind === "done" || state.kind === "opened") && state.lines.length > 0 && (
        <ul className={`${styles.list} ${own.bodies}`} data-testid="body-lines">
          {state.lines.map((line) => {
            const label = line.books
              ? text("bodyFormsIn", {
                  body: bodyName(line.bodyId),
                  count: line.forms,
                  books: line.books.join(", "),
                })
              : text("bodyForms", { body: bodyName(line.bodyId), count: line.forms });
            return (
              <li key={line.key} className={styles.wrapAnywhere}>
                {line.first ? (
                  <Link
                    as="button"
                    // The visible line is the accessible name (axe: label-content-name-mismatch).
                    title={text("openSheet", { sheet: line.first })}
                    onClick={() => workbook.activateSheet(line.first!).catch(fail)}
                  >
                    {label}
                  </Link>
                ) : (
                  label
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The new workbooks opened, each named: number, language, bodies, sheets and its first sheet. */
function OpenedWorkbooks({
  result,
  langName,
}: {
  result: NewWorkbooksResult;
  langName: (l: LanguageVersion) => string;
}) {
  const styles = useStepStyles();
  const text = useText();
  if (!result.opened.length) return null;
  return (
    <MessageBar intent={result.cancelled ? "warning" : "success"} layout="multiline">
      <MessageBarBody>
        {text("newWorkbooksOpened", { count: result.opened.length })}
        <ul className={styles.list} data-testid="new-workbooks">
          {result.opened.map((book) => (
            <li key={book.number} className={styles.wrapAnywhere}>
              {text("newWorkbookLine", {
                n: book.number,
                lang: langName(book.lang),
                bodies: book.bodyIds.filter((b) => b !== null).length,
                sheets: book.sheets.length,
                first: book.sheets[0] ?? "",
              })}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

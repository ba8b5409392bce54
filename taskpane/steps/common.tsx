/** Small pieces shared by the steps: an error bar in plain words, a list of sheet links, write progress (problem lists: ProblemList.tsx). */
import {
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookAdapter, WriteProgress, WrittenSheet } from "../../src/excel/workbook";
import { useText } from "../i18n";

export const useStepStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "stretch" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
  },
  wrapAnywhere: { overflowWrap: "anywhere" },
  /** A list without bullets, its items spaced: problems, objections, explanation entries. */
  plainList: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  /** A fieldset of choices (languages, forms). */
  group: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}`, fontWeight: tokens.fontWeightSemibold },
});

export function ErrorBar({ message }: { message: string }) {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}

/** The outcome of an action: a success note, or an error bar. */
export function OutcomeBar({ message }: { message: { ok: boolean; text: string } }) {
  return message.ok ? (
    <MessageBar intent="success">
      <MessageBarBody>{message.text}</MessageBarBody>
    </MessageBar>
  ) : (
    <ErrorBar message={message.text} />
  );
}

export function SheetLinks({
  sheets,
  workbook,
  onError,
}: {
  sheets: readonly WrittenSheet[];
  workbook: WorkbookAdapter;
  onError: (e: unknown) => void;
}) {
  const styles = useStepStyles();
  const text = useText();
  return (
    <ul className={styles.list} data-testid="sheet-links">
      {sheets.map((s) => (
        <li key={s.name} className={styles.wrapAnywhere}>
          <Link
            as="button"
            aria-label={text("openSheet", { sheet: s.name })}
            onClick={() => workbook.activateSheet(s.name).catch(onError)}
          >
            {s.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The progress of a write, per batch: the file (where sheets travel as files), sheets written of all, and the last sheet's name. */
export function WriteProgressField({ progress }: { progress: WriteProgress | null }) {
  const text = useText();
  return (
    <Field
      validationState="none"
      validationMessage={
        progress
          ? `${progress.file ? `${text("progressFile", { n: progress.file.number, m: progress.file.of })}: ` : ""}${text("progress", { done: progress.sheetsWritten, total: progress.sheetsTotal })} — ${progress.names.slice(-1)[0] ?? ""}`
          : text("working")
      }
    >
      <ProgressBar
        aria-label={text("working")}
        value={progress ? progress.sheetsWritten / Math.max(progress.sheetsTotal, 1) : undefined}
      />
    </Field>
  );
}

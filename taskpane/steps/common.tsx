/** Small pieces shared by the steps: an error bar in plain words and a list of sheet links. */
import { Link, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookAdapter, WrittenSheet } from "../../src/excel/workbook";
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
});

export function ErrorBar({ message }: { message: string }) {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
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

/**
 * "Repair OPEVAL cells" (src/excel/repair.ts): writes again the formulas of OPEVAL.* cells that show
 * an error, then says how many were repaired, which sheets were protected and which cells still
 * show an error, each a link to its cell, with what to do.
 */
import { Button, Link, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { WrenchRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { RepairResult, WorkbookAdapter } from "../../src/excel/workbook";
import { plainError, useText } from "../i18n";
import { ErrorBar, useStepStyles } from "./common";

/** Cells still in error listed with a link each; the rest are counted. */
const LISTED = 5;

export function RepairCells({ workbook }: { workbook: WorkbookAdapter }) {
  const styles = useStepStyles();
  const text = useText();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<RepairResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (!workbook.repairOpevalCells) return null;
  const repair = workbook.repairOpevalCells.bind(workbook);
  const run = async () => {
    setBusy(true);
    setFailure(null);
    try {
      setResult(await repair());
    } catch (e) {
      setFailure(text("unexpected", { detail: plainError(e) }));
    } finally {
      setBusy(false);
    }
  };
  const fail = (e: unknown) => setFailure(text("unexpected", { detail: plainError(e) }));
  return (
    <section className={styles.stack} aria-labelledby="repair-heading" data-testid="repair">
      <Text as="h3" id="repair-heading" weight="semibold">
        {text("repairTitle")}
      </Text>
      <Text size={200}>{text("repairIntro")}</Text>
      <div className={styles.row}>
        <Button icon={<WrenchRegular />} disabled={busy} onClick={run}>
          {text("repairRun")}
        </Button>
      </div>
      <div aria-live="polite">
        {result && result.found === 0 && result.protectedSheets.length === 0 && (
          <MessageBar intent="success">
            <MessageBarBody>{text("repairNone")}</MessageBarBody>
          </MessageBar>
        )}
        {result && result.found > 0 && (
          <MessageBar intent={result.notRepaired.length ? "warning" : "success"} layout="multiline">
            <MessageBarBody>
              {text("repairDone", { repaired: result.repaired, found: result.found })}
            </MessageBarBody>
          </MessageBar>
        )}
        {result?.protectedSheets.map((p) => (
          <MessageBar key={p.sheet} intent="warning" layout="multiline">
            <MessageBarBody className={styles.wrapAnywhere}>
              {text("repairProtected", { sheet: p.sheet, count: p.cells })}
            </MessageBarBody>
          </MessageBar>
        ))}
        {result && result.notRepaired.length > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="repair-still">
            <MessageBarBody>
              {text("repairStill", { count: result.notRepaired.length })}
              <ul className={styles.list}>
                {result.notRepaired.slice(0, LISTED).map((c) => (
                  <li key={`${c.sheet}!${c.address}`} className={styles.wrapAnywhere}>
                    <Link as="button" onClick={() => workbook.selectRange(c.sheet, c.address).catch(fail)}>
                      {text("goToCell", { cell: `${c.sheet}!${c.address}` })}
                    </Link>{" "}
                    {c.error}
                  </li>
                ))}
                {result.notRepaired.length > LISTED && <li>…</li>}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {failure && <ErrorBar message={failure} />}
      </div>
    </section>
  );
}

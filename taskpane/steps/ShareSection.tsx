/**
 * "Share a copy" (taskpane/share.ts): one button, and what the recipient of the copy will see, or
 * why no copy was made, in the pane's language.
 */
import { Button, Text } from "@fluentui/react-components";
import { ShareRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { formatProblem } from "../../src/model/problems";
import { findingProblem } from "../../src/xlsx/share-scan";
import { plainError, useLang, useText } from "../i18n";
import { officeShareHost, shareCopy, type ShareHost, type ShareOutcome } from "../share";
import { ErrorBar, OutcomeBar, useStepStyles } from "./common";

/** The real Office where there is one (not in the browser preview). */
function defaultHost(): ShareHost | undefined {
  return typeof Office !== "undefined" && Office.context?.document ? officeShareHost() : undefined;
}

export function ShareSection({ host = defaultHost }: { host?: () => ShareHost | undefined }) {
  const styles = useStepStyles();
  const text = useText();
  const lang = useLang();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const office = host();
      setOutcome(office ? await shareCopy(office) : { kind: "unsupported" });
    } catch (e) {
      setFailure(text("unexpected", { detail: plainError(e, lang) }));
    } finally {
      setBusy(false);
    }
  };

  const lines = (findings: Parameters<typeof findingProblem>[0][]) => (
    <ul className={`${styles.list} ${styles.wrapAnywhere}`}>
      {findings.map((f, i) => (
        <li key={i}>{formatProblem(findingProblem(f), lang)}</li>
      ))}
    </ul>
  );

  return (
    <section aria-labelledby="share-title" className={styles.stack}>
      <Text as="h2" id="share-title" weight="semibold">
        {text("shareTitle")}
      </Text>
      <Text>{text("shareIntro")}</Text>
      <Button icon={<ShareRegular />} onClick={() => void run()} disabled={busy}>
        {busy ? text("working") : text("shareButton")}
      </Button>
      {failure && <ErrorBar message={failure} />}
      {outcome?.kind === "opened" && (
        <>
          <OutcomeBar message={{ ok: true, text: text("shareOpened", { cells: outcome.cells }) }} />
          {outcome.warnings.length > 0 && (
            <>
              <Text>{text("shareWarnings")}</Text>
              {lines(outcome.warnings)}
            </>
          )}
        </>
      )}
      {outcome?.kind === "web" && <OutcomeBar message={{ ok: false, text: text("shareWeb") }} />}
      {outcome?.kind === "unsupported" && (
        <OutcomeBar message={{ ok: false, text: text("shareUnsupported") }} />
      )}
      {outcome?.kind === "refused" && (
        <>
          <ErrorBar message={text("shareRefused")} />
          {lines(outcome.findings)}
        </>
      )}
      {outcome?.kind === "damaged" && (
        <ErrorBar message={text("shareDamaged", { part: outcome.part ?? "" })} />
      )}
      {outcome?.kind === "failed" && (
        <ErrorBar
          message={text(outcome.step === "read" ? "shareReadFailed" : "shareOpenFailed", {
            detail: outcome.detail,
          })}
        />
      )}
    </section>
  );
}

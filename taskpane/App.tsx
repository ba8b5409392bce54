/**
 * The task pane: five steps (template, check, conclusion, results, objections) over a
 * WorkbookAdapter. The same component runs in Excel (OfficeWorkbook) and in the browser preview
 * (MemoryWorkbook).
 */
import {
  FluentProvider,
  Link,
  Select,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  useId,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookAdapter } from "../src/excel/workbook";
import type { Lang } from "../src/model/types";
import { uiText } from "./ui-text";
import type { CheckOutcome } from "./actions";
import { LangProvider } from "./i18n";
import type { PaneApi } from "./pane-api";
import { CheckStep } from "./steps/CheckStep";
import { GenerateStep } from "./steps/GenerateStep";
import { ObjectionsStep } from "./steps/ObjectionsStep";
import { ResultsStep } from "./steps/ResultsStep";
import { TemplateStep } from "./steps/TemplateStep";

export type StepId = "template" | "check" | "generate" | "results" | "objections";
const STEPS: {
  id: StepId;
  key: "stepTemplate" | "stepCheck" | "stepGenerate" | "stepResults" | "stepObjections";
}[] = [
  { id: "template", key: "stepTemplate" },
  { id: "check", key: "stepCheck" },
  { id: "generate", key: "stepGenerate" },
  { id: "results", key: "stepResults" },
  { id: "objections", key: "stepObjections" },
];
const LANGS: Lang[] = ["kk", "ru", "en"];

const useStyles = makeStyles({
  root: {
    minWidth: "300px",
    minHeight: "100%",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  langSelect: { width: "120px", flexShrink: 0 },
  // As many steps per row as fit at the widest label ("5. Қарсылықтар"): two at 320 px, three
  // at 500 px, all five in one row from about 700 px.
  tabs: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(8.5rem, 1fr))",
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  panel: { padding: tokens.spacingHorizontalM },
  guide: { margin: 0, padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}` },
});

/** The analyst's guide beside the pane's page (webpack copies docs/guide/); kk or ru, else ru. */
export function guideHref(lang: Lang): string {
  return `guide/${lang === "kk" ? "kk" : "ru"}.html`;
}

export interface AppProps {
  workbook: WorkbookAdapter;
  api: PaneApi;
  initialLang: Lang;
  dark?: boolean;
  initialStep?: StepId;
  onLangChange?: (lang: Lang) => void;
}

export function App({ workbook, api, initialLang, dark = false, initialStep, onLangChange }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [step, setStep] = useState<StepId>(initialStep ?? "template");
  const [check, setCheck] = useState<CheckOutcome | null>(null);
  const langId = useId("lang");
  const text = (key: Parameters<typeof uiText>[0]) => uiText(key, lang);

  const changeLang = (next: Lang) => {
    setLang(next);
    onLangChange?.(next);
  };

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.root} lang={lang}>
      <LangProvider lang={lang}>
        <div className={styles.header}>
          <Text as="h1" size={400} className={styles.title}>
            {text("appTitle")}
          </Text>
          <Select
            id={langId}
            className={styles.langSelect}
            size="small"
            value={lang}
            aria-label={text("language")}
            onChange={(_e, d) => changeLang(d.value as Lang)}
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {uiText("langName", l)}
              </option>
            ))}
          </Select>
        </div>
        <nav aria-label={text("steps")}>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={step}
            onTabSelect={(_e, d) => setStep(d.value as StepId)}
          >
            {STEPS.map((s, i) => (
              <Tab key={s.id} value={s.id} id={`tab-${s.id}`} aria-controls="step-panel">
                {`${i + 1}. ${text(s.key)}`}
              </Tab>
            ))}
          </TabList>
        </nav>
        <div id="step-panel" role="tabpanel" aria-labelledby={`tab-${step}`} className={styles.panel}>
          {step === "template" && <TemplateStep workbook={workbook} api={api} />}
          {step === "check" && (
            <CheckStep workbook={workbook} api={api} outcome={check} onChecked={setCheck} />
          )}
          {step === "generate" && (
            <GenerateStep workbook={workbook} api={api} check={check} onChecked={setCheck} onStep={setStep} />
          )}
          {step === "results" && <ResultsStep workbook={workbook} api={api} check={check} onStep={setStep} />}
          {step === "objections" && <ObjectionsStep workbook={workbook} api={api} onStep={setStep} />}
        </div>
        <p className={styles.guide}>
          <Link href={guideHref(lang)} target="_blank" rel="noopener">
            {text("guideLink")}
          </Link>
        </p>
      </LangProvider>
    </FluentProvider>
  );
}

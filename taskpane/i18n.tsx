/** The pane's language, and its text lookup, for every component below the provider. */
import { createContext, useContext, type ReactNode } from "react";
import type { Lang } from "../src/model/types";
import { uiText, type UiTextKey } from "./ui-text";
import { PartNotLoaded } from "./load-part";

export type TextFn = (key: UiTextKey, params?: Record<string, string | number>) => string;

const LangContext = createContext<Lang>("en");

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useText(): TextFn {
  const lang = useLang();
  return (key, params) => uiText(key, lang, params);
}

/**
 * A message shown to the analyst for an unexpected failure: its message only, never a stack; a part
 * of the pane that did not load is said in the pane's language.
 */
export function plainError(e: unknown, lang: Lang = "en"): string {
  if (e instanceof PartNotLoaded) return uiText("partNotLoaded", lang, { part: e.part });
  if (e instanceof Error) return e.message.split("\n")[0] ?? "";
  if (typeof e === "object" && e !== null && "message" in e)
    return String((e as { message: unknown }).message);
  return String(e);
}

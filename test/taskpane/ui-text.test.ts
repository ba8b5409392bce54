import { paneLanguage, UI_TEXT, uiText } from "../../taskpane/ui-text";

describe("UI text catalogue", () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it.each(Object.entries(UI_TEXT))("%s has kk, ru and en with the same placeholders", (_key, text) => {
    for (const lang of ["en", "kk", "ru"] as const) expect(text[lang].trim()).not.toBe("");
    expect(placeholders(text.kk)).toEqual(placeholders(text.en));
    expect(placeholders(text.ru)).toEqual(placeholders(text.en));
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(uiText("progress", "ru", { done: 3, total: 9 })).toBe("Запись листов: 3 из 9");
    expect(uiText("openSheet", "en")).toBe("Open sheet {sheet}");
  });

  it("follows Office's display language: kk → Kazakh, ru → Russian, anything else → English", () => {
    expect(paneLanguage("kk-KZ")).toBe("kk");
    expect(paneLanguage("ru-RU")).toBe("ru");
    expect(paneLanguage("RU")).toBe("ru");
    expect(paneLanguage("en-US")).toBe("en");
    expect(paneLanguage("de-DE")).toBe("en");
    expect(paneLanguage(undefined)).toBe("en");
  });
});

/**
 * @jest-environment jsdom
 */
/**
 * The "Share a copy" section says what happened in the pane's language: Excel on the web points to
 * desktop Excel and the CLI; a cell without a value is named at its cell; no Office (the browser
 * preview) is "unsupported", never a crash.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Lang } from "../../src/model/types";
import { LangProvider } from "../../taskpane/i18n";
import type { ShareHost } from "../../taskpane/share";
import { ShareSection } from "../../taskpane/steps/ShareSection";
import { uiText } from "../../taskpane/ui-text";

// jsdom has no layout: Fluent's message bar only needs ResizeObserver to exist.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

function mount(host: () => ShareHost | undefined, lang: Lang) {
  render(
    <FluentProvider theme={webLightTheme}>
      <LangProvider lang={lang}>
        <ShareSection host={host} />
      </LangProvider>
    </FluentProvider>,
  );
}

const web: ShareHost = {
  platform: "OfficeOnline",
  isSetSupported: () => true,
  readDocument: () => Promise.reject(new Error("never asked")),
  createWorkbook: () => Promise.reject(new Error("never asked")),
};

test.each(["kk", "ru", "en"] as const)("%s: Excel on the web says so and names the CLI", async (lang) => {
  mount(() => web, lang);
  fireEvent.click(screen.getByRole("button", { name: uiText("shareButton", lang) }));
  expect(await screen.findByText(uiText("shareWeb", lang))).toBeTruthy();
  expect(uiText("shareWeb", lang)).toContain("opeval share FILE.xlsx --out COPY.xlsx");
});

test("no Office at all (the preview): unsupported, said", async () => {
  mount(() => undefined, "ru");
  fireEvent.click(screen.getByRole("button", { name: uiText("shareButton", "ru") }));
  expect(await screen.findByText(uiText("shareUnsupported", "ru"))).toBeTruthy();
});

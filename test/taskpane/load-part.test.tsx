/**
 * @jest-environment jsdom
 */
/**
 * A lazy part of the pane that does not arrive (webpack's ChunkLoadError: the connection dropped,
 * the server lacks the file) is said in the pane's language, naming the part, and nothing is
 * written. Expected texts are written out by hand.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../taskpane/App";
import { plainError } from "../../taskpane/i18n";
import { loadPart, PartNotLoaded } from "../../taskpane/load-part";
import { opevalApi } from "../../taskpane/opeval-api";
import type { PaneApi } from "../../taskpane/pane-api";
import { sampleWorkbook } from "../helpers/pane";

/** What webpack's runtime rejects an import() with when the chunk's script fails to load. */
function chunkLoadError(chunk: string): Error {
  const e = new Error(`Loading chunk ${chunk} failed.\n(error: https://opeval.example/${chunk}.js)`);
  e.name = "ChunkLoadError";
  return e;
}

test("loadPart passes a loaded part through and turns a failed one into PartNotLoaded naming it", async () => {
  await expect(loadPart("reader", async () => 42)).resolves.toBe(42);
  const failed = await loadPart("reader", () => Promise.reject(chunkLoadError("reader"))).catch(
    (e: unknown) => e,
  );
  expect(failed).toBeInstanceOf(PartNotLoaded);
  expect(failed).toMatchObject({ part: "reader", detail: "Loading chunk reader failed." });
  expect(plainError(failed, "ru")).toBe(
    "часть надстройки (reader) не загрузилась с сервера. Ничего не изменено: проверьте подключение и повторите или откройте надстройку заново",
  );
  expect(plainError(failed, "en")).toBe(
    "a part of the add-in (reader) did not load from its server. Nothing was changed: check the connection and try again, or reopen the add-in",
  );
});

test("the Check step says, in Kazakh, that the reader did not load, and the workbook is unchanged", async () => {
  const wb = sampleWorkbook("kk");
  const before = JSON.stringify(wb.allSheets());
  const api: PaneApi = {
    ...opevalApi,
    readTables: () => loadPart("reader", () => Promise.reject(chunkLoadError("reader"))),
  };
  render(<App workbook={wb} api={api} initialLang="kk" initialStep="check" />);
  fireEvent.click(screen.getByRole("button", { name: "Жұмыс кітабын тексеру" }));
  expect(
    await screen.findByText(
      "Әрекетті аяқтау мүмкін болмады: қондырманың бір бөлігі (reader) серверден жүктелмеді. Ештеңе өзгермеді: байланысты тексеріп, қайталаңыз немесе қондырманы қайта ашыңыз",
    ),
  ).toBeTruthy();
  expect(JSON.stringify(wb.allSheets())).toBe(before);
});

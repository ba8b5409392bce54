/**
 * @jest-environment jsdom
 */
/**
 * The Template step's "Import received conclusions": the button, its help in the Received sheet's
 * terms, busy while the files are read and checked, then what was added per file and direction
 * with the pointer to Check, or every reason nothing was added. The labels are written out here,
 * not read from ui-text.ts or the template schema: a wrong word there must fail.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/excel/memory";
import type { ReceivedImportPlan } from "../../src/model/received-files";
import { App } from "../../taskpane/App";
import { opevalApi } from "../../taskpane/opeval-api";
import type { PaneApi } from "../../taskpane/pane-api";
import { sampleWorkbook } from "../helpers/pane";

const MISD = "Ақпарат және қоғамдық даму министрлігі";
const results = (rows: { body: string; total: number }[]) =>
  JSON.stringify({
    opevalResults: 1,
    direction: "openness",
    period: "2019",
    results: rows.map((r) => ({
      body: r.body,
      total: r.total,
      penalty: 0,
      final: r.total,
      conclusionDate: "2020-03-20",
      from: MISD,
    })),
  });
const file = (name: string, text: string) => new File([text], name, { type: "application/json" });

function renderPane(workbook: MemoryWorkbook, lang: "kk" | "ru" | "en", api: PaneApi = opevalApi) {
  return render(<App workbook={workbook} api={api} initialLang={lang} initialStep="template" />);
}

const dataRows = async (wb: MemoryWorkbook) =>
  (await wb.readTables(["opeval_Received"]))[0]!.values.slice(1).filter((r) => r.some((v) => v !== null));

describe("Import received conclusions", () => {
  test("kk: idle, busy while checking, then the rows per file and direction and the pointer to Check", async () => {
    const wb = sampleWorkbook("kk");
    // The check waits until released, so the busy state can be seen.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const api: PaneApi = {
      ...opevalApi,
      received: {
        ...opevalApi.received!,
        plan: async (tables, files): Promise<ReceivedImportPlan> => {
          await gate;
          return opevalApi.received!.plan(tables, files);
        },
      },
    };
    renderPane(wb, "kk", api);
    expect(
      screen.getByRole("heading", {
        name: "Басқа уәкілетті органдардан алынған қорытындылар (ашықтық, шағымдар, K3)",
      }),
    ).toBeTruthy();
    expect(
      screen.getByText(
        "Ашықтықты, шағымдарды және K3-ті бағалайтын уәкілетті органдар жіберген нәтижелер файлдары (opeval results, .json немесе .xlsx): олардың жолдары «Алынған қорытындылар» парағына қосылады. Алынған бағыт қайта есептелмейді. Қатесі бар файл ештеңе қоспайды.",
      ),
    ).toBeTruthy();
    const button = screen.getByRole("button", { name: "Алынған қорытындыларды импорттау…" });
    expect(button.hasAttribute("disabled")).toBe(false);
    const input = screen.getByLabelText("Нәтижелер файлдары (.json, .xlsx)") as HTMLInputElement;
    expect([input.multiple, input.accept]).toEqual([true, ".json,.xlsx,.xlsm,application/json"]);

    fireEvent.change(input, {
      target: {
        files: [
          file(
            "misd.json",
            results([
              { body: "mju", total: 81.5 },
              { body: "almaty", total: 70 },
            ]),
          ),
          file("misd-2.json", results([{ body: "mzsr", total: 90 }])),
        ],
      },
    });
    await screen.findByText("Орындалуда…");
    expect(button.hasAttribute("disabled")).toBe(true);
    release();
    await screen.findByText("misd.json: 2 жол қосылды (ашықтық)");
    expect(screen.getByText("misd-2.json: 1 жол қосылды (ашықтық)")).toBeTruthy();
    expect(
      screen.getByText("Келесі: 2-қадам «Тексеру» жұмыс кітабын алынған қорытындылармен тексереді.", {
        exact: false,
      }),
    ).toBeTruthy();
    expect(screen.queryByText("Орындалуда…")).toBeNull();
    expect(button.hasAttribute("disabled")).toBe(false);
    expect((await dataRows(wb)).map((r) => [r[0], r[1], r[2]])).toEqual([
      ["mju", "ашықтық", 81.5],
      ["almaty", "ашықтық", 70],
      ["mzsr", "ашықтық", 90],
    ]);
  });

  test("en: a refused file adds nothing and says why, at the file and JSON path", async () => {
    const wb = sampleWorkbook("en");
    renderPane(wb, "en");
    fireEvent.change(screen.getByTestId("received-files"), {
      target: {
        files: [
          file("good.json", results([{ body: "mju", total: 81.5 }])),
          file("bad.json", results([{ body: "nobody", total: 50 }])),
        ],
      },
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      'Nothing was added to the workbook. Correct these and import all the files again:error: bad.json: results[0].body: no body with the id "nobody" in the assessment',
    );
    expect(await dataRows(wb)).toEqual([]);
    expect(
      screen.getByRole("button", { name: "Import received conclusions…" }).hasAttribute("disabled"),
    ).toBe(false);
  });

  test("ru: a webview that cannot unpack .xlsx says so and reads nothing", async () => {
    const wb = sampleWorkbook("ru");
    const api: PaneApi = {
      ...opevalApi,
      received: { ...opevalApi.received!, canReadWorkbooks: () => false },
    };
    renderPane(wb, "ru", api);
    fireEvent.change(screen.getByTestId("received-files"), {
      target: {
        files: [file("misd.json", results([{ body: "mju", total: 81.5 }])), new File(["PK"], "k3.xlsx")],
      },
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      "Этот Excel не может распаковать файлы .xlsx в панели (k3.xlsx): импортируйте документы результатов .json или вставьте строки. Ничего не добавлено.",
    );
    expect(await dataRows(wb)).toEqual([]);
  });

  test("ru: the labels; without the import in this build the button is disabled", () => {
    renderPane(new MemoryWorkbook(), "ru", { ...opevalApi, received: undefined });
    expect(
      screen.getByRole("heading", {
        name: "Заключения, полученные от других уполномоченных органов (открытость, жалобы, K3)",
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole("button", { name: "Импортировать полученные заключения…" }).hasAttribute("disabled"),
    ).toBe(true);
  });
});

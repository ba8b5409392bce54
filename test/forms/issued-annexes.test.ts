/**
 * Issue 24: a form of a direction that was not assessed for a body is not issued. `opeval conclude`
 * on a workbook holding one direction alone (services, openness, complaints, or the automation
 * criterion K3) writes that direction's annexes and reference tables only — never the openness
 * report (annex 9) of a body whose openness was not assessed, nor another direction's weight table.
 * The expected sheet lists are written by hand from FORMS.md section 1 and section 12: annexes 1
 * (a direction with facts of unreliable data), 3/4, 5 (central) and 14 for services, with reference
 * annexes 2 and 6; 1, 8, 9 and 14 for openness, with 7 and 10; 1, 12 and 14 for complaints, with 11
 * and 13; annex 5 alone for K3. Annex 15 needs all three directions (I-16).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { concludeCommand } from "../../src/cli/commands/conclude";
import { ROOT } from "../helpers/cli";

type Json = Record<string, unknown>;
type Only = "services" | "openness" | "complaints" | "automation";

/** The sample cohort's Justice ministry (central) and Almaty akimat (local) with one direction's data alone. */
function workbookOf(direction: Only): Json {
  const input = JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8")) as {
    bodies: Json[];
  };
  for (const body of input.bodies) {
    const unreliable = body.unreliable as Json;
    if (direction === "automation") {
      const services = body.services as Json;
      if (services.automation) body.services = { automation: services.automation };
      else delete body.services;
    }
    for (const d of ["services", "openness", "complaints"])
      if (d !== direction && !(direction === "automation" && d === "services")) delete body[d];
    body.unreliable = direction === "automation" ? {} : { [direction]: unreliable[direction] };
  }
  return input;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "opeval-issued-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function concludedSheets(direction: Only, lang: "kk" | "ru"): Promise<string[]> {
  const file = join(dir, `${direction}.json`);
  writeFileSync(file, JSON.stringify(workbookOf(direction)));
  const out = join(dir, `${direction}-${lang}.xlsx`);
  let stderr = "";
  const status = await concludeCommand.run(
    [file, "--bodies", "mju,almaty", "--lang", lang, "--out", out, "--force"],
    { stdout: () => undefined, stderr: (t) => void (stderr += t) },
  );
  // Messages follow --lang: a warning (e.g. no Russian name) starts with its word in that language.
  const warning = lang === "kk" ? "ескерту: " : "предупреждение: ";
  expect(stderr.split("\n").filter((l) => l !== "" && !l.startsWith(warning))).toEqual([]);
  expect(status).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return wb.worksheets.map((w) => w.name);
}

describe("conclude on one authority's workbook issues that direction's forms only", () => {
  test.each([
    [
      "services",
      "kk",
      ["Әділет-3-kk", "Әділет-5-kk", "Әділет-14-қызмет-kk", "Алматы-4-kk", "Алматы-14-қызмет-kk"],
      ["2-қосымша", "6-қосымша"],
    ],
    [
      "services",
      "ru",
      ["Әділет-3-ru", "Әділет-5-ru", "Әділет-14-услуги-ru", "Алматы-4-ru", "Алматы-14-услуги-ru"],
      ["Приложение 2", "Приложение 6"],
    ],
    [
      "openness",
      "kk",
      [
        "Әділет-1-ашықтық-kk",
        "Әділет-8-kk",
        "Әділет-9-kk",
        "Әділет-14-ашықтық-kk",
        "Алматы-1-ашықтық-kk",
        "Алматы-8-kk",
        "Алматы-9-kk",
        "Алматы-14-ашықтық-kk",
      ],
      ["7-қосымша", "10-қосымша"],
    ],
    [
      "openness",
      "ru",
      [
        "Әділет-1-открытость-ru",
        "Әділет-8-ru",
        "Әділет-9-ru",
        "Әділет-14-открытость-ru",
        "Алматы-1-открытость-ru",
        "Алматы-8-ru",
        "Алматы-9-ru",
        "Алматы-14-открытость-ru",
      ],
      ["Приложение 7", "Приложение 10"],
    ],
    [
      "complaints",
      "kk",
      [
        "Әділет-1-шағым-kk",
        "Әділет-12-kk",
        "Әділет-14-шағым-kk",
        "Алматы-1-шағым-kk",
        "Алматы-12-kk",
        "Алматы-14-шағым-kk",
      ],
      ["11-қосымша", "13-қосымша"],
    ],
    [
      "complaints",
      "ru",
      [
        "Әділет-1-жалобы-ru",
        "Әділет-12-ru",
        "Әділет-14-жалобы-ru",
        "Алматы-1-жалобы-ru",
        "Алматы-12-ru",
        "Алматы-14-жалобы-ru",
      ],
      ["Приложение 11", "Приложение 13"],
    ],
    ["automation", "kk", ["Әділет-5-kk"], []],
    ["automation", "ru", ["Әділет-5-ru"], []],
  ] as const)("%s alone, %s: exactly these sheets", async (direction, lang, bodyForms, references) => {
    expect(await concludedSheets(direction, lang)).toEqual([...bodyForms, ...references]);
  });
});

/**
 * The add-in asks Excel only for what it declares or checks. Every Office.js and custom-functions
 * API the code of the add-in uses (src/excel, taskpane, functions) is found with the TypeScript
 * checker (each property access whose declaration is in @types/office-js,
 * @types/custom-functions-runtime or @types/office-runtime) and must be in the hand-written table
 * below with its requirement set; the table must agree with the set the type declarations name.
 * Then: the functions use only sets the manifest declares (a declared set hides the whole add-in
 * where it is missing, so it declares only what the functions need to load), and the pane uses no
 * Excel API above the sets it checks at run time (PANE_REQUIREMENTS, Office.context.requirements.
 * isSetSupported before the pane is shown).
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { missingPaneRequirements, PANE_REQUIREMENTS } from "../../src/excel/office";
import { NATIVE_IMPORT_REQUIREMENT, nativeImportSupported } from "../../src/excel/native-import";
import { UNSUPPORTED_TEXT } from "../../taskpane/Unsupported";
import { shareCopy, type ShareHost } from "../../taskpane/share";
import type { ShareCodec } from "../../src/xlsx/share-package";

const ROOT = path.join(__dirname, "..", "..");
const COMMON = "Office common API"; // Office.onReady, Office.context: every host that loads an add-in

/** API → requirement set, written by hand from Microsoft's reference (the d.ts `[Api set: …]` tags). */
const API_SETS: Readonly<Record<string, string>> = {
  // Custom functions (functions/): CustomFunctions.Error is CustomFunctionsRuntime 1.2.
  "CustomFunctions.Error": "CustomFunctionsRuntime 1.2",
  // Office common API (taskpane/index.tsx, src/excel/office.ts).
  "Office.onReady": COMMON,
  "Office.context": COMMON,
  "Office.Context.displayLanguage": COMMON,
  "Office.Context.officeTheme": COMMON,
  "Office.Context.requirements": COMMON,
  "Office.RequirementSetSupport.isSetSupported": COMMON,
  "Office.OfficeTheme.bodyBackgroundColor": COMMON,
  // Excel JavaScript API (src/excel/office.ts), by set.
  "Excel.run": "ExcelApi 1.1",
  "Excel.RequestContext.workbook": "ExcelApi 1.1",
  "Excel.RequestContext.application": "ExcelApi 1.1",
  // The request plumbing of every Excel API call (context.sync, null objects).
  "OfficeExtension.ClientRequestContext.sync": "ExcelApi 1.1",
  "OfficeExtension.ClientObject.isNullObject": "ExcelApi 1.4",
  "Excel.Workbook.worksheets": "ExcelApi 1.1",
  "Excel.Workbook.tables": "ExcelApi 1.1",
  "Excel.WorksheetCollection.add": "ExcelApi 1.1",
  "Excel.WorksheetCollection.getItem": "ExcelApi 1.1",
  "Excel.WorksheetCollection.items": "ExcelApi 1.1",
  "Excel.WorksheetCollection.load": "ExcelApi 1.1",
  "Excel.Worksheet.name": "ExcelApi 1.1",
  "Excel.Worksheet.activate": "ExcelApi 1.1",
  "Excel.Worksheet.load": "ExcelApi 1.1",
  "Excel.Worksheet.getRange": "ExcelApi 1.1",
  "Excel.Worksheet.tables": "ExcelApi 1.1",
  "Excel.Worksheet.charts": "ExcelApi 1.1",
  "Excel.TableCollection.add": "ExcelApi 1.1",
  "Excel.TableCollection.getItem": "ExcelApi 1.1",
  "Excel.TableCollection.getItemOrNullObject": "ExcelApi 1.4",
  "Excel.Table.name": "ExcelApi 1.1",
  "Excel.Table.style": "ExcelApi 1.1",
  "Excel.Table.getRange": "ExcelApi 1.1",
  "Excel.Table.load": "ExcelApi 1.1",
  "Excel.Table.getHeaderRowRange": "ExcelApi 1.1",
  "Excel.Table.worksheet": "ExcelApi 1.2",
  // Recording a period in opeval_History (OfficeWorkbook.updateTableRows).
  "Excel.Table.getDataBodyRange": "ExcelApi 1.1",
  "Excel.Table.rows": "ExcelApi 1.1",
  // Declared "ExcelApi 1.1 for adding a single row; 1.4 allows adding of multiple rows": several are added.
  "Excel.TableRowCollection.add": "ExcelApi 1.4",
  "Excel.TableRowCollection.getItemAt": "ExcelApi 1.1",
  "Excel.TableRow.delete": "ExcelApi 1.1",
  "Excel.Range.getLastRow": "ExcelApi 1.1",
  "Excel.Range.getOffsetRange": "ExcelApi 1.1",
  "Excel.Range.getBoundingRect": "ExcelApi 1.1",
  "Excel.Range.values": "ExcelApi 1.1",
  "Excel.Range.formulas": "ExcelApi 1.1",
  "Excel.Range.numberFormat": "ExcelApi 1.1",
  "Excel.Range.format": "ExcelApi 1.1",
  "Excel.Range.address": "ExcelApi 1.1",
  "Excel.Range.select": "ExcelApi 1.1",
  "Excel.Range.load": "ExcelApi 1.1",
  "Excel.Range.merge": "ExcelApi 1.2",
  "Excel.Range.rowHidden": "ExcelApi 1.2",
  "Excel.Range.dataValidation": "ExcelApi 1.8",
  "Excel.RangeFormat.columnWidth": "ExcelApi 1.2",
  "Excel.RangeFormat.rowHeight": "ExcelApi 1.2",
  "Excel.RangeFont.bold": "ExcelApi 1.1",
  "Excel.RangeFont.italic": "ExcelApi 1.1",
  "Excel.RangeFont.underline": "ExcelApi 1.1",
  "Excel.RangeFont.size": "ExcelApi 1.1",
  "Excel.RangeFont.name": "ExcelApi 1.1",
  "Excel.RangeFont.color": "ExcelApi 1.1",
  "Excel.RangeFill.color": "ExcelApi 1.1",
  "Excel.RangeBorderCollection.getItem": "ExcelApi 1.1",
  "Excel.RangeBorder.style": "ExcelApi 1.1",
  "Excel.RangeBorder.weight": "ExcelApi 1.1",
  "Excel.ChartCollection.add": "ExcelApi 1.1",
  "Excel.Chart.setPosition": "ExcelApi 1.1",
  "Excel.Chart.title": "ExcelApi 1.1",
  "Excel.ChartTitle.text": "ExcelApi 1.1",
  "Excel.Application.suspendApiCalculationUntilNextSync": "ExcelApi 1.6",
  "Excel.Worksheet.getRangeByIndexes": "ExcelApi 1.7",
  "Excel.Worksheet.tabColor": "ExcelApi 1.7",
  "Excel.Worksheet.freezePanes": "ExcelApi 1.7",
  "Excel.WorksheetFreezePanes.freezeAt": "ExcelApi 1.7",
  "Excel.WorksheetFreezePanes.freezeRows": "ExcelApi 1.7",
  "Excel.WorksheetFreezePanes.freezeColumns": "ExcelApi 1.7",
  "Excel.DataValidation.rule": "ExcelApi 1.8",
  "Excel.DataValidation.errorAlert": "ExcelApi 1.8",
  "Excel.DataValidation.prompt": "ExcelApi 1.8",
  "Excel.DataValidation.ignoreBlanks": "ExcelApi 1.8",
  "Excel.Workbook.styles": "ExcelApi 1.7",
  "Excel.StyleCollection.add": "ExcelApi 1.7",
  "Excel.StyleCollection.getItem": "ExcelApi 1.7",
  "Excel.StyleCollection.load": "ExcelApi 1.7",
  "Excel.StyleCollection.items": "ExcelApi 1.7",
  "Excel.Style.name": "ExcelApi 1.7",
  "Excel.Style.font": "ExcelApi 1.7",
  "Excel.Style.fill": "ExcelApi 1.7",
  "Excel.Style.borders": "ExcelApi 1.7",
  "Excel.Style.horizontalAlignment": "ExcelApi 1.7",
  "Excel.Style.verticalAlignment": "ExcelApi 1.7",
  "Excel.Style.wrapText": "ExcelApi 1.7",
  "Excel.Style.indentLevel": "ExcelApi 1.7",
  "Excel.Style.numberFormat": "ExcelApi 1.7",
  "Excel.Style.locked": "ExcelApi 1.7",
  "Excel.RangeBorder.color": "ExcelApi 1.1",
  "Excel.Range.style": "ExcelApi 1.7",
  "Excel.RangeAreas.style": "ExcelApi 1.9",
  "Excel.Worksheet.horizontalPageBreaks": "ExcelApi 1.9",
  "Excel.PageBreakCollection.add": "ExcelApi 1.9",
  "Excel.Worksheet.getRanges": "ExcelApi 1.9",
  "Excel.Worksheet.pageLayout": "ExcelApi 1.9",
  "Excel.RangeAreas.format": "ExcelApi 1.9",
  "Excel.PageLayout.orientation": "ExcelApi 1.9",
  "Excel.PageLayout.paperSize": "ExcelApi 1.9",
  "Excel.PageLayout.leftMargin": "ExcelApi 1.9",
  "Excel.PageLayout.rightMargin": "ExcelApi 1.9",
  "Excel.PageLayout.topMargin": "ExcelApi 1.9",
  "Excel.PageLayout.bottomMargin": "ExcelApi 1.9",
  "Excel.PageLayout.zoom": "ExcelApi 1.9",
  "Excel.PageLayout.setPrintArea": "ExcelApi 1.9",
  "Excel.PageLayout.setPrintTitleRows": "ExcelApi 1.9",
  // Generate by file import (src/excel/native-import.ts): checked on its own, see OPTIONAL_SETS.
  "Excel.Workbook.insertWorksheetsFromBase64": "ExcelApi 1.13",
  "Excel.Worksheet.delete": "ExcelApi 1.1",
  // Repair OPEVAL cells (src/excel/repair.ts): sheets by id, their protection, error formula cells.
  "Excel.Worksheet.id": "ExcelApi 1.1",
  "Excel.Worksheet.protection": "ExcelApi 1.2",
  "Excel.WorksheetProtection.protected": "ExcelApi 1.2",
  "Excel.Range.getSpecialCellsOrNullObject": "ExcelApi 1.9",
  "Excel.RangeAreas.load": "ExcelApi 1.9",
  "Excel.RangeAreas.areas": "ExcelApi 1.9",
  "Excel.RangeCollection.items": "ExcelApi 1.9",
  // The file import addresses inserted sheets by the ids the insert returns, and applies their page
  // setup again, manual breaks included (src/excel/office.ts importFile).
  "OfficeExtension.ClientResult.value": "ExcelApi 1.1",
  "Excel.PageBreakCollection.removePageBreaks": "ExcelApi 1.9",
  // Generate into new workbooks (src/excel/new-workbooks.ts): within the pane's checked ExcelApi 1.9.
  "Excel.createWorkbook": "ExcelApi 1.8",
  "Office.Context.platform": COMMON,
  "Office.PlatformType": COMMON,
  "Office.PlatformType.iOS": COMMON,
  "Office.PlatformType.OfficeOnline": COMMON,
  // Share a copy (taskpane/share.ts): the open file as .xlsx in slices, opened as a new workbook;
  // CompressedFile and ExcelApi 1.8 are checked at run time (OPTIONAL_SETS).
  "Office.Context.document": COMMON,
  "Office.Document.getFileAsync": "CompressedFile 1.1",
  "Office.FileType": COMMON,
  "Office.FileType.Compressed": COMMON,
  "Office.File.sliceCount": "File 1.1",
  "Office.File.getSliceAsync": "File 1.1",
  "Office.File.closeAsync": "File 1.1",
  "Office.Slice.data": "File 1.1",
  "Office.AsyncResult.status": COMMON,
  "Office.AsyncResult.value": COMMON,
  "Office.AsyncResult.error": COMMON,
  "Office.AsyncResultStatus": COMMON,
  "Office.AsyncResultStatus.Succeeded": COMMON,
  "Office.Error.message": COMMON,
};

/**
 * APIs above the pane's checked sets that one feature uses only after its own run-time check, with
 * that check: the pane works without them (Generate falls back to Office.js calls).
 */
/** The sets "Share a copy" asks for before it reads the file (its checks run before its first await). */
function shareAsksFor(set: string): boolean {
  const asked: string[] = [];
  const host: ShareHost = {
    platform: "PC",
    isSetSupported: (name, version) => (asked.push(`${name} ${version}`), true),
    readDocument: () => new Promise<Uint8Array>(() => undefined),
    createWorkbook: async () => undefined,
  };
  // A codec is given so the check does not depend on this runtime's compression streams; the
  // document never arrives, so nothing after the checks runs.
  void shareCopy(host, {} as ShareCodec);
  return asked.includes(set);
}
const SHARE_CHECKED = (set: string) => ({ set, check: () => shareAsksFor(set) });

const OPTIONAL_SETS: Readonly<Record<string, { set: string; check: () => boolean }>> = {
  "Office.Document.getFileAsync": SHARE_CHECKED("CompressedFile 1.1"),
  "Office.File.sliceCount": SHARE_CHECKED("File 1.1"),
  "Office.File.getSliceAsync": SHARE_CHECKED("File 1.1"),
  "Office.File.closeAsync": SHARE_CHECKED("File 1.1"),
  "Office.Slice.data": SHARE_CHECKED("File 1.1"),
  "Excel.Workbook.insertWorksheetsFromBase64": {
    set: `${NATIVE_IMPORT_REQUIREMENT.name} ${NATIVE_IMPORT_REQUIREMENT.version}`,
    // The check asks for exactly this set and refuses without it.
    check: () => {
      const asked: string[] = [];
      const without = nativeImportSupported((name, v) => (asked.push(`${name} ${v}`), false), "PC", true);
      return !without && asked.join() === "ExcelApi 1.13" && nativeImportSupported(() => true, "PC", true);
    },
  },
};

interface Use {
  api: string;
  /** The set the type declarations name (`[Api set: …]`), if any. */
  declared?: string;
  file: string;
}

/** Every use of an Office.js / custom-functions declaration in the add-in's code. */
function officeApiUses(): Use[] {
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const dirs = ["src/excel", "taskpane", "functions"].map((d) => path.join(ROOT, d) + path.sep);
  const files = parsed.fileNames.filter((f) => dirs.some((d) => path.normalize(f).startsWith(d)));
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const source of program.getSourceFiles()) {
    if (!files.includes(source.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        // A member of a union (Range | RangeAreas) has a declaration in each type: each is a use.
        for (const decl of symbol?.declarations ?? []) {
          const from = decl.getSourceFile().fileName;
          if (!/@types[/\\](office-js|custom-functions-runtime|office-runtime)[/\\]/.test(from)) continue;
          const own = (decl as unknown as { symbol?: ts.Symbol }).symbol ?? symbol!;
          const doc = ts
            .getJSDocCommentsAndTags(decl)
            .map((d) => d.getText())
            .join(" ");
          uses.push({
            api: checker.getFullyQualifiedName(own),
            declared: /\[Api set: ([^\]]+)\]/.exec(doc)?.[1]?.trim(),
            file: path.relative(ROOT, source.fileName),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

/** A tag naming versions per use ("ExcelApi 1.1 for …; 1.4 allows …"): the table's set is one of them. */
function inCompoundTag(declared: string, set: string | undefined): boolean {
  if (!set || !declared.includes(";")) return false;
  const [name, v] = [set.replace(/ \d+\.\d+$/, ""), /(\d+\.\d+)$/.exec(set)?.[1]];
  return (
    declared.startsWith(`${name} `) &&
    v !== undefined &&
    new RegExp(`(^|[ ;])${v.replace(".", "\\.")} `).test(declared)
  );
}

const version = (set: string) => Number(/ (\d+\.\d+)$/.exec(set)![1]);
const setName = (set: string) => set.replace(/ \d+\.\d+$/, "");

let uses: Use[];
beforeAll(() => {
  uses = officeApiUses();
}, 120_000);

test("every Office.js and custom-functions API the add-in uses is in the table, with the set its declaration names", () => {
  expect(uses.length).toBeGreaterThan(40);
  const unknown = [...new Set(uses.filter((u) => !(u.api in API_SETS)).map((u) => `${u.api} (${u.file})`))];
  expect(unknown).toEqual([]);
  // The table lists only what the code uses (a stale row would hide a removed requirement).
  const used = new Set(uses.map((u) => u.api));
  expect(Object.keys(API_SETS).filter((api) => !used.has(api))).toEqual([]);
  // Where the type declarations tag the member, the table says the same set.
  const disagree = [
    ...new Set(
      uses
        .filter(
          (u) => u.declared && API_SETS[u.api] !== u.declared && !inCompoundTag(u.declared, API_SETS[u.api]),
        )
        .map((u) => `${u.api}: ${u.declared}`),
    ),
  ];
  expect(disagree).toEqual([]);
});

const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const declaredSets = new Map(
  [...manifest.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => [m[1]!, Number(m[2])]),
);

test("the functions use only the sets the manifest declares (CustomFunctionsRuntime 1.2), no Excel API", () => {
  const inFunctions = uses.filter((u) => u.file.startsWith("functions"));
  expect(inFunctions.map((u) => u.api)).toContain("CustomFunctions.Error");
  for (const u of inFunctions) {
    const set = API_SETS[u.api]!;
    if (set === COMMON) continue;
    expect({ api: u.api, declared: (declaredSets.get(setName(set)) ?? 0) >= version(set) }).toEqual({
      api: u.api,
      declared: true,
    });
  }
  expect([...declaredSets]).toEqual([
    ["SharedRuntime", 1.1],
    ["CustomFunctionsRuntime", 1.2],
  ]);
});

test("the pane uses no Excel API above the sets it checks at run time, and checks each of them", () => {
  const checked = new Map(PANE_REQUIREMENTS.map((s) => [s.name, Number(s.version)]));
  const pane = uses.filter((u) => !u.file.startsWith("functions"));
  let highest = 0;
  for (const u of pane) {
    const set = API_SETS[u.api]!;
    if (set === COMMON) continue;
    const optional = OPTIONAL_SETS[u.api];
    if (optional) {
      expect({ api: u.api, set: optional.set, checked: optional.check() }).toEqual({
        api: u.api,
        set,
        checked: true,
      });
      continue;
    }
    // Not declared in the manifest: it must be checked.
    expect({ api: u.api, inManifest: declaredSets.has(setName(set)) }).toEqual({
      api: u.api,
      inManifest: false,
    });
    expect({ api: u.api, checked: (checked.get(setName(set)) ?? 0) >= version(set) }).toEqual({
      api: u.api,
      checked: true,
    });
    if (setName(set) === "ExcelApi") highest = Math.max(highest, version(set));
  }
  // The check asks for no more than the pane uses (it would hide the pane for nothing).
  expect(checked.get("ExcelApi")).toBe(highest);
  const asked: string[] = [];
  expect(
    missingPaneRequirements((name, v) => {
      asked.push(`${name} ${v}`);
      return name !== "ExcelApi";
    }),
  ).toEqual(["ExcelApi 1.9"]);
  expect(asked).toEqual(["ExcelApi 1.9"]);
  expect(missingPaneRequirements(() => true)).toEqual([]);
});

test("the unsupported-set message exists in the pane's three languages and names the set", () => {
  for (const lang of ["kk", "ru", "en"] as const)
    expect(UNSUPPORTED_TEXT[lang]("ExcelApi 1.9")).toContain("ExcelApi 1.9");
  expect(UNSUPPORTED_TEXT.ru("ExcelApi 1.9")).toMatch(/^Эта версия Excel не поддерживает ExcelApi 1\.9/);
});

/**
 * @jest-environment jsdom
 *
 * manifest.xml checked offline (the official validator needs the internet: npm run validate):
 * well-formed XML, ids, requirement sets, the shared runtime, the custom functions extension point,
 * the ribbon button, every resource id resolved, every URL under the base URL and pointing to a file
 * the build produces, icons of the declared sizes, minimal permissions, no external domain.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const files = require("../../scripts/addin-files") as {
  DEV_BASE_URL: string;
  manifestWithBaseUrl: (xml: string, base: string) => string;
  productionBaseUrl: (value?: string) => string;
};
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

const all = (name: string, root: Element | Document = doc) => [...root.getElementsByTagName(name)];
const one = (name: string, root: Element | Document = doc) => {
  const found = all(name, root);
  expect(found).toHaveLength(1);
  return found[0]!;
};
const xsiType = (e: Element) => e.getAttributeNS(XSI, "type");

/** Files the build puts in dist/ (webpack.config.js) and the icons in assets/. */
const BUILT = new Set([
  "taskpane.html",
  "functions.js",
  "functions.json",
  "functions.kk.json",
  "functions.ru.json",
  "help/en/index.html",
  "help/kk/index.html",
  "help/ru/index.html",
]);

function resources(kind: "Images" | "Urls" | "ShortStrings" | "LongStrings"): Map<string, Element> {
  const section = doc.getElementsByTagNameNS(BT, kind)[0]!;
  return new Map([...section.children].map((e) => [e.getAttribute("id")!, e]));
}

test("well-formed TaskPaneApp with a GUID id, version and default locale", () => {
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  const root = doc.documentElement;
  expect(root.localName).toBe("OfficeApp");
  expect(xsiType(root)).toBe("TaskPaneApp");
  expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  // 1.0.0.0: the first release an organisation deploys; raised with every manifest change.
  expect(one("Version").textContent).toBe("1.0.0.0");
  expect(one("DefaultLocale").textContent).toBe("en-US");
  expect(all("Host").some((h) => h.getAttribute("Name") === "Workbook")).toBe(true);
});

test("minimal permissions, no external domain", () => {
  expect(one("Permissions").textContent).toBe("ReadWriteDocument");
  expect(all("AppDomains")).toHaveLength(0);
  const urls = [...xml.replace(/<!--[\s\S]*?-->/g, "").matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
  const external = urls.filter(
    (u) =>
      !u.startsWith(files.DEV_BASE_URL) &&
      !u.startsWith("http://schemas.") &&
      !u.startsWith("http://www.w3.org/"),
  );
  expect(external).toEqual([]);
});

test("requirement sets: exactly SharedRuntime 1.1 and CustomFunctionsRuntime 1.2 (CustomFunctions.Error)", () => {
  // A set declared here hides the whole add-in, functions included, where it is missing: the pane's
  // Excel API sets are checked at run time instead (requirement-sets.test.ts).
  const sets = all("Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
  expect(sets).toEqual([
    ["SharedRuntime", "1.1"],
    ["CustomFunctionsRuntime", "1.2"],
  ]);
});

test("shared runtime: one long-lived runtime on the task pane page, used by functions, pane and commands", () => {
  const runtime = one("Runtime");
  expect(runtime.getAttribute("lifetime")).toBe("long");
  expect(runtime.getAttribute("resid")).toBe("Taskpane.Url");
  const cf = all("ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions")!;
  const resid = (tag: string) => one("SourceLocation", one(tag, cf)).getAttribute("resid");
  expect(resid("Page")).toBe("Taskpane.Url");
  expect(resid("Script")).toBe("Functions.Script.Url");
  expect(resid("Metadata")).toBe("Functions.Metadata.Url");
  expect(one("FunctionFile").getAttribute("resid")).toBe("Taskpane.Url");
  const ns = one("Namespace", cf).getAttribute("resid")!;
  expect(resources("ShortStrings").get(ns)!.getAttribute("DefaultValue")).toBe("OPEVAL");
});

test("ribbon button 'Generate conclusion' opens the task pane", () => {
  const button = all("Control").find((c) => xsiType(c) === "Button")!;
  const label = one("Label", button).getAttribute("resid")!;
  const strings = resources("ShortStrings");
  expect(strings.get(label)!.getAttribute("DefaultValue")).toBe("Generate conclusion");
  const overrides = [...strings.get(label)!.getElementsByTagNameNS(BT, "Override")].map((o) =>
    o.getAttribute("Locale"),
  );
  expect(overrides).toEqual(["kk-KZ", "ru-RU"]);
  const action = one("Action", button);
  expect(xsiType(action)).toBe("ShowTaskpane");
  expect(one("SourceLocation", action).getAttribute("resid")).toBe("Taskpane.Url");
});

test("every resid resolves to a resource of the right kind", () => {
  const known = new Map<string, string>();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"] as const)
    for (const id of resources(kind).keys()) {
      expect(known.has(id)).toBe(false);
      known.set(id, kind);
    }
  const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
  expect(used.length).toBeGreaterThan(10);
  for (const id of used) expect({ id, known: known.has(id) }).toEqual({ id, known: true });
  // The schema limits a resource id to 32 characters.
  for (const id of known.keys()) expect(id.length).toBeLessThanOrEqual(32);
  for (const e of all("SourceLocation").concat(all("FunctionFile"))) {
    const id = e.getAttribute("resid");
    if (id) expect(known.get(id)).toBe("Urls");
  }
  for (const img of doc.getElementsByTagNameNS(BT, "Image")) {
    const id = img.getAttribute("resid");
    if (id) expect(known.get(id)).toBe("Images");
  }
});

test("per-locale functions metadata via bt:Override", () => {
  const metadata = resources("Urls").get("Functions.Metadata.Url")!;
  expect(metadata.getAttribute("DefaultValue")).toBe(`${files.DEV_BASE_URL}functions.json`);
  const overrides = [...metadata.getElementsByTagNameNS(BT, "Override")].map((o) => [
    o.getAttribute("Locale"),
    o.getAttribute("Value"),
  ]);
  expect(overrides).toEqual([
    ["kk-KZ", `${files.DEV_BASE_URL}functions.kk.json`],
    ["ru-RU", `${files.DEV_BASE_URL}functions.ru.json`],
  ]);
});

function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

test("every URL points to a file the build produces; icons have their declared sizes", () => {
  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) {
    expect(url.startsWith(files.DEV_BASE_URL)).toBe(true);
    const file = url.slice(files.DEV_BASE_URL.length);
    if (file.startsWith("assets/")) expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
    // The analyst's guide: webpack.config.js renders docs/guide/<lang>.md to guide/<lang>.html.
    else if (file.startsWith("guide/"))
      expect(fs.existsSync(path.join(ROOT, "docs", file.replace(/\.html$/, ".md")))).toBe(true);
    else expect({ file, built: BUILT.has(file) }).toEqual({ file, built: true });
  }
  for (const [id, img] of resources("Images")) {
    const size = Number(/(\d+)x\1/.exec(id)![1]);
    const file = img.getAttribute("DefaultValue")!.slice(files.DEV_BASE_URL.length);
    expect(pngSize(path.join(ROOT, file))).toEqual([size, size]);
  }
  const declared = all("Image")
    .concat([...doc.getElementsByTagNameNS(BT, "Image")])
    .map((i) => i.getAttribute("size"));
  for (const s of ["16", "32", "80"]) expect(declared).toContain(s);
  expect(pngSize(path.join(ROOT, "assets", "icon-64.png"))).toEqual([64, 64]);
});

test("production copy: every development URL moves under OPEVAL_BASE_URL; http or none is refused", () => {
  const base = files.productionBaseUrl("https://opeval.example.kz/addin");
  expect(base).toBe("https://opeval.example.kz/addin/");
  const prod = files.manifestWithBaseUrl(xml, base);
  expect(prod).not.toContain("localhost");
  expect(prod).toContain('DefaultValue="https://opeval.example.kz/addin/functions.json"');
  expect(
    new DOMParser().parseFromString(prod, "application/xml").getElementsByTagName("parsererror"),
  ).toHaveLength(0);
  expect(() => files.productionBaseUrl("http://opeval.example.kz/")).toThrow(/https/);
  // No OPEVAL_BASE_URL: the production build fails rather than ship a manifest pointing to localhost.
  expect(() => files.productionBaseUrl("")).toThrow(/OPEVAL_BASE_URL is not set/);
});

test("SupportUrl opens the analyst's guide in Kazakh and Russian Office (the help page in English); LearnMoreUrl the help page, in Excel's language", () => {
  const help = (lang: string) => `${files.DEV_BASE_URL}help/${lang}/index.html`;
  const guide = (lang: string) => `${files.DEV_BASE_URL}guide/${lang}.html`;
  const support = one("SupportUrl");
  expect(support.getAttribute("DefaultValue")).toBe(help("en"));
  expect(all("Override", support).map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")])).toEqual([
    ["kk-KZ", guide("kk")],
    ["ru-RU", guide("ru")],
  ]);
  const learnMore = resources("Urls").get(one("LearnMoreUrl").getAttribute("resid")!)!;
  expect(learnMore.getAttribute("DefaultValue")).toBe(help("en"));
  expect(
    [...learnMore.getElementsByTagNameNS(BT, "Override")].map((o) => [
      o.getAttribute("Locale"),
      o.getAttribute("Value"),
    ]),
  ).toEqual([
    ["kk-KZ", help("kk")],
    ["ru-RU", help("ru")],
  ]);
});

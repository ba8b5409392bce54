/**
 * @jest-environment jsdom
 *
 * The rules of the add-in manifest's schemas ([MS-OWEMXML]) that a well-formed manifest can still
 * break, checked offline: children in the order the schema's sequences give them, every string and
 * URL within its length, versions, locales and ids in their patterns. Office refuses to load a
 * manifest whose elements are out of order, and Microsoft's validator (`npm run validate`) needs
 * the internet; the schemas themselves are not shipped by any npm package, so the sequences of the
 * elements this manifest uses are written out here by hand from the documented order
 * ("How to find the proper order of manifest elements", Office Add-ins documentation).
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

/**
 * Each parent's children in schema order (its xs:sequence, with the TaskPaneApp extension after
 * OfficeApp's own). Keyed by the parent's local name, or `name[xsi:type]` where the type decides.
 * Only the elements opeval's manifest can use are listed; an unlisted child is an error, so adding
 * one means looking up its place first.
 */
const SEQUENCES: Readonly<Record<string, readonly string[]>> = {
  "OfficeApp[TaskPaneApp]": [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "VersionOverrides",
  ],
  "VersionOverrides[VersionOverridesV1_0]": [
    "Description",
    "Requirements",
    "Hosts",
    "Resources",
    "WebApplicationInfo",
    "EquivalentAddins",
  ],
  "Host[Workbook]": ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  AllFormFactors: ["ExtensionPoint"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  "ExtensionPoint[CustomFunctions]": ["Script", "Page", "Metadata", "Namespace"],
  "ExtensionPoint[PrimaryCommandSurface]": ["OfficeTab", "CustomTab"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  OfficeTab: ["Group"],
  Group: ["Label", "Icon", "Control"],
  "Control[Button]": ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  "Action[ShowTaskpane]": ["TaskpaneId", "SourceLocation", "Title"],
  Requirements: ["Sets", "Methods"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

/** Lengths of the schema's simple types: ShortString, LongString, URL. */
const SHORT = 125;
const LONG = 250;
const URL_MAX = 2048;
const VERSION = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;
const CULTURE = /^([a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(-[a-zA-Z]{2,3})?)$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

interface Checked {
  problems: string[];
  /** Parents whose children were checked against a sequence. */
  parents: number;
  /** Strings and URLs whose lengths were checked. */
  lengths: number;
}

const parse = (xml: string) => new DOMParser().parseFromString(xml, "application/xml");

function sequenceKey(e: Element): string | undefined {
  const type = e.getAttributeNS(XSI, "type");
  const typed = type ? `${e.localName}[${type}]` : undefined;
  if (typed && SEQUENCES[typed]) return typed;
  return SEQUENCES[e.localName] ? e.localName : undefined;
}

/** Walks the manifest: every listed parent's children in order, every string within its type. */
function checkManifest(xml: string): Checked {
  const doc = parse(xml);
  const result: Checked = { problems: [], parents: 0, lengths: 0 };
  if (doc.getElementsByTagName("parsererror").length > 0) {
    result.problems.push("not well-formed");
    return result;
  }
  const where = (e: Element) => {
    const trail: string[] = [];
    for (let n: Element | null = e; n; n = n.parentElement) trail.unshift(n.localName);
    return trail.join("/");
  };

  const visit = (e: Element) => {
    const key = sequenceKey(e);
    if (key) {
      result.parents++;
      const order = SEQUENCES[key]!;
      let last = -1;
      for (const child of [...e.children]) {
        const at = order.indexOf(child.localName);
        if (at < 0) result.problems.push(`${where(child)}: not a child of ${key}`);
        else if (at < last) result.problems.push(`${where(child)}: out of order in ${key}`);
        else last = at;
      }
    }
    [...e.children].forEach(visit);
  };
  visit(doc.documentElement);

  const lengthOf = (label: string, value: string | null, max: number) => {
    result.lengths++;
    if (!value || value.length > max)
      result.problems.push(`${label}: ${value?.length ?? 0} characters, 1–${max}`);
  };
  const settings = (name: string, max: number) => {
    for (const e of [...doc.getElementsByTagName(name)].filter(
      (x) => x.parentElement === doc.documentElement,
    )) {
      lengthOf(name, e.getAttribute("DefaultValue"), max);
      for (const o of [...e.getElementsByTagName("Override")]) {
        lengthOf(`${name} ${o.getAttribute("Locale")}`, o.getAttribute("Value"), max);
        if (!CULTURE.test(o.getAttribute("Locale") ?? ""))
          result.problems.push(`${name}: locale ${o.getAttribute("Locale")}`);
      }
    }
  };
  settings("DisplayName", SHORT);
  settings("Description", LONG);
  settings("IconUrl", URL_MAX);
  settings("HighResolutionIconUrl", URL_MAX);
  settings("SupportUrl", URL_MAX);

  const resources = (section: string, max: number) => {
    for (const list of [...doc.getElementsByTagName(`bt:${section}`)])
      for (const item of [...list.children]) {
        const id = item.getAttribute("id") ?? "";
        lengthOf(`${section} ${id} id`, id, 32);
        lengthOf(`${section} ${id}`, item.getAttribute("DefaultValue"), max);
        for (const o of [...item.children])
          lengthOf(`${section} ${id} ${o.getAttribute("Locale")}`, o.getAttribute("Value"), max);
      }
  };
  resources("ShortStrings", SHORT);
  resources("LongStrings", LONG);
  resources("Urls", URL_MAX);
  resources("Images", URL_MAX);

  for (const e of [...doc.querySelectorAll("[id]")].filter((x) => !x.tagName.startsWith("bt:")))
    lengthOf(`${e.localName} id`, e.getAttribute("id"), SHORT);

  const text = (name: string) => doc.getElementsByTagName(name)[0]?.textContent ?? "";
  if (!VERSION.test(text("Version"))) result.problems.push(`Version: ${text("Version")}`);
  if (!UUID.test(text("Id"))) result.problems.push(`Id: ${text("Id")}`);
  if (!CULTURE.test(text("DefaultLocale"))) result.problems.push(`DefaultLocale: ${text("DefaultLocale")}`);
  return result;
}

const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

test("manifest.xml: every child in its schema order, every string and URL within its length", () => {
  const checked = checkManifest(manifest);
  expect(checked.problems).toEqual([]);
  // OfficeApp, VersionOverrides, Host, AllFormFactors, DesktopFormFactor, 2 ExtensionPoints,
  // GetStarted, OfficeTab, Group, Control, Supertip, Action, Requirements, Resources.
  expect(checked.parents).toBe(15);
  expect(checked.lengths).toBeGreaterThanOrEqual(40);
});

describe("the check finds what Office would refuse", () => {
  test("SupportUrl after Hosts", () => {
    const swapped = manifest.replace(/(\s*<SupportUrl[\s\S]*?<\/SupportUrl>)([\s\S]*?<\/Hosts>)/, "$2$1");
    expect(swapped).not.toBe(manifest);
    expect(checkManifest(swapped).problems).toEqual([
      "OfficeApp/SupportUrl: out of order in OfficeApp[TaskPaneApp]",
    ]);
  });

  test("FunctionFile before GetStarted", () => {
    const moved = manifest.replace(
      /(\s*<GetStarted>[\s\S]*?<\/GetStarted>)(\s*<FunctionFile[^>]*\/>)/,
      "$2$1",
    );
    expect(moved).not.toBe(manifest);
    expect(checkManifest(moved).problems).toEqual([
      "OfficeApp/VersionOverrides/Hosts/Host/DesktopFormFactor/GetStarted: out of order in DesktopFormFactor",
    ]);
  });

  test("a button label over 125 characters, a five-part version", () => {
    const long = manifest
      .replace('DefaultValue="Generate conclusion"', `DefaultValue="${"x".repeat(126)}"`)
      .replace("<Version>1.0.0.0</Version>", "<Version>1.0.0.0.1</Version>");
    expect(checkManifest(long).problems).toEqual([
      "ShortStrings GenerateButton.Label: 126 characters, 1–125",
      "Version: 1.0.0.0.1",
    ]);
  });
});

/**
 * The project's schema check: every part of a written package validated with `xmllint` against the
 * ECMA-376 transitional schemas vendored in ./xsd (see ./xsd/NOTICE), after stripping what the part
 * declares mc:Ignorable, as Excel reads it. Same rule as the reference ../shared/ooxml/check, and
 * wider: drawings, charts, comments, the theme and docProps/app.xml are validated too; parts with no
 * schema here (core properties, whose Dublin Core schemas are not vendored; VML; binaries) must at
 * least be well-formed XML when their content type says XML.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { OoxmlPackage } from "./package";
import { stripIgnorable } from "./xml";

export const XSD_DIR = join(__dirname, "xsd");

const SML = "sml.xsd";
/** Content type (without the vendor prefix) → schema file under ./xsd. */
const SCHEMA_BY_TYPE: Record<string, string> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": SML,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": SML,
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": SML,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml": SML,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml": SML,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml": SML,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml": SML,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml": SML,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml": SML,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml": SML,
  "application/vnd.openxmlformats-officedocument.drawing+xml": "dml-spreadsheetDrawing.xsd",
  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml": "dml-chart.xsd",
  "application/vnd.openxmlformats-officedocument.theme+xml": "dml-main.xsd",
  "application/vnd.openxmlformats-officedocument.extended-properties+xml":
    "shared-documentPropertiesExtended.xsd",
  "application/vnd.openxmlformats-package.relationships+xml": "opc-xsd/opc-relationships.xsd",
};

/** The schema a part is validated against, or undefined when only well-formedness is checked. */
export function schemaFor(pkg: OoxmlPackage, name: string): string | undefined {
  if (name === "[Content_Types].xml") return "opc-xsd/opc-contentTypes.xsd";
  if (name.endsWith(".rels")) return "opc-xsd/opc-relationships.xsd";
  const type = pkg.contentType(name);
  return type === undefined ? undefined : SCHEMA_BY_TYPE[type];
}

function isXml(pkg: OoxmlPackage, name: string): boolean {
  const type = pkg.contentType(name) ?? "";
  return name.endsWith(".xml") || name.endsWith(".rels") || type.endsWith("+xml") || type.endsWith("/xml");
}

let xmllintChecked = false;

/** Throws (never skips) when xmllint is missing: CI installs libxml2-utils. */
export function requireXmllint(command = "xmllint"): void {
  if (xmllintChecked && command === "xmllint") return;
  const r = spawnSync(command, ["--version"], { encoding: "utf8" });
  if (r.error || r.status !== 0)
    throw new Error(
      "xmllint is not installed: the schema check cannot run. Install it (Debian: apt-get install " +
        "libxml2-utils; .ci/run does) — the check is never skipped.",
    );
  if (command === "xmllint") xmllintChecked = true;
}

/**
 * Schema errors of every part of the package, one line each: `label: part: line N: message`.
 * One xmllint run per schema, over all the parts that use it.
 */
export function schemaErrors(pkg: OoxmlPackage, label: string): string[] {
  requireXmllint();
  const errors: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), "opeval-ooxml-"));
  try {
    const bySchema = new Map<string, { file: string; part: string }[]>();
    pkg.names.forEach((name, index) => {
      if (!isXml(pkg, name)) return;
      let stripped: string;
      try {
        stripped = stripIgnorable(pkg.text(name));
      } catch (e) {
        errors.push(`${label}: ${name}: not well-formed XML: ${(e as Error).message}`);
        return;
      }
      const schema = schemaFor(pkg, name);
      if (schema === undefined) return;
      const file = join(dir, `part${index}.xml`);
      writeFileSync(file, stripped, "utf8");
      const list = bySchema.get(schema) ?? [];
      list.push({ file, part: name });
      bySchema.set(schema, list);
    });
    for (const [schema, parts] of bySchema) {
      const partOf = new Map(parts.map((p) => [p.file, p.part]));
      const r = spawnSync(
        "xmllint",
        ["--noout", "--schema", join(XSD_DIR, schema), ...parts.map((p) => p.file)],
        {
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      if (r.error) throw r.error;
      for (const line of r.stderr.split("\n")) {
        if (!line.trim() || line.endsWith(" validates") || line.endsWith(" fails to validate")) continue;
        const m = /^(.*?\.xml):(\d+): (.*)$/.exec(line);
        const part = m ? partOf.get(m[1]!) : undefined;
        errors.push(part ? `${label}: ${part}: line ${m![2]}: ${m![3]}` : `${label}: ${schema}: ${line}`);
      }
      if (r.status !== 0 && !errors.length)
        errors.push(`${label}: xmllint exited ${String(r.status)} with ${schema}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return errors;
}

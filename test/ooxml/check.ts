/** The project's whole check of one written file: schemas (xmllint) and the rules schemas miss. */
import { openPackage } from "./package";
import { ruleErrors, type RuleReport } from "./rules";
import { schemaErrors } from "./schema";

export interface FileCheck {
  schema: string[];
  rules: RuleReport;
}

export async function checkWrittenFile(path: string, label = path): Promise<FileCheck> {
  const pkg = await openPackage(path);
  return { schema: schemaErrors(pkg, label), rules: ruleErrors(pkg, label) };
}

/**
 * How a custom function reports what it cannot score: `#VALUE!` for impossible input, `#N/A` for
 * missing data, always with the catalogue's message in the user's display language. Nothing else
 * ever leaves a function: an unexpected exception also becomes `#VALUE!` with its message.
 */
import "./runtime";
import { IndicatorArgumentError } from "../../src/methodology/errors";
import { functionReason, type FunctionErrorCode } from "../../src/model/functionProblems";
import type { ProblemParams } from "../../src/model/problem-text";
import type { Lang } from "../../src/model/types";

export type FunctionErrorKind = "invalidValue" | "notAvailable";

const EXCEL_CODES: Readonly<Record<FunctionErrorKind, string>> = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
};

/** A problem found while reading a function's arguments (before or instead of the engine). */
export class CellProblem extends Error {
  constructor(
    readonly kind: FunctionErrorKind,
    readonly code: FunctionErrorCode,
    readonly params: ProblemParams,
  ) {
    super(code);
    this.name = "CellProblem";
  }
}

/** Stands in for `CustomFunctions.Error` where Excel's runtime is absent (jest, Node); same shape. */
export class FunctionErrorShim {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

export type ExcelError = CustomFunctions.Error | FunctionErrorShim;

interface RuntimeGlobals {
  CustomFunctions?: typeof CustomFunctions;
  Office?: { context?: { displayLanguage?: string } };
}

/**
 * `CustomFunctions.Error` (CustomFunctionsRuntime 1.2, declared in the manifest) with the code as its
 * string value: the `ErrorCode` enum object is typed as CustomFunctionsRuntime 1.3, and its values
 * are these strings anyway.
 */
export function excelError(kind: FunctionErrorKind, message: string): ExcelError {
  const runtime = (globalThis as RuntimeGlobals).CustomFunctions;
  if (runtime?.Error) return new runtime.Error(EXCEL_CODES[kind] as CustomFunctions.ErrorCode, message);
  return new FunctionErrorShim(EXCEL_CODES[kind], message);
}

/** The language of messages: Excel's display language when it is Kazakh or Russian, else English. */
export function messageLang(): Lang {
  let tag = "";
  try {
    tag = (globalThis as RuntimeGlobals).Office?.context?.displayLanguage?.toLowerCase() ?? "";
  } catch {
    // Office.context is not ready outside an Office host: English.
  }
  if (tag.startsWith("kk")) return "kk";
  if (tag.startsWith("ru")) return "ru";
  return "en";
}

/** `field: reason` when the problem names a field, else the reason alone. */
export function problemMessage(
  code: FunctionErrorCode,
  params: ProblemParams,
  lang: Lang = messageLang(),
): string {
  const reason = functionReason(code, params, lang);
  return params.field !== undefined ? `${params.field}: ${reason}` : reason;
}

function isExcelError(e: unknown): e is ExcelError {
  if (e instanceof FunctionErrorShim) return true;
  const runtime = (globalThis as RuntimeGlobals).CustomFunctions;
  return runtime?.Error !== undefined && e instanceof runtime.Error;
}

export function toExcelError(e: unknown): ExcelError {
  if (isExcelError(e)) return e;
  if (e instanceof CellProblem) return excelError(e.kind, problemMessage(e.code, e.params));
  if (e instanceof IndicatorArgumentError)
    return excelError("invalidValue", problemMessage(e.code, e.params));
  return excelError("invalidValue", e instanceof Error ? e.message : String(e));
}

/** Runs a function's body, turning every failure into an Excel error (never a JavaScript exception). */
export function guard<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    throw toExcelError(e);
  }
}

export function invalid(code: FunctionErrorCode, params: ProblemParams): CellProblem {
  return new CellProblem("invalidValue", code, params);
}

export function notAvailable(code: FunctionErrorCode, params: ProblemParams): CellProblem {
  return new CellProblem("notAvailable", code, params);
}

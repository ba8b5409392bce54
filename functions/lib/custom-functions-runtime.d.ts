/**
 * The part of Excel's custom functions runtime (CustomFunctionsRuntime 1.1+) opeval uses. The
 * package @types/custom-functions-runtime is not a dependency; this mirrors its documented API.
 */
declare namespace CustomFunctions {
  /** Registers the JavaScript function behind a metadata id (the metadata plugin writes these calls). */
  function associate(id: string, functionObject: (...args: never[]) => unknown): void;

  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
    invalidName = "#NAME?",
    invalidReference = "#REF!",
  }

  /** Thrown (or returned) by a custom function to show an Excel error with a message. */
  class Error {
    constructor(errorCode?: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message?: string;
  }
}

/**
 * A failure a command reports in words of its own (an output that exists, a folder it cannot
 * write), in every language: the CLI tells it in the analyst's (`describeFailure`, ./io.ts) and
 * exits 1. The Error's message is the English text, for logs and OPEVAL_DEBUG.
 */
import type { Term } from "../i18n/lang";

export class CliFailure extends Error {
  constructor(readonly text: Term) {
    super(text.en);
  }
}

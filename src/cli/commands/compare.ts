/**
 * `opeval compare PREV CURR [--format table|json] [--lang en|kk|ru]` and
 * `opeval compare HISTORY.xlsx --periods 2019,2020`: the change of every direction and of the
 * general score, the level change and the indicators that moved most, per body.
 */
import type { Problem } from "../../model/problems";
import type { Lang } from "../../model/types";
import { comparePeriods } from "../../history/history-compare";
import { comparisonJson, renderComparison } from "../../history/history-render";
import type { PeriodSnapshot } from "../../history/history-snapshot";
import { choice, parseArgs, rejectUnknown, UsageError } from "../args";
import { cliTerm, COMMAND_HELP } from "../help-text";
import { environmentLang } from "../locale";
import { loadHistorySource } from "../history-source";
import { EXIT, type Command } from "../io";
import { reportProblems } from "./history";

const LANGS: readonly Lang[] = ["en", "kk", "ru"];

export const compareCommand: Command = {
  name: "compare",
  ...COMMAND_HELP.compare,
  async run(argv, io) {
    const args = parseArgs(argv, [], ["format", "lang", "periods"]);
    rejectUnknown(args, ["format", "lang", "periods"]);
    const format = choice(args, "format", ["table", "json"] as const, "table");
    const lang = choice(args, "lang", LANGS, environmentLang(io.env ?? {}));
    const periodsOption = args.options.get("periods");
    const files = args.positional;
    let wanted: [string, string] | undefined;
    if (periodsOption !== undefined) {
      const list = periodsOption === true ? [] : periodsOption.split(",").map((s) => s.trim());
      if (list.length !== 2 || list.some((p) => p === "")) throw new UsageError(cliTerm("twoPeriods"));
      if (files.length !== 1) throw new UsageError(cliTerm("periodsOneFile"));
      wanted = [list[0]!, list[1]!];
    } else if (files.length !== 2) throw new UsageError(cliTerm("twoFiles"));

    const problems: Problem[] = [];
    const bodyMap = new Map<string, string>();
    const snapshots: PeriodSnapshot[][] = [];
    let missing = false;
    for (const file of files) {
      const source = await loadHistorySource(file);
      if (!source.ok) {
        problems.push(...source.problems);
        missing ||= source.missing === true;
        continue;
      }
      for (const [previous, current] of source.bodyMap) bodyMap.set(previous, current);
      if (wanted) {
        if (source.periodProblem) problems.push(source.periodProblem);
        snapshots.push([
          ...source.recorded.map((r) => r.snapshot),
          ...(source.assessment ? [source.assessment.snapshot] : []),
        ]);
      } else if (source.assessment) snapshots.push([source.assessment.snapshot]);
      else if (source.periodProblem) problems.push(source.periodProblem);
      else throw new UsageError(cliTerm("noAssessment", { file }));
    }
    let pair: [PeriodSnapshot, PeriodSnapshot] | undefined;
    if (!problems.length) {
      if (wanted) {
        const all = snapshots[0] ?? [];
        const find = (period: string) => {
          const found = all.find((s) => s.period === period);
          if (!found)
            problems.push({
              severity: "error",
              code: "historyPeriodNotFound",
              bodyId: null,
              path: `${files[0]}: --periods`,
              params: { period, recorded: all.map((s) => s.period).join(", ") || "—" },
            });
          return found;
        };
        const previous = find(wanted[0]);
        const current = find(wanted[1]);
        if (previous && current) pair = [previous, current];
      } else pair = [snapshots[0]![0]!, snapshots[1]![0]!];
    }
    // Reversed periods would print every change with the opposite sign to the years' order: an
    // error. A period with itself is a check that every change is zero: said, then compared.
    const where = wanted ? `${files[0]}: --periods` : files.join(", ");
    if (pair && pair[0].period === pair[1].period)
      reportProblems(
        [
          {
            severity: "warning",
            code: "compareSamePeriod",
            bodyId: null,
            path: where,
            params: { period: pair[0].period },
          },
        ],
        lang,
        io,
      );
    else if (pair && pair[0].period > pair[1].period)
      problems.push({
        severity: "error",
        code: "comparePeriodsReversed",
        bodyId: null,
        path: where,
        params: { previous: pair[0].period, current: pair[1].period },
      });
    if (problems.length || !pair) {
      reportProblems(problems, lang, io);
      return missing ? EXIT.failure : EXIT.invalidInput;
    }
    const comparison = comparePeriods(pair[0], pair[1], { bodyMap });
    if (format === "json") io.stdout(JSON.stringify(comparisonJson(comparison, lang), null, 1) + "\n");
    else io.stdout(renderComparison(comparison, lang));
    return EXIT.ok;
  },
};

/** Every `opeval` command; a new command is one import and one entry here. */
import type { Command } from "../io";
import { compareCommand } from "./compare";
import { concludeCommand } from "./conclude";
import { exportCommand } from "./export";
import { historyCommand } from "./history";
import { objectionsCommand } from "./objections";
import { resultsCommand } from "./results";
import { scoreCommand, validateCommand } from "./score";
import { shareCommand } from "./share";
import { templateCommand } from "./template";

export const COMMANDS: readonly Command[] = [
  scoreCommand,
  validateCommand,
  concludeCommand,
  templateCommand,
  exportCommand,
  objectionsCommand,
  historyCommand,
  resultsCommand,
  compareCommand,
  shareCommand,
];

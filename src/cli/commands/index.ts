/** Every `opeval` command; a new command is one import and one entry here. */
import type { Command } from "../io";
import { concludeCommand } from "./conclude";
import { scoreCommand, validateCommand } from "./score";

export const COMMANDS: readonly Command[] = [scoreCommand, validateCommand, concludeCommand];

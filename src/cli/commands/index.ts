import type { Command } from '../command.ts';

/** Registered commands, in the order `weldtwin --help` lists them. */
export const commands: Command[] = [];

import type { Command } from '../command.ts';
import { robotsCommand } from './robots.ts';
import { fkCommand } from './fk.ts';
import { ikCommand } from './ik.ts';
import { safetyCommand } from './safety.ts';
import { benchCommand } from './bench.ts';

/** Registered commands, in the order `weldtwin --help` lists them. */
export const commands: Command[] = [robotsCommand, fkCommand, ikCommand, safetyCommand, benchCommand];

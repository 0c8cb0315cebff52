import type { Command } from '../command.ts';
import { robotsCommand } from './robots.ts';
import { fkCommand } from './fk.ts';
import { ikCommand } from './ik.ts';
import { safetyCommand } from './safety.ts';
import { weldCommand } from './weld.ts';
import { benchCommand } from './bench.ts';
import { scenarioCommand } from './scenario.ts';
import { replayCommand } from './replay.ts';
import { credentialCommand } from './credential.ts';

/** Registered commands, in the order `weldtwin --help` lists them. */
export const commands: Command[] = [
  robotsCommand,
  fkCommand,
  ikCommand,
  safetyCommand,
  benchCommand,
  weldCommand,
  scenarioCommand,
  replayCommand,
  credentialCommand,
];

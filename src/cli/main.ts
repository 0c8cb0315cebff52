// `weldtwin` entry: dispatch to one command per file; bad input exits 2 with one line per problem, never a stack trace.
import type { Command, CommandIO } from './command.ts';
import { InputError, readStdinText } from './input.ts';
import { commands } from './commands/index.ts';

const USAGE = () =>
  [
    'weldtwin — WeldTwin robot-welding simulator, headless',
    '',
    'usage: npm run -s weldtwin -- <command> [options]',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    'Every command takes --help.',
  ].join('\n');

export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE() + '\n');
    return name ? 0 : 2;
  }
  const cmd: Command | undefined = commands.find((c) => c.name === name);
  if (!cmd) {
    io.err(
      `weldtwin: unknown command ${JSON.stringify(name)}; commands: ${commands.map((c) => c.name).join(', ')}\n`,
    );
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(cmd.help.trimEnd() + '\n');
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof InputError) {
      io.err(e.problems.map((p) => p + '\n').join(''));
      return 2;
    }
    io.err(`weldtwin ${name}: internal error: ${(e as Error).message}\n`);
    return 3;
  }
}

export const processIO: CommandIO = {
  stdin: () => readStdinText(),
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
};

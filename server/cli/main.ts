import { checkCommand } from './check.ts';
import { CliError } from './errors.ts';
import { explainCommand } from './explain.ts';
import { generateCommand } from './generate.ts';
import { repairCommand } from './repair.ts';
import { serveCommand } from './serve.ts';
import { solveCommand } from './solve.ts';
import { whatifCommand } from './whatif.ts';

const commands: Record<string, (args: string[]) => Promise<number>> = {
  generate: generateCommand,
  solve: solveCommand,
  check: checkCommand,
  explain: explainCommand,
  repair: repairCommand,
  serve: serveCommand,
  whatif: whatifCommand,
};

const help = `sengeplan — seng- og rulleringsplanlegger

usage:
  sengeplan generate --seed N --beds N --days N --load X [-o instance.json]
  sengeplan solve <instance.json> [--solver sengeplan|firstfit] [--time-limit 30] [--seed 1] [-o plan.json]
  sengeplan check <instance.json> <plan.json>
  sengeplan explain <instance.json> <plan.json> [--top 20]
  sengeplan repair <instance.json> <plan.json> <events.json> --today YYYY-MM-DD [--notice-days 2] [-o new-plan.json]
  sengeplan whatif <instance.json> <scenario.json>... [--seeds 3] [--time-limit 30 | --iterations N] [-o report.json]
  sengeplan serve [--port 3000] [--data ./data]
`;

/** Runs one command and returns the exit code: 0 fine, 1 a plan breaks a rule, 2 bad input. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(help);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  try {
    if (!command) throw new CliError(`unknown command "${name}"\n\n${help}`);
    return await command(args);
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`sengeplan ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

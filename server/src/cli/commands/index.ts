/**
 * The commands of `pnpm atlas`, in the order `--help` lists them. Each module exports a function
 * that adds its command (arguments, options, help text, action) to the program.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context.ts';
import { registerBackup } from './backup.ts';
import { registerExport } from './export.ts';
import { registerGenerate } from './generate.ts';
import { registerImport } from './import.ts';
import { registerLoad } from './load.ts';
import { registerMcp } from './mcp.ts';
import { registerMigrate } from './migrate.ts';
import { registerNeo4jImport } from './neo4j-import.ts';
import { registerSchema } from './schema.ts';
import { registerSeed } from './seed.ts';
import { registerStats } from './stats.ts';

export type RegisterCommand = (program: Command, ctx: CliContext) => void;

export const commands: RegisterCommand[] = [
  registerSeed,
  registerLoad,
  registerImport,
  registerExport,
  registerStats,
  registerMigrate,
  registerBackup,
  registerSchema,
  registerNeo4jImport,
  registerGenerate,
  registerMcp,
];

#!/usr/bin/env node
import { runProgram } from "./commands/program.js";

// The `breakdown` program: the command line of this process, its exit status that of the command.
process.exitCode = await runProgram(process.argv.slice(2), process.env);

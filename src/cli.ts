#!/usr/bin/env node
import { runProgram } from "./commands/program.js";

// A reader that stops early (`breakdown schema | head`) closes the pipe: that ends the program
// quietly, as for other command-line tools, rather than with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// The `breakdown` program: the command line of this process, its exit status that of the command.
process.exitCode = await runProgram(process.argv.slice(2), process.env);

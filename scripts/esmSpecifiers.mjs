// Run after tsup in each package (cwd): fp-ts 2 has no `exports` map, so `fp-ts/Either` is a
// folder import that Node's ESM loader and TypeScript's nodenext resolution both refuse. The
// sources keep the short form (bundler resolution, the form fp-ts documents); the built files
// name the real module, `fp-ts/lib/Either.js`, in JavaScript and declarations alike.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const FP_TS_SUBPATH = /(["'])fp-ts\/([A-Za-z]+)\1/g;

const rewrite = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) rewrite(path);
    else if (/\.(js|d\.ts)$/.test(entry.name)) {
      const text = readFileSync(path, "utf8");
      const next = text.replace(
        FP_TS_SUBPATH,
        (_, quote, module) => `${quote}fp-ts/lib/${module}.js${quote}`,
      );
      if (next !== text) writeFileSync(path, next);
    }
  }
};

rewrite("dist");

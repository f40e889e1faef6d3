// The demo's input is the repository's Emmen 2007 fixtures: the build copies them into the
// package (fixtures/ is in `files`), so the demo runs from an installed tarball too.
import { cpSync, rmSync } from "node:fs";

const from = new URL("../../../tests/fixtures/emmen-2007/", import.meta.url);
const to = new URL("../fixtures/emmen-2007/", import.meta.url);
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });

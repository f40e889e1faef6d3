import { packageBuild } from "../../tsup.shared";

export default packageBuild({
  index: "src/index.ts",
  "persistence/index": "src/persistence/index.ts",
  "testing/index": "src/testing/index.ts",
});

// Stands in for `@aznato/data/dictionary.json` in the unit tests (vitest.config.ts), so that they
// read the dictionary from the package's sources and need no build; the dist tests read the real file.
import { dictionary } from "@aznato/data/schema";

// biome-ignore lint/style/noDefaultExport: a JSON module's value is its default export
export default dictionary();

// What `@aznato/data/dictionary.json` is under the workspace's source condition (package.json
// `exports`): the dictionary made from the schema's sources, as the build writes it to dist/.
import { dictionary } from "./schema/dictionary.js";

// biome-ignore lint/style/noDefaultExport: a JSON module's value is its default export
export default dictionary();

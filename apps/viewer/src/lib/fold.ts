// The browser scripts need `fold` without the dataset: importing it from the package root would
// bundle every record (the root entry re-exports the data). So this re-exports the package's own
// source module; fold.test.ts checks it behaves like the published `fold`.
export { fold } from "../../../../packages/data/src/fold.ts";

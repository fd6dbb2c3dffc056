// The programmes, operations and mandates chart: rows from the dataset (swimlane-rows), laid out
// in percent of the plot width (swimlane-layout).
export * from "./swimlane-layout.ts";
export * from "./swimlane-rows.ts";

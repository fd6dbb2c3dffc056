/** `participationStart` → `participation_start`, `name.en` → `name_en`, `iso3166.alpha2` → `iso3166_alpha2`. */
export const snakeCase = (path: string): string =>
  path
    .replaceAll("[]", "")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[.-]/g, "_")
    .toLowerCase();

/** Singular of a collection or list name: `people` → `person`, `citations` → `citation`. */
export function singular(word: string): string {
  if (word === "people") return "person";
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Singularises only the last word of a snake_case name: `name_alternatives` → `name_alternative`. */
export function singularLast(name: string): string {
  const cut = name.lastIndexOf("_");
  return cut < 0 ? singular(name) : `${name.slice(0, cut + 1)}${singular(name.slice(cut + 1))}`;
}

/** `end_date` → `End date`, for column titles the zod metadata does not give. */
export const humanize = (column: string): string => {
  const words = column.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};

// Plain labels for the data dictionary's field paths, for people rather than programmers.

/** Labels that the field name alone would get wrong or make too technical. */
const LABELS: Record<string, string> = {
  participation: "Azerbaijani personnel",
  statement: "Statement",
  about: "About",
  en: "English",
  az: "Azerbaijani",
  asOf: "As of",
  iso3166: "ISO 3166 codes",
  alpha2: "Alpha-2 code",
  alpha3: "Alpha-3 code",
  official: "Official code",
  wikidata: "Wikidata",
  lat: "Latitude",
  lon: "Longitude",
  lang: "Language",
  url: "Address",
  alternatives: "Other values in the sources",
  certainty: "Certainty",
  checked: "Facts last checked",
  start: "Start",
  end: "End",
  personnel: "Personnel",
  "public-diplomacy": "Public diplomacy",
  "nato-contact-point-embassy": "NATO Contact Point Embassy",
  "source-document": "Source document",
  "action-plan": "Action plan",
};

/** `participationStart` → "Participation start"; `public-diplomacy` → "Public diplomacy". */
export const humanize = (key: string): string => {
  const plain = key.replace(/\[\]/g, "");
  const known = LABELS[plain];
  if (known) return known;
  const words = plain
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[-_]/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * A field's label from its dictionary path: the last named part, in plain words
 * (`roles[].status.asOf` → "As of", `citations[]` → "Citations", `name.az` → "Azerbaijani").
 */
export function fieldLabel(path: string): string {
  const parts = path
    .split(".")
    .map((p) => p.replace(/\[\]$/, ""))
    .filter(Boolean);
  return humanize(parts[parts.length - 1] ?? path);
}

/** The Wikidata page of an item id (`Q227`), or undefined for anything that is not a QID. */
export const wikidataUrl = (qid: string): string | undefined =>
  /^Q[1-9]\d*$/.test(qid) ? `https://www.wikidata.org/wiki/${qid}` : undefined;

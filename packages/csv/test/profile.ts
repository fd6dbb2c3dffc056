// The Frictionless Data Package v2 profile (vendored in test/fixtures), compiled once by ajv with
// ajv-formats: what a data portal checks datapackage.json against.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";

const profileDir = fileURLToPath(new URL("./fixtures/frictionless-profiles-2.0/", import.meta.url));
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
// an editor hint in the profiles, not a validation format
ajv.addFormat("textarea", true);

export const validateDataPackage = ajv.compile(
  JSON.parse(readFileSync(`${profileDir}datapackage.json`, "utf8")),
);

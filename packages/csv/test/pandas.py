# Reads every table of an export with pandas, as the export's README says, and prints what it got.
# Reads JSON on stdin: dir, the export; guessed, [{ name, call }] (the README's read_csv call for
# each table); typed, the README's Python block for the declared types (it defines read_table(name));
# names, the tables. Prints, per read and table: rows, the dtype pandas gave each column and each
# column's values (missing as null, days as YYYY-MM-DD), or the error pandas raised.
import json, math, os, sys
import pandas

args = json.load(sys.stdin)
os.chdir(args["dir"])


def cell(value):
    if value is None or value is pandas.NA or value is pandas.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pandas.Timestamp):
        return value.strftime("%Y-%m-%d")
    return value.item() if hasattr(value, "item") else value


def describe(frame):
    return {
        "rows": len(frame),
        "types": {str(name): str(frame[name].dtype) for name in frame.columns},
        "values": {str(name): [cell(v) for v in frame[name].astype(object)] for name in frame.columns},
    }


def guessed(call):
    try:
        return describe(eval(call, {"pandas": pandas}))
    except pandas.errors.EmptyDataError as error:
        return {"rows": 0, "error": str(error), "types": {}, "values": {}}


recipe = {}
exec(args["typed"], recipe)
out = {
    "guessed": {t["name"]: guessed(t["call"]) for t in args["guessed"]},
    "typed": {name: describe(recipe["read_table"](name)) for name in args["names"]},
}
json.dump(out, sys.stdout)

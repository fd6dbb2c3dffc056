# Reads every table of an export with readr, as the export's README says, and prints what it got.
# Usage: Rscript readr.R ARGS.json > out.json, where ARGS.json holds
#   dir: the export; guessed: [{ name, call }] (the README's read_delim call for each table);
#   typed: the README's R block for the declared types (it defines read_table(name)); names: the tables.
# Prints, per read and table: rows, the class readr gave each column, each column's values,
# and how many cells readr could not parse (readr::problems).
for (p in c("readr", "jsonlite")) {
  if (!requireNamespace(p, quietly = TRUE)) {
    stop(sprintf("the R package %s is missing (Debian: r-cran-%s)", p, p), call. = FALSE)
  }
}
args <- jsonlite::read_json(commandArgs(trailingOnly = TRUE)[[1]])
setwd(args$dir)
options(readr.show_col_types = FALSE, readr.show_progress = FALSE)

describe <- function(frame) {
  list(
    rows = nrow(frame),
    problems = nrow(readr::problems(frame)),
    types = lapply(frame, function(x) class(x)[[1]]),
    # dates as YYYY-MM-DD text, so that JSON holds what R holds
    # I(): a one-row column stays a list in JSON
    values = lapply(frame, function(x) I(if (inherits(x, "Date")) format(x, "%Y-%m-%d") else x))
  )
}

guessed <- list()
for (table in args$guessed) {
  guessed[[table$name]] <- describe(eval(parse(text = table$call)))
}

recipe <- new.env()
eval(parse(text = args$typed), envir = recipe)
typed <- list()
for (name in args$names) {
  typed[[name]] <- describe(recipe$read_table(name))
}

cat(jsonlite::toJSON(list(guessed = guessed, typed = typed), auto_unbox = TRUE, na = "null", digits = NA, null = "null"))

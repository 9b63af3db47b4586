export type Layout = "run-together" | "cell-per-line" | "delimited" | "labelled";

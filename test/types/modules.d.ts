// yazl (a zip writer the zip-guard tests build hostile archives with) ships no types.
declare module "yazl";

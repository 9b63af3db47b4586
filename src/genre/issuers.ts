/** How the name of the body that issues a document ends (…办公室, …人民政府, …河长制办公室). */
export const ISSUER_END = /(?:办公室|办公厅|人民政府|委员会|政府|领导小组|指挥部|党委|党组|局|厅|委|办|中心)\s*$/;

/** The issuer at the end of a line that holds more before it: the longest name-like run. */
export const ISSUER_START = /(?:中共|中国共产党)?[\u4e00-\u9fa5A-Za-z]{2,40}?$/;

/** The issuer printed under a table on a line of its own (XX县人民政府办公室): a body's name, not a unit list. */
export const ISSUER_LINE = /^\s*[^\t|]{2,30}?(?:办公室|办公厅|人民政府|委员会|领导小组|指挥部)\s*$/;

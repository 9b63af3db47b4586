import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { Source } from "../model/document.js";

/** The `source` block both readers give: the file's name, size and sha256, and what the reader found. */
export function sourceInfo(bytes: Uint8Array, file: string, found: Omit<Source, "fileName" | "sha256" | "bytes">): Source {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    fileName: basename(file),
    format: found.format,
    sha256: createHash("sha256").update(data).digest("hex"),
    bytes: bytes.byteLength,
    encoding: found.encoding,
    layout: found.layout,
    originalName: found.originalName,
    pageCount: found.pageCount,
    ...(found.convertedFrom ? { convertedFrom: found.convertedFrom } : {}),
  };
}

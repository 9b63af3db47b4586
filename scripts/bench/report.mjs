// Small helpers to time things and print the benchmark's tables.

export const now = () => performance.now();

export function median(values) {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export function ms(x) {
  if (!Number.isFinite(x)) return "—";
  return x >= 100 ? `${x.toFixed(0)} ms` : x >= 10 ? `${x.toFixed(1)} ms` : `${x.toFixed(2)} ms`;
}

export function rate(count, millis, unit) {
  if (!Number.isFinite(millis) || millis <= 0) return "—";
  const perSecond = (count * 1000) / millis;
  const text = perSecond >= 100 ? perSecond.toFixed(0) : perSecond >= 10 ? perSecond.toFixed(1) : perSecond.toFixed(2);
  return `${text.replace(/\B(?=(\d{3})+(?!\d))/g, ",")} ${unit}`;
}

export function ratio(x) {
  return Number.isFinite(x) ? `${x.toFixed(2)}×` : "—";
}

export function mb(bytes) {
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

/** Print rows as a table with padded columns (East Asian wide characters count two). */
export function table(header, rows) {
  const width = (s) => {
    let w = 0;
    for (const ch of String(s)) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
    return w;
  };
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ""))));
  const line = (r) => r.map((c, i) => (i === 0 ? c + " ".repeat(widths[i] - width(c)) : " ".repeat(widths[i] - width(c)) + c)).join("  ");
  const out = [line(all[0]), widths.map((w) => "-".repeat(w)).join("  "), ...all.slice(1).map(line)];
  return out.join("\n");
}

/** A verdict for a target: `met`, `MISSED`, or why it could not be judged. */
export function verdict(value, limit, { atMost = true, missing = "not measured" } = {}) {
  if (!Number.isFinite(value)) return missing;
  return (atMost ? value <= limit : value >= limit) ? "met" : "MISSED";
}

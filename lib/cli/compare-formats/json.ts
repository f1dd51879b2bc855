/** `json`: the groups as the library returns them, with the comparison's settings and counts, and each figure's link. */
import type { CompareReport } from './index';

export function writeJson(report: CompareReport): string {
  const groups = report.groups.map((g) => ({
    ...g,
    figures: g.figures.map((f) => {
      const link = report.link(f);
      return link ? { ...f, link } : f;
    }),
  }));
  const { documents, figures, unnamed } = report.stats;
  return `${JSON.stringify({ by: report.by, minSources: report.minSources, documents, figures, unnamed, groups, failures: report.failures }, null, 2)}\n`;
}

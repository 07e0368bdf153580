/**
 * Rule `tags` (rule 4): the bed's ward tags plus its own tags include every requiredTags entry.
 * Reported once per stay and bed. refs: [stay, bed id].
 */
import type { CheckContext } from '../context.ts';
import type { Violation } from '../types.ts';

export function tagsRule(ctx: CheckContext): Violation[] {
  const violations: Violation[] = [];
  for (const unit of ctx.units.values()) {
    const required = unit.request?.requiredTags ?? unit.series?.requiredTags ?? [];
    const checked = new Set<string>();
    for (const seg of unit.segments) {
      const bed = seg.bed;
      if (bed === undefined || checked.has(bed.id)) continue;
      checked.add(bed.id);
      const missing = required.filter((tag) => !bed.tags.has(tag));
      if (missing.length === 0) continue;
      violations.push({
        rule: 'tags',
        refs: [unit.label, bed.id],
        message:
          `${unit.label} needs tags [${required.join(', ')}] but bed ${bed.id} (ward ${bed.wardId}) has ` +
          `[${[...bed.tags].join(', ')}], missing [${missing.join(', ')}]`,
      });
    }
  }
  return violations;
}

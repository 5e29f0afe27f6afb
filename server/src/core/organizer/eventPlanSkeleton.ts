// A new barcamp.json: the smallest plan that names the event, its language and first day, ready to be filled in.
import { toIsoDate } from '../text';
import { DEFAULT_OUTPUT_FOLDER } from '../report';
import type { Language } from '../model';

export interface PlanSkeletonInput {
  name: string;
  language: Language;
  /** The first day, `YYYY-MM-DD` or `DD.MM.YYYY`; left out when it is no date. */
  date?: string;
}

/**
 * The text of a barcamp.json with name, language, one day and empty rooms, slots and people (the checks
 * against them start once they are filled in), and the default output folder. Two-space JSON, final newline.
 */
export function eventPlanSkeleton(input: PlanSkeletonInput): string {
  const name =
    String(input.name ?? '')
      .replace(/\s+/gu, ' ')
      .trim() || 'Barcamp';
  const date = input.date ? toIsoDate(input.date) : undefined;
  const plan = {
    name,
    language: input.language === 'en' ? 'en' : 'de',
    days: [date ? { day: 1, date } : { day: 1 }],
    rooms: [],
    slots: [],
    people: [],
    output: { folder: DEFAULT_OUTPUT_FOLDER },
  };
  return `${JSON.stringify(plan, null, 2)}\n`;
}

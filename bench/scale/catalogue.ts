// What the scale seed draws from lib/questions' catalogue: every template with its concept, a
// difficulty for the skill model, the key (a correct response) and its distractors (wrong
// responses each naming a misconception), so seeded answers look like graded ones.
import { generateQuestion, listTemplates, type QuestionResponse } from "../../lib/questions";

export interface SeedTemplate {
  /** 0-based position, used by the SQL to pick templates. */
  index: number;
  id: string;
  concept: string;
  /** Item difficulty on the skill scale (about -1 to 1): harder templates are answered correctly less often. */
  hardness: number;
  key: QuestionResponse;
  wrong: QuestionResponse[];
  misconceptions: string[];
}

export function seedTemplates(): SeedTemplate[] {
  return listTemplates().map((template, index) => {
    const question = generateQuestion(template.id, 1000 + index, 2);
    const distractors = question.distractors.length > 0 ? question.distractors : [{ response: question.key, misconception: "other" }];
    return {
      index,
      id: template.id,
      concept: template.concept,
      // The golden ratio spreads hardness evenly and deterministically over the templates.
      hardness: -1 + 2 * ((index * 0.6180339887) % 1),
      key: question.key,
      wrong: distractors.map((d) => d.response),
      misconceptions: distractors.map((d) => d.misconception),
    };
  });
}

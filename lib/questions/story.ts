/**
 * Questions write their scenarios with the content toolkit's builder (lib/content/scenario-builder.ts),
 * shared with the flashcards; `Story` is its name here.
 */
export {
  ScenarioBuilder as Story,
  closeConnection,
  openConnection,
  runScenario,
  type CloseIds,
  type ScenarioConfig as StoryConfig,
  type SegmentMatch,
} from "../content/scenario-builder";

/**
 * QTI 2.1 (IMS Question and Test Interoperability v2.1, imsqti_v2p1), packaged as an IMS content
 * package (imsmanifest.xml, IMS CP 1.1) in a zip, which Canvas and Blackboard import. Each variant
 * is an assessmentItem: a choiceInteraction (single choice, shuffled) or, for numbers, a
 * textEntryInteraction with a float response; responseProcessing scores 1 for the key and sets a
 * FEEDBACK outcome naming the answer given, so each answer shows its own modalFeedback (the
 * misconception's label, or the explanation for the key). The assessmentTest has one section per
 * group that selects one variant at random, so each student meets one.
 */
import { strToU8, zipSync } from "fflate";
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { Locale, Question } from "../../questions/types";
import { choiceAnswers, numberAnswers, otherFeedback } from "./answers";
import { escapeHtml, questionHtml } from "./html";
import type { ExportGroup } from "./moodle-xml";

export const QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const QTI_XSD = "http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";
export const CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1";

/** XML fragments as children (the prompt's HTML is escaped text, so parsing it is safe). */
const html = (parent: XMLBuilder, fragment: string) => parent.ele(fragment);

function setOutcome(parent: XMLBuilder, identifier: string, baseType: string, value: string) {
  parent.ele("setOutcomeValue", { identifier }).ele("baseValue", { baseType }).txt(value);
}

export function toQtiItem(question: Question, identifier: string, title: string, locale: Locale): string {
  const numeric = question.key.kind === "number";
  const answers = numeric ? numberAnswers(question, locale) : choiceAnswers(question, locale);
  const ids = answers.map((_, i) => `CHOICE_${i + 1}`);
  const item = create({ version: "1.0", encoding: "UTF-8" }).ele(QTI_NS, "assessmentItem", {
    "xmlns:xsi": XSI,
    "xsi:schemaLocation": QTI_XSD,
    identifier,
    title,
    adaptive: "false",
    timeDependent: "false",
  });
  const response = item.ele("responseDeclaration", { identifier: "RESPONSE", cardinality: "single", baseType: numeric ? "float" : "identifier" });
  response
    .ele("correctResponse")
    .ele("value")
    .txt(numeric ? answers[0]!.text : ids[0]!);
  item.ele("outcomeDeclaration", { identifier: "SCORE", cardinality: "single", baseType: "float" }).ele("defaultValue").ele("value").txt("0");
  item.ele("outcomeDeclaration", { identifier: "FEEDBACK", cardinality: "single", baseType: "identifier" });

  const body = item.ele("itemBody");
  html(body, `<div>${questionHtml(question, locale)}</div>`);
  if (numeric) {
    body.ele("p").ele("textEntryInteraction", { responseIdentifier: "RESPONSE", expectedLength: "12" });
  } else {
    const interaction = body.ele("choiceInteraction", { responseIdentifier: "RESPONSE", shuffle: "true", maxChoices: "1" });
    answers.forEach((a, i) => interaction.ele("simpleChoice", { identifier: ids[i]! }).txt(a.text));
  }

  const processing = item.ele("responseProcessing");
  const scoring = processing.ele("responseCondition");
  const correct = scoring.ele("responseIf");
  correct.ele("match").ele("variable", { identifier: "RESPONSE" }).up().ele("correct", { identifier: "RESPONSE" });
  setOutcome(correct, "SCORE", "float", "1");
  setOutcome(scoring.ele("responseElse"), "SCORE", "float", "0");
  // Which feedback: the answer given, matched exactly; anything else (a typed number no mistake explains) OTHER.
  const feedback = processing.ele("responseCondition");
  answers.forEach((a, i) => {
    const branch = feedback.ele(i === 0 ? "responseIf" : "responseElseIf");
    if (numeric)
      branch.ele("equal", { toleranceMode: "exact" }).ele("variable", { identifier: "RESPONSE" }).up().ele("baseValue", { baseType: "float" }).txt(a.text);
    else branch.ele("match").ele("variable", { identifier: "RESPONSE" }).up().ele("baseValue", { baseType: "identifier" }).txt(ids[i]!);
    setOutcome(branch, "FEEDBACK", "identifier", ids[i]!);
  });
  setOutcome(feedback.ele("responseElse"), "FEEDBACK", "identifier", "OTHER");

  answers.forEach((a, i) => item.ele("modalFeedback", { outcomeIdentifier: "FEEDBACK", identifier: ids[i]!, showHide: "show" }).txt(a.feedback));
  item.ele("modalFeedback", { outcomeIdentifier: "FEEDBACK", identifier: "OTHER", showHide: "show" }).txt(otherFeedback(locale));
  return item.end({ prettyPrint: true });
}

export interface QtiFile {
  path: string;
  xml: string;
}

/** The package's files: one item per variant, the test, and the manifest. */
export function toQtiFiles(groups: readonly ExportGroup[], testTitle: string, locale: Locale): QtiFile[] {
  const items: { id: string; path: string; xml: string; group: number }[] = [];
  groups.forEach((group, g) =>
    group.questions.forEach((question, v) => {
      const id = `ITEM_${g + 1}_${v + 1}`;
      items.push({
        id,
        path: `items/${id}.xml`,
        group: g,
        xml: toQtiItem(question, id, group.questions.length > 1 ? `${group.name} (${v + 1})` : group.name, locale),
      });
    }),
  );

  const test = create({ version: "1.0", encoding: "UTF-8" }).ele(QTI_NS, "assessmentTest", {
    "xmlns:xsi": XSI,
    "xsi:schemaLocation": QTI_XSD,
    identifier: "TEST",
    title: testTitle,
  });
  test.ele("outcomeDeclaration", { identifier: "SCORE", cardinality: "single", baseType: "float" }).ele("defaultValue").ele("value").txt("0");
  const part = test.ele("testPart", { identifier: "PART_1", navigationMode: "linear", submissionMode: "individual" });
  groups.forEach((group, g) => {
    const section = part.ele("assessmentSection", { identifier: `SECTION_${g + 1}`, title: group.name, visible: "true" });
    section.ele("selection", { select: "1" });
    for (const item of items.filter((i) => i.group === g)) section.ele("assessmentItemRef", { identifier: item.id, href: item.path });
  });
  const outcome = test.ele("outcomeProcessing").ele("setOutcomeValue", { identifier: "SCORE" }).ele("sum");
  outcome.ele("testVariables", { variableIdentifier: "SCORE" });

  const manifest = create({ version: "1.0", encoding: "UTF-8" }).ele(CP_NS, "manifest", { identifier: "MANIFEST_1" });
  const metadata = manifest.ele("metadata");
  metadata.ele("schema").txt("QTIv2.1 Package");
  metadata.ele("schemaversion").txt("1.0.0");
  manifest.ele("organizations");
  const resources = manifest.ele("resources");
  const testResource = resources.ele("resource", { identifier: "RES_TEST", type: "imsqti_test_xmlv2p1", href: "assessment.xml" });
  testResource.ele("file", { href: "assessment.xml" });
  for (const item of items) testResource.ele("dependency", { identifierref: `RES_${item.id}` });
  for (const item of items)
    resources.ele("resource", { identifier: `RES_${item.id}`, type: "imsqti_item_xmlv2p1", href: item.path }).ele("file", { href: item.path });

  return [
    { path: "imsmanifest.xml", xml: manifest.end({ prettyPrint: true }) },
    { path: "assessment.xml", xml: test.end({ prettyPrint: true }) },
    ...items.map(({ path, xml }) => ({ path, xml })),
  ];
}

/** The zip Canvas and Blackboard import. */
export function toQtiPackage(files: readonly QtiFile[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.xml)])), { level: 6, mtime: new Date("2020-01-01T00:00:00Z") });
}

export { escapeHtml };

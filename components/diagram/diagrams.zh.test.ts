import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { diagramLabels } from "@/components/practice/diagram-labels";
import { masteryMapLabels } from "@/components/progress/map-labels";
import { sequenceLabels, stateLabels } from "@/components/simulator/diagram-labels";
import { messages } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { describeZhStyleProblems, findZhStyleProblems } from "@/lib/i18n/zh-style";
import { lossCloseTrace, openCloseTrace } from "./fixtures";
import { SequenceDiagram } from "./sequence-diagram";
import { StateDiagram } from "./state-diagram";

// The diagrams' spoken text is assembled from many messages; in Chinese every joint must follow
// the glossary too (no ", " or ". " glued between Chinese sentences).
const unescape = (text: string) => text.replaceAll("&#x27;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
const items = (html: string) => [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => unescape(m[1]!));
const ariaLabels = (html: string) => [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => unescape(m[1]!));
const problemsOf = (texts: readonly string[]) =>
  texts.flatMap((text) => {
    const problems = findZhStyleProblems(text);
    return problems.length ? [`${text}\n${describeZhStyleProblems(problems)}`] : [];
  });

const practice = createTranslator(messages.zh, "practice");
const simulator = createTranslator(messages.zh, "simulator");
const progress = createTranslator(messages.zh, "progress");

describe("diagrams spoken in Chinese", () => {
  it("the sequence diagram's list and name follow the glossary, with practice's and the simulator's words", () => {
    for (const labels of [diagramLabels(practice), sequenceLabels(simulator)]) {
      for (const trace of [openCloseTrace, lossCloseTrace]) {
        const html = renderToStaticMarkup(createElement(SequenceDiagram, { trace, labels, title: "完整过程" }));
        expect(problemsOf([...items(html), ...ariaLabels(html)])).toEqual([]);
      }
    }
    const html = renderToStaticMarkup(createElement(SequenceDiagram, { trace: openCloseTrace, labels: diagramLabels(practice) }));
    expect(items(html)).toContain("第 2 步：B 向 A 发送报文段 2：SYN,ACK，序列号 5000，确认号 1001。A 在第 3 步收到它。");
    expect(ariaLabels(html)[0]).toMatch(/^TCP 时序图。A（左）与 B（右）之间共 9 个报文段/);
  });

  it("the state diagram's name and summary follow the glossary, in the simulator and on the mastery map", () => {
    const simulatorHtml = renderToStaticMarkup(
      createElement(StateDiagram, {
        labels: stateLabels(simulator),
        current: { A: "ESTABLISHED", B: "CLOSE-WAIT" },
        lastTransition: { side: "B", from: "ESTABLISHED", to: "CLOSE-WAIT" },
      }),
    );
    const mapHtml = renderToStaticMarkup(createElement(StateDiagram, { labels: masteryMapLabels(progress, "zh"), edgeScores: { "CLOSED>LISTEN": 0.5 } }));
    expect(problemsOf([...ariaLabels(simulatorHtml), ...ariaLabels(mapHtml)])).toEqual([]);
    expect(ariaLabels(simulatorHtml)).toContain(
      "TCP 状态图（RFC 9293 图 5）。TCP 的十一个状态以及它们之间的转换。A 处于 ESTABLISHED 状态。B 处于 CLOSE-WAIT 状态。最近一次转换：B 从 ESTABLISHED 进入 CLOSE-WAIT。",
    );
  });
});

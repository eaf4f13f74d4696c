import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { edgeKey } from "@/lib/tcp/state-graph";
import { color } from "./diagram-style";
import { lossCloseTrace, openCloseTrace } from "./fixtures";
import { SequenceDiagram, type SequenceDiagramProps } from "./sequence-diagram";
import { StateDiagram, type StateDiagramProps } from "./state-diagram";
import { STATE_EDGES } from "./state-layout";

const sequence = (props: Partial<SequenceDiagramProps> = {}) => renderToStaticMarkup(createElement(SequenceDiagram, { trace: openCloseTrace, ...props }));
const state = (props: StateDiagramProps = {}) => renderToStaticMarkup(createElement(StateDiagram, props));
const esc = (text: string) => text.replace(/[()[\]{}.*+?^$|\\]/g, "\\$&");
/** The visually-hidden list items, as text. */
const items = (html: string) => [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!.replaceAll("&#x27;", "'"));

describe("SequenceDiagram markup", () => {
  it("labels each arrow with its control bits and numbers", () => {
    const html = sequence();
    for (const label of ["SYN seq=1000", "SYN,ACK seq=5000 ack=1001", "ACK seq=1001 ack=5001", "FIN,ACK seq=1001 ack=5001", "ACK seq=5001 ack=1002 len=100"]) {
      expect(html).toContain(label);
    }
    expect(html).toContain("+240 s");
    expect(html).toContain("TIME-WAIT");
  });

  it("is an image with a summary, followed by a spoken list of every segment and state change", () => {
    const html = sequence({ title: "Opening and closing" });
    expect(html).toMatch(
      /<svg[^>]*role="img"[^>]*aria-label="Opening and closing\. TCP sequence diagram\. 9 segments between A \(left\) and B \(right\), over 15 steps/,
    );
    const list = items(html);
    expect(list).toContain("Step 2: B sends segment 2 to A: SYN, ACK, sequence number 5000, acknowledgment number 1001. A receives it at step 3.");
    expect(list).toContain("After step 12, A is in state TIME-WAIT.");
    expect(list).toContain("240 seconds pass. A's TIME-WAIT timer (2 MSL) expires.");
    expect(list.filter((t) => t.includes(" sends segment "))).toHaveLength(9);
    // In the order of the figure: the handshake first, the expiry last.
    expect(list.findIndex((t) => t.startsWith("Step 1:"))).toBeLessThan(list.findIndex((t) => t.startsWith("Step 2:")));
    expect(list[list.length - 1]).toBe("After step 14, A is in state CLOSED.");
  });

  it("speaks of losses, copies and segments still in flight", () => {
    const list = items(renderToStaticMarkup(createElement(SequenceDiagram, { trace: lossCloseTrace })));
    expect(list.find((t) => t.includes("segment 4 "))).toMatch(/It is lost\.$/);
    expect(list.find((t) => t.includes("segment 13 "))).toMatch(/a duplicate or an injected segment.*still in flight/);
  });

  it("draws a hidden value that is not asked for as '?', never as a numbered blank (issue 17, bug 10)", () => {
    const html = sequence({ hiddenFields: [{ segment: 2, field: "ack" }], numberBlanks: false });
    expect(html).toContain(">?<");
    expect(html).not.toContain("(1)");
    expect(html).not.toContain("ack=1001<");
    expect(items(html).some((t) => t.includes("acknowledgment number a hidden value"))).toBe(true);
    expect(items(html).join(" ")).not.toContain("blank");
  });

  it("draws blanks instead of hidden values, in the figure and in the words", () => {
    const html = sequence({
      hiddenFields: [
        { segment: 2, field: "ack" },
        { step: 12, side: "A", field: "state" },
      ],
    });
    expect(html).toContain("SYN,ACK seq=5000 ack=");
    expect(html).not.toContain("ack=1001<");
    expect(html).toContain(">(1)<");
    expect(html).toContain(">(2)<");
    expect(html).not.toContain("TIME-WAIT");
    expect(items(html)).toContain("After step 12, A is in state blank 2.");
    expect(items(html).some((t) => t.includes("acknowledgment number blank 1"))).toBe(true);
  });

  it("takes its words from the labels prop", () => {
    const html = sequence({
      labels: { sides: { A: "客户端", B: "服务器" }, segmentSent: "第 {step} 步：{from} 发送报文段 {id} 给 {to}：{fields}。", timeJump: "+{seconds} 秒" },
    });
    expect(html).toContain("客户端");
    expect(html).toContain("+240 秒");
    expect(items(html)).toContain("第 1 步：客户端 发送报文段 1 给 服务器：SYN, sequence number 1000。 服务器 receives it at step 2.");
  });

  it("draws an empty trace and a single segment without failing", () => {
    const empty = renderToStaticMarkup(createElement(SequenceDiagram, { trace: { segments: [], steps: [] } }));
    expect(empty).toContain("0 segments");
    const one = renderToStaticMarkup(
      createElement(SequenceDiagram, { trace: { segments: openCloseTrace.segments.slice(0, 1), steps: openCloseTrace.steps.slice(0, 2) } }),
    );
    expect(one).toContain("SYN seq=1000");
    expect(items(one).at(-2)).toBe("Step 1: A sends segment 1 to B: SYN, sequence number 1000. It is still in flight at the end.");
  });

  it("marks the highlighted step's segments", () => {
    const plain = sequence();
    const lit = sequence({ highlightStep: 2 });
    expect(plain).not.toContain(color.accent);
    // Step 2 receives segment 1 and sends segment 2: both arrows and their labels take the accent colour.
    expect(lit.match(new RegExp(`<g stroke="${esc(color.accent)}"`, "g"))).toHaveLength(2);
    expect(lit).toMatch(new RegExp(`fill="${esc(color.accent)}" font-weight="700"><text[^>]*>SYN seq=1000<`));
    expect(lit).toMatch(new RegExp(`fill="${esc(color.accent)}" font-weight="700"><text[^>]*>SYN,ACK seq=5000 ack=1001<`));
    expect(lit).toContain(color.accentSoft);
  });
});

describe("StateDiagram markup", () => {
  it("shows the eleven states and labels its edges", () => {
    const html = state();
    for (const s of [
      "CLOSED",
      "LISTEN",
      "SYN-SENT",
      "SYN-RECEIVED",
      "ESTABLISHED",
      "FIN-WAIT-1",
      "FIN-WAIT-2",
      "CLOSE-WAIT",
      "CLOSING",
      "LAST-ACK",
      "TIME-WAIT",
    ]) {
      expect(html).toContain(`>${s}<`);
    }
    expect(html).toContain("snd SYN,ACK");
    expect(html).toContain("timeout=2MSL");
  });

  it("marks where A and B are and the last transition, in the figure and the summary", () => {
    const html = state({ current: { A: "FIN-WAIT-1", B: "CLOSE-WAIT" }, lastTransition: { side: "B", from: "ESTABLISHED", to: "CLOSE-WAIT" } });
    expect(html).toMatch(/aria-label="[^"]*A is in FIN-WAIT-1\. B is in CLOSE-WAIT\. Last transition: B went from ESTABLISHED to CLOSE-WAIT\./);
    expect(html).toMatch(new RegExp(`<g stroke="${esc(color.sideB)}"[^>]*data-edge="ESTABLISHED&gt;CLOSE-WAIT"`));
    // One badge each.
    expect(html.match(new RegExp(`<rect[^>]*fill="${esc(color.badgeA)}"`, "g"))).toHaveLength(1);
    expect(html.match(new RegExp(`<rect[^>]*fill="${esc(color.badgeB)}"`, "g"))).toHaveLength(1);
  });

  it("colours edges by score and lists every score for screen readers", () => {
    const html = state({
      edgeScores: { [edgeKey("CLOSED", "LISTEN")]: 1, [edgeKey("LISTEN", "SYN-RECEIVED")]: 0.72, [edgeKey("ESTABLISHED", "CLOSE-WAIT")]: null },
    });
    expect(html).toMatch(/<g stroke="#16a34a"[^>]*data-edge="CLOSED&gt;LISTEN"/);
    const rows = [...html.matchAll(/<tr><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g)].map((m) => m.slice(1));
    expect(rows).toHaveLength(STATE_EDGES.length);
    expect(rows).toContainEqual(["LISTEN", "SYN-RECEIVED", "rcv SYN / snd SYN,ACK", "72%"]);
    expect(rows).toContainEqual(["ESTABLISHED", "CLOSE-WAIT", "rcv FIN / snd ACK", "no data"]);
    expect(rows).toContainEqual(["ESTABLISHED", "CLOSED", "abort, RST or time-out", "no data"]);
    expect(html).toContain("100%");
  });

  it("has no score column without scores", () => {
    expect(state()).not.toContain(">Score<");
  });
});

import { asState, stateInput } from "../inputs";
import { pickBytes, pickIsns } from "../params";
import { explanationDiagram } from "../state-question";
import type { Template } from "../template";
import { join, L } from "../text";
import { questionDiagram } from "../trace-view";
import type { Distractor } from "../types";
import { topicStory, variantOf } from "./topic-kit";

/** CLOSE before the connection is established: in LISTEN, and in SYN-RECEIVED (RFC 9293 3.10.4). */

const CLOSE_EARLY_RULE = L(
  "RFC 9293 (3.10.4) says what CLOSE does in each state. In LISTEN there is no connection yet: the TCB is deleted and the endpoint is CLOSED, with nothing sent. In SYN-RECEIVED the peer's SYN is already acknowledged: if no data is waiting to be sent, CLOSE sends a FIN and enters FIN-WAIT-1; otherwise the CLOSE waits behind the data, which goes once the connection is ESTABLISHED, and the FIN follows it.",
  "RFC 9293（第 3.10.4 节）规定了 CLOSE 在各个状态下的处理。在 LISTEN 状态还没有连接：删除 TCB，端点进入 CLOSED，不发送任何报文段。在 SYN-RECEIVED 状态，对方的 SYN 已被确认：如果没有等待发送的数据，CLOSE 发送 FIN 并进入 FIN-WAIT-1；否则 CLOSE 排在数据之后，数据在连接进入 ESTABLISHED 后发出，FIN 随后发出。",
);

export const closeEarlyState: Template = {
  id: "close-early-state",
  concept: "handshake-states",
  kind: "state",
  title: L("CLOSE in LISTEN or SYN-RECEIVED", "在 LISTEN 或 SYN-RECEIVED 状态调用 CLOSE"),
  build({ rng, difficulty, seed }) {
    const variant = variantOf(seed, 3); // 0: LISTEN, 1: SYN-RECEIVED with nothing queued, 2: SYN-RECEIVED with data queued
    const story = topicStory({ isn: pickIsns(rng, difficulty) });
    story.call("listen", "B");
    const bytes = pickBytes(rng, difficulty);
    if (variant > 0) {
      story.call("connect", "A");
      story.deliver({ from: "A", flags: ["SYN"] });
      if (variant === 2) story.send("B", bytes);
    }
    const shown = story.stepCount;
    const closeStep = story.call("close", "B");
    const { scenario, run } = story.finish();
    const key = run.trace.steps[closeStep]!.states.B;
    const distractors: Distractor[] = [
      [
        { response: asState("LISTEN"), misconception: "close-in-listen-keeps-listening" },
        { response: asState("FIN-WAIT-1"), misconception: "close-in-listen-sends-fin" },
      ],
      [
        { response: asState("CLOSED"), misconception: "close-in-syn-received-deletes" },
        { response: asState("LISTEN"), misconception: "close-in-syn-received-to-listen" },
      ],
      [
        { response: asState("FIN-WAIT-1"), misconception: "close-skips-queued-data" },
        { response: asState("CLOSED"), misconception: "close-in-syn-received-deletes" },
      ],
    ][variant]!;
    const situation = [
      L(
        "B's application listens on a port (a passive OPEN) and then calls CLOSE before any SYN has arrived.",
        "B 的应用在某个端口上监听（被动打开），然后在任何 SYN 到达之前调用了 CLOSE。",
      ),
      L(
        "B listens; A's SYN arrives and B answers with a SYN,ACK, so B is in SYN-RECEIVED. Before A's ACK arrives, B's application calls CLOSE on this connection; it has sent no data.",
        "B 正在监听；A 的 SYN 到达，B 用 SYN,ACK 应答，于是 B 处于 SYN-RECEIVED。在 A 的 ACK 到达之前，B 的应用对这个连接调用了 CLOSE；它没有发送过任何数据。",
      ),
      L(
        `B listens; A's SYN arrives and B answers with a SYN,ACK, so B is in SYN-RECEIVED. Before A's ACK arrives, B's application calls SEND with ${bytes} bytes, which wait for the connection to be established, and then calls CLOSE.`,
        `B 正在监听；A 的 SYN 到达，B 用 SYN,ACK 应答，于是 B 处于 SYN-RECEIVED。在 A 的 ACK 到达之前，B 的应用调用 SEND 发送 ${bytes} 字节（这些数据要等连接建立后才发出），然后调用了 CLOSE。`,
      ),
    ][variant]!;
    const here = [
      L("Here B went from LISTEN to CLOSED and sent nothing.", "本例中 B 从 LISTEN 进入 CLOSED，没有发送任何报文段。"),
      L(
        "Here B sent its FIN at once and went from SYN-RECEIVED to FIN-WAIT-1; the FIN follows the SYN,ACK on its way to A.",
        "本例中 B 立即发送 FIN，从 SYN-RECEIVED 进入 FIN-WAIT-1；这个 FIN 紧随 SYN,ACK 发往 A。",
      ),
      L(
        `Here ${bytes} bytes are queued, so B stays in SYN-RECEIVED and sends nothing yet; when A's ACK arrives, B sends the data, then its FIN, and enters FIN-WAIT-1.`,
        `本例中有 ${bytes} 字节在排队，所以 B 仍处于 SYN-RECEIVED，暂不发送任何报文段；A 的 ACK 到达后，B 先发送数据，再发送 FIN，并进入 FIN-WAIT-1。`,
      ),
    ][variant]!;
    return {
      prompt: L(`${situation.en} What state is B in right after the CLOSE call?`, `${situation.zh}调用 CLOSE 之后，B 立即处于什么状态？`),
      input: stateInput(),
      diagram: questionDiagram(scenario, shown),
      scenario,
      scenarioIsPublic: false,
      key: asState(key),
      keyText: L(`B is in ${key}.`, `B 处于 ${key} 状态。`),
      distractors: distractors.map((d) => ({ ...d, about: { side: "B", step: closeStep } })),
      explanation: { text: join([CLOSE_EARLY_RULE, here]), rfc: "3.10.4", diagram: explanationDiagram(run, closeStep) },
    };
  },
};

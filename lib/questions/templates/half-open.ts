import { seqAdd } from "../../tcp";
import { asNumber, numberInput } from "../inputs";
import { numberDistractors } from "../number-question";
import { pickBytes, pickIsns } from "../params";
import { explanationDiagram } from "../state-question";
import { openConnection } from "../story";
import type { Template } from "../template";
import { L } from "../text";
import { questionDiagram } from "../trace-view";
import { topicStory, waitForTimer } from "./topic-kit";

/** Half-open connections found by keep-alive (RFC 9293 3.8.4, RFC 1122 4.2.3.6, Figures 9 and 10). */

const KEEPALIVE_RULE = L(
  "Keep-alive lets an endpoint find a peer that vanished without a word (a half-open connection): after the connection has been idle for the idle time, it sends a probe that repeats its last acknowledged byte, <SEQ=SND.NXT-1><ACK=RCV.NXT>, which a live peer must answer with an ACK; then one probe every interval while nothing arrives, and after the last unanswered probe it waits one more interval and gives up.",
  "保活机制让端点能发现不辞而别的对端（半开连接）：连接空闲满空闲时间后，它发送一个重复最后一个已确认字节的探测报文段 <SEQ=SND.NXT-1><ACK=RCV.NXT>，存活的对端必须用 ACK 应答；此后只要没有收到任何报文段，就每隔一个间隔时间发送一个探测报文段，最后一个探测报文段仍无应答时，再等一个间隔时间就放弃连接。",
);

export const keepaliveGiveUpTime: Template = {
  id: "keepalive-give-up-time",
  concept: "half-open",
  kind: "number",
  title: L("When keep-alive gives up", "保活机制何时放弃"),
  build({ rng, difficulty }) {
    const idle = rng.pick(difficulty === 1 ? [60, 120, 300] : [45, 60, 120, 600, 7200]);
    const interval = rng.pick([5, 10, 30, 75]);
    const probes = difficulty === 1 ? rng.int(2, 4) : rng.int(2, 9);
    const story = topicStory({ isn: pickIsns(rng, difficulty), keepAlive: { B: { idle, interval, probes } } });
    openConnection(story, "A", "B");
    const shown = story.stepCount;
    // A's host is switched off: nothing B sends arrives, and A sends nothing.
    while (story.current.tcb.B.state === "ESTABLISHED") {
      waitForTimer(story, "B", "keep-alive");
      if (story.hasInFlight({ from: "B" })) story.drop({ from: "B" });
    }
    const { scenario, run } = story.finish();
    const closedStep = run.trace.steps.length - 1;
    const start = run.trace.steps[shown - 1]!.t;
    const key = run.trace.steps[closedStep]!.t - start;
    return {
      prompt: L(
        `A and B have an idle established connection. B uses keep-alive with an idle time of ${idle} s, an interval of ${interval} s and ${probes} probes. Right after the handshake A's host is switched off, so nothing B sends is answered. How many seconds after the handshake does B give the connection up?`,
        `A 与 B 之间有一个空闲的已建立连接。B 启用了保活：空闲时间 ${idle} 秒，间隔 ${interval} 秒，探测 ${probes} 次。握手刚完成，A 的主机就断电了，因此 B 发出的任何报文段都得不到应答。握手完成后多少秒，B 放弃该连接？`,
      ),
      input: numberInput("seconds", L("seconds after the handshake", "握手完成后的秒数")),
      diagram: questionDiagram(scenario, shown),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`${key} seconds`, `${key} 秒`),
      distractors: numberDistractors([
        [idle + (probes - 1) * interval, "keepalive-gives-up-at-last-probe"],
        [probes * interval, "keepalive-idle-forgotten"],
      ]),
      explanation: {
        text: L(
          `${KEEPALIVE_RULE.en} Here the first probe goes at ${idle} s, the ${probes}th at ${idle} + ${probes - 1} x ${interval} = ${idle + (probes - 1) * interval} s, and B gives up one interval later: ${key} s ("connection timed out").`,
          `${KEEPALIVE_RULE.zh}本例中第一个探测报文段在 ${idle} 秒时发出，第 ${probes} 个在 ${idle} + ${probes - 1} x ${interval} = ${idle + (probes - 1) * interval} 秒时发出，再过一个间隔，B 在 ${key} 秒时放弃（连接超时）。`,
        ),
        rfc: "3.8.4",
        diagram: explanationDiagram(run, closedStep),
      },
    };
  },
};

export const keepaliveProbeSeq: Template = {
  id: "keepalive-probe-seq",
  concept: "half-open",
  kind: "number",
  title: L("The sequence number of a keep-alive probe", "保活探测报文段的序列号"),
  build({ rng, difficulty }) {
    const idle = rng.pick([60, 120, 7200]);
    const story = topicStory({ isn: pickIsns(rng, difficulty), keepAlive: { B: { idle, interval: 75, probes: 9 } } });
    openConnection(story, "A", "B");
    const sentByB = Math.max(2, pickBytes(rng, difficulty));
    const sentByA = pickBytes(rng, difficulty);
    story.send("B", sentByB);
    story.step({ deliver: "all" });
    story.send("A", sentByA);
    story.step({ deliver: "all" });
    const shown = story.stepCount;
    const tcb = story.current.tcb.B;
    waitForTimer(story, "B", "keep-alive");
    const probe = story.inFlight({ from: "B" });
    story.step({ deliver: "all" });
    const { scenario, run } = story.finish();
    const key = probe.seq;
    return {
      prompt: L(
        `A and B have an established connection. B has sent ${sentByB} bytes and A ${sentByA} bytes, all acknowledged; now B's SND.NXT is ${tcb.sndNxt} and its RCV.NXT is ${tcb.rcvNxt}. The connection then stays idle, and after ${idle} s B sends a keep-alive probe. What sequence number does the probe carry?`,
        `A 与 B 之间有一个已建立的连接。B 已发送 ${sentByB} 字节，A 已发送 ${sentByA} 字节，全部已被确认；此时 B 的 SND.NXT 为 ${tcb.sndNxt}，RCV.NXT 为 ${tcb.rcvNxt}。随后连接保持空闲，${idle} 秒后 B 发送一个保活探测报文段。该探测报文段的序列号是多少？`,
      ),
      input: numberInput("seq", L("seq of the probe", "探测报文段的序列号 seq")),
      diagram: questionDiagram(scenario, shown),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`seq = ${key}`, `序列号 seq = ${key}`),
      distractors: numberDistractors([
        [tcb.sndNxt, "keepalive-probe-new-byte"],
        [tcb.rcvNxt, "ack-number-as-seq"],
      ]),
      explanation: {
        text: L(
          `${KEEPALIVE_RULE.en} So seq = SND.NXT - 1 = ${tcb.sndNxt} - 1 = ${key}: A finds it below its window and answers with an ACK (RFC 9293 3.10.7.4, first), which tells B that A is still there.`,
          `${KEEPALIVE_RULE.zh}因此 seq = SND.NXT - 1 = ${tcb.sndNxt} - 1 = ${key}${seqAdd(tcb.sndNxt, -1) > tcb.sndNxt ? "（按 2^32 取模回绕）" : ""}：A 发现它在窗口之下，用 ACK 应答（RFC 9293 第 3.10.7.4 节第一步），B 由此得知 A 仍然在线。`,
        ),
        rfc: "3.8.4",
        diagram: explanationDiagram(run, run.trace.steps.length - 1),
      },
    };
  },
};

import { cookieSlot, seqAdd, synCookie } from "../../tcp";
import { choices } from "../choice-question";
import { asNumber, numberInput } from "../inputs";
import { numberDistractors, wrapMistake } from "../number-question";
import { pickIsns } from "../params";
import type { Rng } from "../random";
import { segmentOf, stepReceiving } from "../run-read";
import { explanationDiagram } from "../state-question";
import type { Template } from "../template";
import { L } from "../text";
import { questionDiagram } from "../trace-view";
import type { Difficulty } from "../types";
import { topicStory, variantOf } from "./topic-kit";

/**
 * SYN flood, SYN cookies and the two listen queues (Kurose & Ross 3.5.6, RFC 4987), run on the
 * engine's listener extension: B's listening socket keeps half-open connections in its SYN queue
 * and finished ones, not yet accepted, in its accept queue.
 */

const QUEUE_RULE = L(
  "A listening socket keeps each half-open connection (SYN received, SYN,ACK sent, waiting for the ACK) in its SYN queue, and each connection whose handshake is complete in its accept queue until the application calls accept. An attacker who sends SYNs from forged addresses never answers the SYN,ACKs, so the SYN queue fills with entries that stay until the server gives up on them.",
  "监听套接字把每个半开的连接（已收到 SYN、已发出 SYN,ACK、正在等待 ACK）放在半连接队列中，把已完成握手的连接放在全连接队列中，直到应用调用 accept。攻击者用伪造的地址发送 SYN，从不应答 SYN,ACK，于是半连接队列被这些条目占满，直到服务器放弃它们为止。",
);

const COOKIE_RULE = L(
  "With SYN cookies, a server whose SYN queue is full still answers a SYN with a SYN,ACK, but keeps nothing: the ISN of its SYN,ACK (the cookie) encodes a time slot, an MSS index and a keyed hash of the connection's addresses, ports and the client's ISN. When the client's ACK arrives with ack = cookie + 1, the server recomputes the hash, and if it matches it builds the connection from the ACK alone. What the cookie cannot hold (options beyond the MSS index, such as window scaling) is lost.",
  "启用 SYN cookie 后，半连接队列已满的服务器仍会用 SYN,ACK 应答 SYN，但不保存任何状态：SYN,ACK 的初始序列号（即 cookie）编码了时间片、MSS 索引，以及由连接的地址、端口和客户端 ISN 算出的带密钥散列值。客户端的 ACK 带着 ack = cookie + 1 到达时，服务器重新计算散列值，若一致，就仅凭这个 ACK 建立连接。cookie 装不下的内容（MSS 索引之外的选项，例如窗口缩放）会丢失。",
);

/** B listens with a SYN queue of `synQueue`; `spoofed` SYNs from forged ports arrive and their SYN,ACKs are lost. */
function flood(rng: Rng, difficulty: Difficulty, o: { synQueue: number; spoofed: number; synCookies: boolean; acceptQueue?: number; waitFirst?: number }) {
  const isn = pickIsns(rng, difficulty);
  const story = topicStory({
    isn,
    listener: { synQueue: o.synQueue, synCookies: o.synCookies, ...(o.acceptQueue === undefined ? {} : { acceptQueue: o.acceptQueue }) },
  });
  story.call("listen", "B");
  if (o.waitFirst) story.wait(o.waitFirst);
  const firstPort = rng.int(20000, 60000);
  for (let k = 0; k < o.spoofed; k++) story.step({ inject: { to: "B", flags: ["SYN"], seq: rng.int(0, 2 ** 32 - 1), ack: 0, len: 0, port: firstPort + k } });
  for (let k = 0; k < o.spoofed; k++) story.deliver({ flags: ["SYN"] });
  // The forged sources do not exist: B's answers to them are lost.
  while (story.hasInFlight({ from: "B" })) story.drop({ from: "B" });
  return { story, isn };
}

const ask = (q: number, n: number) =>
  L(
    `B listens with a SYN queue of ${q} entries. An attacker sends ${n} SYNs from forged addresses, which never answer B's SYN,ACKs.`,
    `B 正在监听，半连接队列可容纳 ${q} 个条目。攻击者从伪造的地址发送了 ${n} 个 SYN，这些地址从不应答 B 的 SYN,ACK。`,
  );

export const synFloodClientFate: Template = {
  id: "syn-flood-client-fate",
  concept: "syn-flood",
  kind: "choice",
  title: L("A SYN during a SYN flood", "SYN 洪泛期间到达的 SYN"),
  build({ rng, difficulty, seed }) {
    const variant = variantOf(seed, 3); // 0: queue full, 1: full with cookies, 2: room left
    const synQueue = difficulty === 1 ? rng.int(2, 4) : rng.int(3, 8);
    const spoofed = variant === 2 ? rng.int(1, synQueue - 1) : synQueue + (difficulty === 3 ? rng.int(0, 3) : 0);
    const cookies = variant === 1 || (variant === 2 && rng.chance(0.5));
    const { story } = flood(rng, difficulty, { synQueue, spoofed, synCookies: cookies });
    story.call("connect", "A");
    const shown = story.stepCount;
    const synStep = story.stepCount;
    story.deliver({ from: "A", flags: ["SYN"] });
    story.step({ deliver: "all" });
    const { scenario, run } = story.finish();
    const answered = (run.trace.steps[synStep]?.sent.length ?? 0) > 0;
    const bHolds = (run.trace.steps[synStep]?.listener?.synQueue ?? 0) > (run.trace.steps[synStep - 1]?.listener?.synQueue ?? 0);
    const options = choices(rng, [
      {
        text: L(
          "B sends nothing and keeps nothing: its SYN queue is full, so A must retransmit its SYN later.",
          "B 不发送任何报文段，也不保存任何状态：它的半连接队列已满，A 只能稍后重传 SYN。",
        ),
        correct: !answered,
        misconception: "syn-flood-always-drops",
      },
      {
        text: L(
          "B answers with a SYN,ACK whose ISN is a SYN cookie and keeps no entry; A's ACK will rebuild the connection.",
          "B 用初始序列号为 SYN cookie 的 SYN,ACK 应答，且不保存任何条目；A 的 ACK 到达后将重建连接。",
        ),
        correct: answered && !bHolds,
        misconception: "syn-cookie-always",
      },
      {
        text: L(
          "B answers with a SYN,ACK and keeps a SYN-RECEIVED entry for A in its SYN queue.",
          "B 用 SYN,ACK 应答，并在半连接队列中为 A 保存一个 SYN-RECEIVED 条目。",
        ),
        correct: answered && bHolds,
        misconception: "syn-queue-unbounded",
      },
      {
        text: L("B answers with a RST to tell A that it is overloaded.", "B 用 RST 应答，告诉 A 它已过载。"),
        correct: false,
        misconception: variant === 2 ? "flooded-listener-sends-rst" : "overload-sends-rst",
      },
    ]);
    const setting = cookies ? L("SYN cookies are enabled on B.", "B 启用了 SYN cookie。") : L("SYN cookies are disabled on B.", "B 没有启用 SYN cookie。");
    return {
      prompt: L(
        `${ask(synQueue, spoofed).en} ${setting.en} Then A, a real client, connects to B. What does B do with A's SYN?`,
        `${ask(synQueue, spoofed).zh}${setting.zh}随后真正的客户端 A 连接 B。B 如何处理 A 的 SYN？`,
      ),
      ...options,
      diagram: questionDiagram(scenario, shown),
      scenario,
      scenarioIsPublic: false,
      explanation: {
        text: L(
          `${QUEUE_RULE.en} ${cookies ? COOKIE_RULE.en : ""} In this run B's SYN queue held ${run.trace.steps[synStep - 1]?.listener?.synQueue ?? 0} of ${synQueue} entries when A's SYN arrived, so ${!answered ? "B dropped it" : bHolds ? "B queued it" : "B answered with a cookie"}.`.replace(
            "  ",
            " ",
          ),
          `${QUEUE_RULE.zh}${cookies ? COOKIE_RULE.zh : ""}本例中 A 的 SYN 到达时，B 的半连接队列已有 ${run.trace.steps[synStep - 1]?.listener?.synQueue ?? 0} 个条目（上限 ${synQueue}），所以${!answered ? " B 丢弃了它" : bHolds ? " B 把它放入了队列" : " B 用 cookie 作了应答"}。`,
        ),
        rfc: "3.10.7.2",
        diagram: explanationDiagram(run, synStep),
      },
    };
  },
};

export const synCookieAck: Template = {
  id: "syn-cookie-ack",
  concept: "syn-flood",
  kind: "number",
  title: L("The ACK of a SYN cookie", "对 SYN cookie 的确认"),
  build({ rng, difficulty }) {
    const synQueue = rng.int(1, 4);
    // At levels 2 and 3 the flood comes later, so the cookie's time slot (64 s units) is not 0.
    const waitFirst = difficulty === 1 ? 0 : rng.int(1, 30) * (difficulty === 3 ? 64 : 1);
    const { story, isn } = flood(rng, difficulty, { synQueue, spoofed: synQueue, synCookies: true, waitFirst });
    story.call("connect", "A");
    story.deliver({ from: "A", flags: ["SYN"] });
    const synAckId = story.inFlight({ from: "B", flags: ["SYN", "ACK"] }).id;
    const shown = story.stepCount;
    story.deliver({ from: "B", flags: ["SYN", "ACK"] });
    story.step({ deliver: "all" });
    const { scenario, run } = story.finish();
    const synAck = segmentOf(run, synAckId);
    const key = seqAdd(synAck.seq, 1);
    const slot = cookieSlot(run.states[shown]!.nowUs);
    if (synCookie(isn.B, null, isn.A, slot) !== synAck.seq) throw new Error("syn-cookie-ack: the SYN,ACK is not a cookie");
    const finalStep = stepReceiving(run, synAckId + 1) ?? run.trace.steps.length - 1;
    return {
      prompt: L(
        `${ask(synQueue, synQueue).en} SYN cookies are enabled on B. A connects with ISN ${isn.A}, and B answers with a SYN,ACK whose sequence number, the cookie, is ${synAck.seq}. What acknowledgment number does A's ACK carry?`,
        `${ask(synQueue, synQueue).zh}B 启用了 SYN cookie。A 以 ISN ${isn.A} 发起连接，B 用 SYN,ACK 应答，其序列号（即 cookie）为 ${synAck.seq}。A 的 ACK 的确认号 ack 是多少？`,
      ),
      input: numberInput("ack", L("ack of A's ACK", "A 的 ACK 的确认号 ack")),
      diagram: questionDiagram(scenario, shown),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`ack = ${key}`, `确认号 ack = ${key}`),
      distractors: [
        ...numberDistractors([
          [synAck.seq, "syn-takes-no-sequence-number"],
          [seqAdd(isn.A, 1), "acked-own-number"],
        ]),
        ...wrapMistake(synAck.seq, 1),
      ],
      explanation: {
        text: L(
          `${COOKIE_RULE.en} A cannot tell a cookie from any other ISN: it acknowledges it as usual, ack = ${synAck.seq} + 1 = ${key}. The cookie's top 5 bits are the time slot ${slot}, the next 3 the MSS index; B checks the rest against its hash and restores the connection in ESTABLISHED.`,
          `${COOKIE_RULE.zh}A 无法把 cookie 与普通的 ISN 区分开，它照常确认：ack = ${synAck.seq} + 1 = ${key}${key < synAck.seq ? "（按 2^32 取模回绕）" : ""}。cookie 的最高 5 位是时间片 ${slot}，接下来 3 位是 MSS 索引；B 用其余各位核对散列值，并在 ESTABLISHED 状态恢复连接。`,
        ),
        rfc: "3.4",
        diagram: explanationDiagram(run, finalStep),
      },
    };
  },
};

export const listenQueueCount: Template = {
  id: "listen-queue-count",
  concept: "syn-flood",
  kind: "number",
  title: L("SYN queue and accept queue", "半连接队列与全连接队列"),
  build({ rng, difficulty, seed }) {
    const askAccept = variantOf(seed, 2) === 0;
    const acceptQueue = rng.int(1, 3 + difficulty);
    const clients = rng.int(1, acceptQueue + 2);
    const spoofed = rng.int(1, difficulty + 1);
    const { story } = flood(rng, difficulty, { synQueue: 64, spoofed, synCookies: false, acceptQueue });
    const firstPort = rng.int(1024, 9000);
    for (let k = 0; k < clients; k++) story.step({ call: "connect", on: "A", port: firstPort + k });
    story.step({ deliver: "all" });
    const { scenario, run } = story.finish();
    const last = run.trace.steps.at(-1)!;
    const listener = last.listener!;
    const key = askAccept ? listener.acceptQueue : listener.synQueue;
    const distractors = askAccept
      ? numberDistractors([
          [clients, "accept-queue-unbounded"],
          [clients + spoofed, "half-open-counted-as-accepted"],
        ])
      : numberDistractors([
          [spoofed, "accept-queue-unbounded"],
          [clients + spoofed, "completed-stay-in-syn-queue"],
        ]);
    const queueName = askAccept ? L("accept queue", "全连接队列") : L("SYN queue", "半连接队列");
    return {
      prompt: L(
        `B listens; its accept queue holds ${acceptQueue} connections and its application never calls accept. ${spoofed} SYNs arrive from forged addresses that never answer, then ${clients} real clients on A (ports ${firstPort} to ${firstPort + clients - 1}) connect, and every segment between A and B is delivered. How many connections are in B's ${queueName.en} at the end?`,
        `B 正在监听，全连接队列可容纳 ${acceptQueue} 个连接，它的应用从不调用 accept。先有 ${spoofed} 个来自伪造地址（从不应答）的 SYN 到达，随后 A 上的 ${clients} 个真实客户端（端口 ${firstPort} 到 ${firstPort + clients - 1}）发起连接，A 与 B 之间的报文段全部送达。最后 B 的${queueName.zh}中有多少个连接？`,
      ),
      input: numberInput("count", L(`connections in the ${queueName.en}`, `${queueName.zh}中的连接数`)),
      diagram: questionDiagram(scenario, story.stepCount - 1),
      scenario,
      scenarioIsPublic: false,
      key: asNumber(key),
      keyText: L(`${key} connections`, `${key} 个连接`),
      distractors,
      explanation: {
        text: L(
          `${QUEUE_RULE.en} When the accept queue is full, a stack such as Linux ignores the ACK that would complete another handshake: that connection stays in SYN-RECEIVED, in the SYN queue, and its SYN,ACK is retransmitted later. Here ${Math.min(clients, acceptQueue)} of the ${clients} clients fit in the accept queue; the SYN queue holds the ${spoofed} forged entries and ${clients - Math.min(clients, acceptQueue)} waiting clients.`,
          `${QUEUE_RULE.zh}全连接队列已满时，Linux 等协议栈会忽略本可完成又一次握手的 ACK：该连接停留在 SYN-RECEIVED 状态，仍在半连接队列中，稍后重传它的 SYN,ACK。本例中 ${clients} 个客户端里有 ${Math.min(clients, acceptQueue)} 个进入了全连接队列；半连接队列中是 ${spoofed} 个伪造的条目和 ${clients - Math.min(clients, acceptQueue)} 个等待中的客户端。`,
        ),
        rfc: "3.10.7.2",
        diagram: explanationDiagram(run, run.trace.steps.length - 1),
      },
    };
  },
};

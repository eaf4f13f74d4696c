import { choices, type ChoiceOption } from "../choice-question";
import type { KnownMisconception } from "../misconceptions";
import { pickBytes, pickIsns } from "../params";
import { explanationDiagram } from "../state-question";
import { openConnection } from "../story";
import type { Template } from "../template";
import { join, L } from "../text";
import { questionDiagram } from "../trace-view";
import { topicStory, variantOf } from "./topic-kit";

/** shutdown(SHUT_WR) is TCP's CLOSE (a FIN); close() with SO_LINGER 0 is TCP's ABORT (a RST). */

const SHUTDOWN_LINGER_RULE = L(
  "shutdown(fd, SHUT_WR) is TCP's CLOSE (RFC 9293 3.10.4): the endpoint sends a FIN after any data still queued and enters FIN-WAIT-1. The FIN only says that its sender has no more data, so the peer's next read returns end-of-file (0 bytes), the peer enters CLOSE-WAIT, and it may go on sending until its own application closes. close() with SO_LINGER on and a linger time of 0 is TCP's ABORT (3.10.5): the endpoint sends a RST, throws away whatever it had not sent, and deletes the connection at once, without TIME-WAIT; the RST carries seq = SND.NXT, which is the peer's RCV.NXT once everything sent before it has arrived, so it resets the peer (3.10.7.4, second check), whose application sees \"connection reset\" (ECONNRESET).",
  "调用 shutdown(fd, SHUT_WR)，就是 TCP 的 CLOSE（RFC 9293 第 3.10.4 节）：端点在已排队的数据之后发送 FIN，并进入 FIN-WAIT-1。FIN 只表示发送方已没有数据要发送，所以对方下一次读取得到文件结束（0 字节），对方进入 CLOSE-WAIT，并且在它自己的应用关闭之前仍可以继续发送。把 SO_LINGER 设为开启且逗留时间为 0 后调用 close()，就是 TCP 的 ABORT（第 3.10.5 节）：端点发送 RST，丢弃所有尚未发出的数据，并立即删除连接，不经过 TIME-WAIT；该 RST 的 seq 为 SND.NXT，在此前发出的报文段都到达之后，它正是对方的 RCV.NXT，所以它使对方复位（第 3.10.7.4 节第二步检查），对方的应用得到“连接被复位”（connection reset，ECONNRESET）。",
);

type Seen = "fin" | "rst";

export const shutdownVersusLinger: Template = {
  id: "shutdown-vs-linger",
  concept: "resets",
  kind: "choice",
  title: L("shutdown() or SO_LINGER 0: what the peer sees", "调用 shutdown()，还是设置 SO_LINGER 为 0：对方看到什么"),
  build({ rng, difficulty, seed }) {
    const linger = variantOf(seed, 2) === 1;
    const story = topicStory({ isn: pickIsns(rng, difficulty) });
    openConnection(story, "A", "B");
    const bytes = difficulty === 1 ? 0 : pickBytes(rng, difficulty);
    if (bytes > 0) {
      story.send("A", bytes);
      story.step({ deliver: "all" });
    }
    const shown = story.stepCount;
    story.call(linger ? "abort" : "close", "A");
    story.deliver({ from: "A" });
    const arrives = story.stepCount - 1;
    const { scenario, run } = story.finish();
    const received = run.trace.segments[run.trace.steps[arrives]!.received[0]! - 1]!;
    const seen: Seen = received.flags.includes("RST") ? "rst" : "fin";
    const wrong: Record<"fin" | "rst" | "finCloses" | "nothing", KnownMisconception> = linger
      ? { fin: "abort-as-close", rst: "abort-as-close", finCloses: "abort-as-close", nothing: "abort-silent" }
      : { fin: "shutdown-sends-rst", rst: "shutdown-sends-rst", finCloses: "half-close-closes-both", nothing: "shutdown-silent" };
    const options: ChoiceOption[] = [
      {
        text: L(
          "A FIN: B's next read returns end-of-file (0 bytes), B enters CLOSE-WAIT, and B may still send to A.",
          "一个 FIN：B 下一次读取得到文件结束（0 字节），B 进入 CLOSE-WAIT，并且仍可以向 A 发送数据。",
        ),
        correct: seen === "fin",
        misconception: wrong.fin,
      },
      {
        text: L(
          'A RST: B\'s next read or write fails with "connection reset", B goes straight to CLOSED, and A has no TIME-WAIT.',
          "一个 RST：B 下一次读或写以“连接被复位”失败，B 直接进入 CLOSED，A 也不经过 TIME-WAIT。",
        ),
        correct: seen === "rst",
        misconception: wrong.rst,
      },
      {
        text: L("A FIN, after which B goes straight to CLOSED and can send nothing more.", "一个 FIN，之后 B 直接进入 CLOSED，不能再发送任何数据。"),
        correct: false,
        misconception: wrong.finCloses,
      },
      {
        text: L("Nothing at all: B finds out only when it next sends.", "什么也收不到：B 只有在下次发送时才会发现。"),
        correct: false,
        misconception: wrong.nothing,
      },
    ];
    const call = linger
      ? L("A's application sets SO_LINGER on with a linger time of 0 and calls close().", "A 的应用把 SO_LINGER 设为开启、逗留时间为 0，然后调用 close()。")
      : L("A's application calls shutdown(fd, SHUT_WR).", "A 的应用调用 shutdown(fd, SHUT_WR)。");
    const here = linger
      ? L("Here A's RST arrived and B went from ESTABLISHED to CLOSED.", "本例中 A 的 RST 到达，B 从 ESTABLISHED 进入 CLOSED。")
      : L("Here A's FIN arrived and B went from ESTABLISHED to CLOSE-WAIT.", "本例中 A 的 FIN 到达，B 从 ESTABLISHED 进入 CLOSE-WAIT。");
    const before = bytes > 0 ? L(`A has sent ${bytes} bytes, which B received and acknowledged. `, `A 已发送 ${bytes} 字节，B 已收到并确认。`) : L("", "");
    return {
      prompt: L(
        `A and B have an established connection. ${before.en}${call.en} What arrives at B, and what follows?`,
        `A 与 B 之间有一个已建立的连接。${before.zh}${call.zh}什么报文段到达 B？随后会怎样？`,
      ),
      ...choices(rng, options, Math.floor(seed / 2)),
      diagram: questionDiagram(scenario, shown),
      scenario,
      scenarioIsPublic: false,
      explanation: {
        text: join([SHUTDOWN_LINGER_RULE, here]),
        rfc: linger ? "3.10.5" : "3.10.4",
        diagram: explanationDiagram(run, arrives),
      },
    };
  },
};

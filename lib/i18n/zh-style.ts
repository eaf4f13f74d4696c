/**
 * The mechanical rules of the Chinese glossary (../shared/GLOSSARY.zh.md, "Writing rules"), as a
 * pure check of one string: a space between Chinese and Latin letters or digits, no space next to
 * Chinese punctuation, no double space, Chinese punctuation in Chinese sentences, flags in the
 * order SYN, FIN, RST, then ACK, and none of the glossary's "not this" words.
 *
 * Hand-written: the Chinese copywriting linters on the registry (autocorrect, zhlint, lint-md)
 * either rewrite text instead of reporting, or know nothing of this glossary's words and flag
 * order; what is checked here is a dozen regular expressions.
 *
 * `{name}` placeholders: a placeholder filled with a number or a side ("{count}", "{side}") counts
 * as Latin text, so "第{n}步" is reported; one that may be filled with Chinese words ("{concept}的")
 * counts as neither, so nothing around it is reported.
 */

export type ZhStyleRule =
  "space-cjk-latin" | "space-around-cjk-punctuation" | "double-space" | "edge-space" | "flag-order" | "glossary-word" | "ascii-punctuation";

export interface ZhStyleProblem {
  rule: ZhStyleRule;
  /** Offset in the checked string. */
  index: number;
  /** The offending text with a few characters around it. */
  excerpt: string;
  /** What to write instead, in English for the engineer. */
  message: string;
}

/** The glossary's "not this" column, each with the word to use. Order matters: longer words first. */
export const GLOSSARY_AVOID: readonly { avoid: RegExp; use: string }[] = [
  { avoid: /三路握手/g, use: "三次握手" },
  { avoid: /四路挥手|四次握手/g, use: "四次挥手" },
  { avoid: /三个报文段完成关闭/g, use: "三次挥手（FIN 捎带 ACK）" },
  { avoid: /半打开/g, use: "半开连接" },
  { avoid: /序号/g, use: "序列号 (or 编号 for a list's numbering)" },
  { avoid: /应答号/g, use: "确认号" },
  { avoid: /单纯的\s?ACK/g, use: "纯 ACK" },
  { avoid: /重发/g, use: "重传" },
  { avoid: /定时器/g, use: "计时器" },
  { avoid: /最大报文段寿命/g, use: "最长报文段寿命（MSL）" },
  { avoid: /主动\s?OPEN|被动\s?OPEN/g, use: "主动打开 / 被动打开" },
  { avoid: /侦听/g, use: "监听" },
  { avoid: /重置/g, use: "复位（RST）" },
  { avoid: /服务端/g, use: "服务器" },
  { avoid: /本次运行/g, use: "本例中" },
  // 分组 is left out: it is also the everyday word for "grouping" (上下 27% 分组).
  { avoid: /数据包|丢包/g, use: "报文段 (报文段丢失)" },
];

/** Placeholders always filled with digits or Latin letters (numbers, sides, states, segments). */
const LATIN_PLACEHOLDERS = new Set([
  "side",
  "subject",
  "peer",
  "n",
  "count",
  "rto",
  "id",
  "state",
  "value",
  "total",
  "seconds",
  "from",
  "to",
  "step",
  "iss",
  "bytes",
  "answers",
  "weeks",
  "sndNxt",
  "sndUna",
  "rcvNxt",
  "segment",
  "seed",
  "msl",
  "correct",
  "segments",
  "reviews",
  "due",
  "days",
  "b",
  "a",
  "attempts",
  "s",
  "m",
  "steps",
  "section",
  "score",
  "percent",
  "level",
  "cursor",
  "activeDays",
  "window",
  "unseen",
  "stateA",
  "stateB",
  "recalled",
  "new",
  "minutes",
  "left",
  "decay",
  "answered",
  "isn",
  "ack",
  "seq",
  "len",
  "time",
  "flags",
]);

// Letters of Chinese text (CJK Unified Ideographs and Extension A).
const HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff";
// Chinese (full-width) punctuation: ，。；：？！、（）“”‘’「」《》…—·
const CJK_PUNCT = "\\uff0c\\u3002\\uff1b\\uff1a\\uff1f\\uff01\\u3001\\uff08\\uff09\\u201c\\u201d\\u2018\\u2019\\u300c\\u300d\\u300a\\u300b\\u2026";
// Stand-ins for placeholders, so the rules see them as one character of their kind.
const LATIN_MARK = "\ue000";
const NEUTRAL_MARK = "\ue001";

const RULES: readonly { rule: ZhStyleRule; pattern: RegExp; message: string }[] = [
  {
    rule: "space-cjk-latin",
    pattern: new RegExp(`[${HAN}](?=[A-Za-z0-9${LATIN_MARK}])|[A-Za-z0-9${LATIN_MARK}%](?=[${HAN}])`, "gu"),
    message: "put a space between Chinese and Latin letters or digits",
  },
  {
    rule: "space-around-cjk-punctuation",
    pattern: new RegExp(`[ \\t](?=[${CJK_PUNCT}])|(?<=[${CJK_PUNCT}])[ \\t]`, "gu"),
    message: "no space before or after Chinese punctuation",
  },
  { rule: "double-space", pattern: / {2,}/g, message: "one space, not two" },
  {
    rule: "flag-order",
    pattern: /\bACK\s?[,，+/-]\s?(?:SYN|FIN|RST)\b|\bRST\s?[,，]\s?(?:SYN|FIN)\b|\bFIN\s?[,，]\s?SYN\b|\b(?:SYN|FIN|RST)[-+/]ACK\b/g,
    message: "flags as the one formatter writes them: SYN, FIN, RST, then ACK, joined by a comma (SYN,ACK / FIN,ACK / RST,ACK)",
  },
  {
    rule: "ascii-punctuation",
    pattern: new RegExp(`(?<=[${HAN}] ?)[,.;:?!()](?![0-9])|[,;:?!()] ?(?=[${HAN}])|(?<=[${HAN}])\\s*\\.{3}`, "gu"),
    message: "Chinese punctuation in a Chinese sentence (，。；：？！（）…)",
  },
];

function maskPlaceholders(text: string): string {
  // Same length as the original, so offsets stay valid: "{count}" -> seven Latin marks.
  return text.replace(/\{(\w*)\}/g, (whole, name: string) => (LATIN_PLACEHOLDERS.has(name) ? LATIN_MARK : NEUTRAL_MARK).repeat(whole.length));
}

function excerptAt(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - 8), index + length + 8);
}

/** Every glossary-rule problem of one Chinese string, in order of position; [] when it is clean. */
export function findZhStyleProblems(text: string): ZhStyleProblem[] {
  const masked = maskPlaceholders(text);
  const problems: ZhStyleProblem[] = [];
  for (const { rule, pattern, message } of RULES) {
    for (const match of masked.matchAll(pattern)) {
      problems.push({ rule, index: match.index, excerpt: excerptAt(text, match.index, match[0].length), message });
    }
  }
  if (/^\s|\s$/.test(text)) {
    problems.push({
      rule: "edge-space",
      index: /^\s/.test(text) ? 0 : text.length - 1,
      excerpt: excerptAt(text, 0, 0),
      message: "a message that starts or ends with a space is a fragment glued to another: write the whole sentence with placeholders",
    });
  }
  for (const { avoid, use } of GLOSSARY_AVOID) {
    for (const match of text.matchAll(avoid)) {
      problems.push({
        rule: "glossary-word",
        index: match.index,
        excerpt: excerptAt(text, match.index, match[0].length),
        message: `write ${use}, not ${match[0]}`,
      });
    }
  }
  return problems.sort((x, y) => x.index - y.index);
}

/** The problems as lines for a test failure or a CLI: "  [rule] …excerpt… (message)". */
export function describeZhStyleProblems(problems: readonly ZhStyleProblem[]): string {
  return problems.map((p) => `  [${p.rule}] “${p.excerpt}” (${p.message})`).join("\n");
}

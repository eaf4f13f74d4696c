import type { learn as en } from "../en/learn";
import type { MessagesOf } from "../types";

export const learn: MessagesOf<typeof en> = {
  title: "知识点讲解",
  intro: "每个知识点一篇简短的讲解：它是什么、规则及其 RFC 出处、一个由模拟器计算的实例，以及学习者最常犯的错误。练习之前先读一读吧。",
  lessonTitle: "{concept}：讲解",
  allLessons: "全部讲解",
  whatHeading: "是什么",
  ruleHeading: "规则",
  sourcesLabel: "出处",
  exampleHeading: "实例",
  exampleNote: "本例中的每个数字都由 Handshake 的 TCP 模拟器计算得出。",
  diagramTitle: "本例的时序图",
  replay: "在模拟器中重放",
  misconceptionsHeading: "常见误解",
  practise: "练习这个知识点",
  lessonNav: "其他讲解",
  previous: "上一篇：{concept}",
  next: "下一篇：{concept}",
  indexHeading: "按教学顺序排列的知识点",
};

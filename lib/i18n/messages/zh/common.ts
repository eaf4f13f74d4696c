import type { common as en } from "../en/common";
import type { MessagesOf } from "../types";

export const common: MessagesOf<typeof en> = {
  appName: "Handshake",
  tagline: "动手练习，掌握 TCP 连接管理。",
  skipToContent: "跳到主要内容",
  loading: "加载中…",
  tryAgain: "重试",
  backHome: "返回首页",
  roleStudent: "学生",
  roleTeacher: "教师",
  themeLabel: "主题",
  switchToDark: "切换到深色主题",
  switchToLight: "切换到浅色主题",
  languageLabel: "语言",
  sentenceJoin: "{first}{second}",
  listSeparator: "、",
  footer: "Handshake 用一个遵循 RFC 9293 的模拟器来讲解 TCP。",
  // Issue 17 (everyday use).
  scrollHint: "左右滑动可查看全部内容 →",
};

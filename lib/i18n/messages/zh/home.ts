import type { home as en } from "../en/home";
import type { MessagesOf } from "../types";

export const home: MessagesOf<typeof en> = {
  title: "弄懂 TCP 连接的建立与关闭",
  intro: "Handshake 帮你掌握 TCP 连接管理：三次握手、四次挥手、TIME-WAIT、RST 复位和超时重传。不是死记硬背，而是亲手一步步推演。",
  engine: "所有题目、闪卡和模拟都来自一个遵循 RFC 9293 的真实 TCP 状态机，答案由协议本身来判定，而不是一张固定的答案表。",
  ctaSignUp: "免费注册",
  ctaPractice: "开始练习",
  ctaSimulator: "打开模拟器",
  welcomeBack: "欢迎回来，{name}。",
  featuresTitle: "三种学习方式",
  practiceTitle: "练习",
  practiceBody: "每次都是新题：预测下一个报文段、下一个状态，或者报文段丢失之后会发生什么。",
  flashcardsTitle: "闪卡",
  flashcardsBody: "间隔重复算法会在你快要忘记的时候，把状态、标志位和计时器再带回你眼前。",
  simulatorTitle: "模拟器",
  simulatorBody: "让两端一步步走完一次连接，丢弃或延迟报文段，看看双方各自如何应对。",
  teachersTitle: "教师专区",
  teachersBody: "以教师身份注册，就能了解全班的学习情况，找出需要再讲一遍的知识点。",
  // Issue 17 (everyday use).
  welcomeNew: "欢迎来到 Handshake，{name}。",
};

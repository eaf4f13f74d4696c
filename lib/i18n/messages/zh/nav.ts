import type { nav as en } from "../en/nav";
import type { MessagesOf } from "../types";

export const nav: MessagesOf<typeof en> = {
  mainNav: "主导航",
  home: "首页",
  practice: "练习",
  flashcards: "闪卡",
  simulator: "模拟器",
  captures: "抓包",
  progress: "学习进度",
  teach: "教学",
  openMenu: "打开菜单",
  closeMenu: "关闭菜单",
  menu: "菜单",
  signIn: "登录",
  signUp: "注册",
  signOut: "退出登录",
  accountSettings: "账号设置",
  privacy: "隐私",
  accountMenu: "账号",
  accountMenuAside: "（账号）",
  signedIn: "当前登录账号",
  signOutEverywhere: "在所有设备上退出登录",
};

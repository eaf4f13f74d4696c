import type { errors as en } from "../en/errors";
import type { MessagesOf } from "../types";

export const errors: MessagesOf<typeof en> = {
  unexpected: "服务器出了点问题，请重试。",
  errorTitle: "出错了",
  errorBody: "这个页面遇到了意外问题。重试通常就能解决；如果问题一直存在，请稍后再来。",
  errorReference: "错误编号：{digest}",
  notFoundTitle: "找不到页面",
  notFoundBody: "你要找的页面不存在，可能已经移动，或者链接输错了。",
  databaseTitle: "暂时无法连接数据库",
  databaseBody: "Handshake 现在连不上数据库，所以暂时无法读取或保存内容。这种情况通常很快就会恢复，请稍后重试。",
  unauthenticated: "登录已失效，请重新登录。",
  forbidden: "你没有权限执行这个操作。",
  notFound: "没有找到你要的内容。",
  invalidInput: "有些内容需要修改，请检查标出的字段。",
  invalidValue: "这个值无效。",
  conflict: "与已有的数据冲突。",
  rateLimited: "尝试次数过多，请稍等片刻再试。",
  malformedRequest: "请求格式不正确，请检查网址后重试。",
  controlCharacters: "请删除这一栏中的不可见控制字符（例如 NUL 或 Escape）。",
};

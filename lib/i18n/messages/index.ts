// All messages, per locale and namespace. To add a namespace: write messages/en/<ns>.ts, then
// messages/zh/<ns>.ts typed as MessagesOf<typeof en>, then add both below (tsc fails until both exist).
import type { Locale } from "../config";
import type { MessagesOf } from "./types";
import { account as enAccount } from "./en/account";
import { auth as enAuth } from "./en/auth";
import { authoring as enAuthoring } from "./en/authoring";
import { captures as enCaptures } from "./en/captures";
import { common as enCommon } from "./en/common";
import { errors as enErrors } from "./en/errors";
import { flashcards as enFlashcards } from "./en/flashcards";
import { home as enHome } from "./en/home";
import { learn as enLearn } from "./en/learn";
import { nav as enNav } from "./en/nav";
import { practice as enPractice } from "./en/practice";
import { progress as enProgress } from "./en/progress";
import { simulator as enSimulator } from "./en/simulator";
import { teach as enTeach } from "./en/teach";
import { manage as enManage } from "./en/manage";
import { account as zhAccount } from "./zh/account";
import { auth as zhAuth } from "./zh/auth";
import { authoring as zhAuthoring } from "./zh/authoring";
import { captures as zhCaptures } from "./zh/captures";
import { common as zhCommon } from "./zh/common";
import { errors as zhErrors } from "./zh/errors";
import { flashcards as zhFlashcards } from "./zh/flashcards";
import { home as zhHome } from "./zh/home";
import { learn as zhLearn } from "./zh/learn";
import { nav as zhNav } from "./zh/nav";
import { practice as zhPractice } from "./zh/practice";
import { progress as zhProgress } from "./zh/progress";
import { simulator as zhSimulator } from "./zh/simulator";
import { teach as zhTeach } from "./zh/teach";
import { manage as zhManage } from "./zh/manage";

const en = {
  common: enCommon,
  nav: enNav,
  auth: enAuth,
  errors: enErrors,
  home: enHome,
  simulator: enSimulator,
  practice: enPractice,
  progress: enProgress,
  flashcards: enFlashcards,
  teach: enTeach,
  authoring: enAuthoring,
  captures: enCaptures,
  account: enAccount,
  learn: enLearn,
  manage: enManage,
};

export type Messages = { readonly [N in keyof typeof en]: MessagesOf<(typeof en)[N]> };
export type Namespace = keyof Messages;
export type MessageKey<N extends Namespace> = keyof Messages[N] & string;

const zh: Messages = {
  common: zhCommon,
  nav: zhNav,
  auth: zhAuth,
  errors: zhErrors,
  home: zhHome,
  simulator: zhSimulator,
  practice: zhPractice,
  progress: zhProgress,
  flashcards: zhFlashcards,
  teach: zhTeach,
  authoring: zhAuthoring,
  captures: zhCaptures,
  account: zhAccount,
  learn: zhLearn,
  manage: zhManage,
};

export const messages: Readonly<Record<Locale, Messages>> = { en, zh };

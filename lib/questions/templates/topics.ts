import type { Template } from "../template";
import { listenQueueCount, synCookieAck, synFloodClientFate } from "./syn-flood";

/** The templates of the topics added for issue 11, in teaching order (after the first 31). */
export const TOPIC_TEMPLATES: readonly Template[] = [synFloodClientFate, synCookieAck, listenQueueCount];

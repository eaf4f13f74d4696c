import "server-only";
import { cache } from "react";
import type { DayAnswers } from "@/lib/progress/accuracy";
import { queryDailyAnswers } from "./queries";

/** One grouped query per request, shared by the overview, the calendar and the accuracy chart. */
export const loadDailyAnswers = cache((userId: string, timeZone: string): Promise<DayAnswers[]> => queryDailyAnswers(userId, timeZone));

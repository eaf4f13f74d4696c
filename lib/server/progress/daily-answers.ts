import "server-only";
import { cache } from "react";
import type { DayAnswers } from "@/lib/progress/accuracy";
import type { Day } from "@/lib/progress/dates";
import { queryDailyAnswers } from "./queries";

/** One grouped query per request, shared by the overview, the calendar and the accuracy chart. */
export const loadDailyAnswers = cache((userId: string, timeZone: string, today: Day): Promise<DayAnswers[]> => queryDailyAnswers(userId, timeZone, today));

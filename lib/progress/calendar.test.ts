import { describe, expect, it } from "vitest";
import { activityLevel, buildCalendar } from "./calendar";

const today = "2026-11-25"; // a Wednesday

describe("activityLevel", () => {
  it("grows with activity in four steps", () => {
    expect([0, 1, 4, 5, 9, 10, 19, 20, 500].map(activityLevel)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });
});

describe("buildCalendar", () => {
  it("lays out Monday-to-Sunday columns ending with this week, future days empty", () => {
    const calendar = buildCalendar([], today, 26);
    expect(calendar.weeks).toHaveLength(26);
    expect(calendar.weeks.every((w) => w.days.length === 7)).toBe(true);
    expect(calendar.from).toBe("2026-06-01");
    expect(calendar.weeks[0]!.days[0]!.day).toBe("2026-06-01");
    const last = calendar.weeks.at(-1)!;
    expect(last.start).toBe("2026-11-23");
    expect(last.days.map((d) => d?.day ?? null)).toEqual(["2026-11-23", "2026-11-24", "2026-11-25", null, null, null, null]);
  });

  it("adds answers and reviews of a day, and ignores days outside the range", () => {
    const calendar = buildCalendar(
      [
        { day: "2026-11-24", answers: 3, reviews: 0 },
        { day: "2026-11-24", answers: 0, reviews: 4 },
        { day: "2026-11-02", answers: 25, reviews: 0 },
        { day: "2026-05-31", answers: 99, reviews: 0 },
        { day: "2026-11-26", answers: 99, reviews: 0 },
      ],
      today,
    );
    const cell = calendar.weeks.at(-1)!.days[1]!;
    expect(cell).toMatchObject({ answers: 3, reviews: 4, total: 7, level: 2 });
    expect(calendar.answers).toBe(28);
    expect(calendar.reviews).toBe(4);
    expect(calendar.activeDays).toBe(2);
  });

  it("sums each month and says in which column it starts", () => {
    const calendar = buildCalendar(
      [
        { day: "2026-07-01", answers: 2, reviews: 1 },
        { day: "2026-07-31", answers: 1, reviews: 0 },
      ],
      today,
    );
    expect(calendar.months.map((m) => m.month)).toEqual(["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    const july = calendar.months[1]!;
    expect(july).toEqual({ month: "2026-07", firstWeek: 4, activeDays: 2, answers: 3, reviews: 1 });
    expect(calendar.weeks[4]!.days.find((d) => d?.day === "2026-07-01")).toBeTruthy();
  });
});

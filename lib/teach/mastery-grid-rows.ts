import type { MasteryGridDto } from "./dto";

/** One student's row of the class mastery grid as sent to the browser: per concept, in the header's order, [answers, mastery in %]. */
export interface MasteryGridRow {
  id: string;
  name: string;
  cells: [attempts: number, percent: number][];
}

/** The grid's data in its compact form (a class of 50 by 20 concepts is a thousand cells). */
export function masteryGridRows(grid: MasteryGridDto): MasteryGridRow[] {
  return grid.students.map((student) => ({
    id: student.studentId,
    name: student.name,
    cells: student.cells.map((cell) => [cell.attempts, Math.round(cell.mastery * 100)]),
  }));
}

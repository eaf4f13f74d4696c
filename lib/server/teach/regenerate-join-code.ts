import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { isUniqueViolation, newJoinCode } from "./new-join-code";

/** Replaces the class's join code (the old one and its link stop working). Only the class's teacher. */
export async function regenerateJoinCode(options: { teacherId: string; classId: string }): Promise<string> {
  for (let tries = 0; tries < 5; tries++) {
    const joinCode = newJoinCode();
    try {
      const { count } = await db.classroom.updateMany({ where: { id: options.classId, teacherId: options.teacherId }, data: { joinCode } });
      if (count === 0) throw new AppError("NOT_FOUND");
      return joinCode;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError("CONFLICT");
}

import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { isUniqueViolation, newJoinCode } from "./new-join-code";

/** A new class of the teacher's, with a fresh join code (drawn again on the rare collision). */
export async function createClass(options: { teacherId: string; name: string }): Promise<{ id: string; joinCode: string }> {
  for (let tries = 0; tries < 5; tries++) {
    try {
      return await db.classroom.create({
        data: { teacherId: options.teacherId, name: options.name, joinCode: newJoinCode() },
        select: { id: true, joinCode: true },
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError("CONFLICT");
}

import { NotFoundCard } from "@/components/layout/not-found-card";

/** A class, assignment or student that does not exist or is not the teacher's. */
export default NotFoundCard;

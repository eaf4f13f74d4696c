import { NotFoundCard } from "@/components/layout/not-found-card";

/** An assignment that does not exist or is not in one of the student's classes. */
export default NotFoundCard;

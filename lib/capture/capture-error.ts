/**
 * The one error the capture readers throw: its message is the single line the command line prints
 * (exit 2) and the page shows, naming what is wrong and where ("packet 14: truncated TCP header").
 */
export class CaptureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CaptureError";
  }
}

export const isCaptureError = (error: unknown): error is CaptureError => error instanceof CaptureError;

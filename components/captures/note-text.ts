import type { SegmentNote } from "@/lib/capture/notes";
import type { Translator } from "@/lib/i18n/translate";

type T = Translator<"captures">;

/** A segment's note in the reader's language (the command line prints lib/capture's English). */
export function noteText(t: T, note: SegmentNote): string {
  switch (note.kind) {
    case "retransmission":
      return t("note_retransmission", { of: note.of });
    case "duplicate":
      return t("note_duplicate", { of: note.of });
    case "dup-ack":
      return t("note_dupAck", { of: note.of });
    case "ack-lost":
      return t(
        note.what === "SYN" ? "note_ackLostSyn" : note.what === "SYN,ACK" ? "note_ackLostSynAck" : note.what === "FIN" ? "note_ackLostFin" : "note_ackLostData",
        { by: note.by },
      );
    case "lost":
      return t("note_lost", { by: note.by });
    case "rst-accepted":
      return t("note_rstAccepted");
    case "rst-challenged":
      return t("note_rstChallenged");
    case "rst-ignored":
      return t(note.reason === "outside-window" ? "note_rstOutside" : note.reason === "bad-ack" ? "note_rstBadAck" : "note_rstNoConnection");
    case "syn-challenged":
      return t("note_synChallenged");
    case "unacceptable":
      return t(note.reason === "old" ? "note_old" : "note_beyond");
    case "handshake-by-data":
      return t("note_handshakeByData");
    case "crossed":
      return t("note_crossed", { with: note.with });
    case "arrives":
      return t("note_arrives", { of: note.of });
    case "timer": {
      const vars = { side: t(note.side === "client" ? "sideClient" : "sideServer"), from: note.from, to: note.to };
      return t(note.timer === "time-wait" ? "note_timerTimeWait" : note.timer === "fin-wait-2" ? "note_timerFinWait2" : "note_timerRetransmission", vars);
    }
  }
}

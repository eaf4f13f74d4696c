import { LocalTime } from "@/components/ui/local-time";

/** A message with a "{date}" placeholder (left unfilled by t()), the date shown in the reader's time zone. */
export function Dated({ text, iso }: { text: string; iso: string }) {
  const [before, after = ""] = text.split("{date}");
  return (
    <>
      {before}
      <LocalTime iso={iso} />
      {after}
    </>
  );
}

import { TextField } from "@/components/ui/text-field";

/** The sign-in, sign-up and forgot-password forms' email field: one markup, the same id and autofill hint. */
export function EmailField({ label, defaultValue, errors }: { label: string; defaultValue?: string; errors?: readonly string[] }) {
  return <TextField id="email" name="email" type="email" label={label} autoComplete="email" required defaultValue={defaultValue} errors={errors} />;
}

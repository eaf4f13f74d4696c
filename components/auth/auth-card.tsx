import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** The frame of the sign-in and sign-up pages. */
export function AuthCard({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md">
      <h1 className="text-center text-3xl font-semibold tracking-tight">{title}</h1>
      <p className="mt-2 text-center text-muted">{intro}</p>
      <Card className="mt-8 p-6 sm:p-8">{children}</Card>
    </div>
  );
}

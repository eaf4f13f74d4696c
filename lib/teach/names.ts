import type { Locale } from "@/lib/i18n/config";
import { CONCEPT_IDS, conceptById, listTemplates, type ConceptId } from "@/lib/questions";

const templates = new Map(listTemplates().map((t) => [t.id, t]));

export const templateTitle = (id: string, locale: Locale): string => templates.get(id)?.title[locale] ?? id;
export const templateConcept = (id: string): ConceptId | null => templates.get(id)?.concept ?? null;
export const isConceptId = (id: string): id is ConceptId => (CONCEPT_IDS as readonly string[]).includes(id);
export const conceptName = (id: string, locale: Locale): string => (isConceptId(id) ? conceptById(id).name[locale] : id);

import { z } from "zod";
import { text, userNameSchema } from "@/lib/iam/validation";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

/** The event history's lookup attributes, from the page's query string; empty fields filter nothing. */
export const eventFilterSchema = z.object({
  eventName: optional(text(128).refine((v) => /^[A-Za-z0-9]+$/.test(v), "adminValidation.eventName")),
  userName: optional(userNameSchema),
  nextToken: optional(z.string().max(1024)),
});

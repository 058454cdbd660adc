/**
 * The extraction record (contract v1, shared/spec/record.md) as zod schemas.
 * The TypeScript types are inferred from the schemas, so the two can never drift apart.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

/** UTF-16 offsets into the input string: `text.slice(start, end)` is the mention. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.start <= s.end, { message: 'span start must not exceed its end' });

export const EVENT_TYPES = [
  'conference', 'summit', 'meeting', 'dialogue', 'forum', 'workshop', 'training', 'seminar',
  'webinar', 'consultation', 'roundtable', 'panel', 'briefing', 'launch', 'ceremony', 'visit',
  'exhibition', 'reception', 'other',
] as const;
export const EventTypeSchema = z.enum(EVENT_TYPES);

export const ATTENDANCE_MODES = ['offline', 'online', 'mixed'] as const;
export const AttendanceModeSchema = z.enum(ATTENDANCE_MODES);

export const AGENT_KINDS = ['organization', 'person', 'country'] as const;
export const AgentKindSchema = z.enum(AGENT_KINDS);

export const AGENT_ROLES = ['organizer', 'co-organizer', 'host', 'chair', 'co-chair', 'partner', 'sponsor'] as const;
export const AgentRoleSchema = z.enum(AGENT_ROLES);

export const SPEAKER_ROLES = [
  'opening remarks', 'welcome remarks', 'closing remarks', 'keynote', 'presenter', 'panelist',
  'moderator', 'facilitator', 'speaker',
] as const;
export const SpeakerRoleSchema = z.enum(SPEAKER_ROLES);

/** `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`, or `--MM-DD` when no year can be known. */
export const IsoDateSchema = z
  .string()
  .regex(/^(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?|--\d{2}-\d{2})$/, 'expected YYYY-MM-DD, YYYY-MM-DDTHH:mm or --MM-DD');

export const LocationSchema = z.object({
  venue: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string().nullable(),
});

export const AgentSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: AgentKindSchema,
  role: AgentRoleSchema,
  span: SpanSchema,
});

export const AttendeeSchema = z.object({
  category: z.string().min(1),
  count: z.number().int().nonnegative().nullable(),
  span: SpanSchema,
});

export const SpeakerSchema = z.object({
  name: z.string().min(1),
  /** Other forms of the name in this text (acronyms, short forms); the gold files carry them too. */
  aliases: z.array(z.string()),
  kind: z.enum(['person', 'organization']),
  title: z.string().nullable(),
  affiliation: z.string().nullable(),
  roles: z.array(SpeakerRoleSchema),
  onBehalfOf: z.string().nullable(),
  span: SpanSchema,
});

export const EventRecordSchema = z.object({
  id: z.string().regex(/^e\d+$/),
  name: z.string().min(1),
  type: EventTypeSchema,
  startDate: IsoDateSchema.nullable(),
  endDate: IsoDateSchema.nullable(),
  location: LocationSchema.nullable(),
  attendanceMode: AttendanceModeSchema.nullable(),
  organizers: z.array(AgentSchema),
  attendees: z.array(AttendeeSchema),
  participantCount: z.number().int().nonnegative().nullable(),
  speakers: z.array(SpeakerSchema),
  span: SpanSchema,
});

export const QuotationSchema = z.object({
  text: z.string().min(1),
  speaker: z.string().nullable(),
  deliveredBy: z.string().nullable(),
  eventId: z.string().nullable(),
  span: SpanSchema,
});

export const DocumentInfoSchema = z.object({
  title: z.string().nullable(),
  published: IsoDateSchema.nullable(),
  language: z.literal('en'),
});

export const ExtractionRecordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  document: DocumentInfoSchema,
  events: z.array(EventRecordSchema),
  quotations: z.array(QuotationSchema),
  warnings: z.array(z.string()),
});

export type Span = z.infer<typeof SpanSchema>;
export type EventType = z.infer<typeof EventTypeSchema>;
export type AttendanceMode = z.infer<typeof AttendanceModeSchema>;
export type AgentKind = z.infer<typeof AgentKindSchema>;
export type AgentRole = z.infer<typeof AgentRoleSchema>;
export type SpeakerRole = z.infer<typeof SpeakerRoleSchema>;
export type Location = z.infer<typeof LocationSchema>;
export type Agent = z.infer<typeof AgentSchema>;
export type Attendee = z.infer<typeof AttendeeSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type EventRecord = z.infer<typeof EventRecordSchema>;
export type Quotation = z.infer<typeof QuotationSchema>;
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;
export type ExtractionRecord = z.infer<typeof ExtractionRecordSchema>;

/** The JSON Schema (draft 2020-12) of the record, generated from the zod schema. */
export function recordJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ExtractionRecordSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

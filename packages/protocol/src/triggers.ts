import { z } from 'zod';
import { named } from './registry.ts';
import { FreeFormObject } from './free-form.ts';
import { Attributes, Timestamp } from './common.ts';

const ParticipantId = z.string().trim().min(1).max(200);

/** Body of `POST /v1/events`: something that happened to a participant, reported by your server. */
export const TrackEventRequest = named(
  'TrackEventRequest',
  z.strictObject({
    participantId: ParticipantId,
    event: z.string().trim().min(1).max(200),
    properties: FreeFormObject.optional(),
    attributes: Attributes.optional(),
    at: Timestamp.optional(),
  }),
);
export type TrackEventRequest = z.infer<typeof TrackEventRequest>;

/** An invitation to one interview: a link, valid until `expiresAt`. */
export const Invitation = named('Invitation', z.object({ id: z.string(), url: z.string(), expiresAt: Timestamp }));
export type Invitation = z.infer<typeof Invitation>;

/** Response of `POST /v1/events`: the studies the event triggered, each with its invitation. */
export const TrackEventResponse = named(
  'TrackEventResponse',
  z.object({ matched: z.array(z.object({ studyId: z.string(), invitation: Invitation })) }),
);
export type TrackEventResponse = z.infer<typeof TrackEventResponse>;

/** Body of `POST /v1/eligibility`: who is on the page, and what just happened. */
export const EligibilityRequest = named(
  'EligibilityRequest',
  z.strictObject({
    participantId: ParticipantId,
    attributes: Attributes.optional(),
    event: z.string().trim().min(1).max(200).optional(),
    properties: FreeFormObject.optional(),
    url: z.string().max(2000).optional(),
  }),
);
export type EligibilityRequest = z.infer<typeof EligibilityRequest>;

/** In-browser moments the loader should watch for on this page, for studies triggered by them. */
export const Watch = z.discriminatedUnion('on', [
  z.object({ on: z.literal('exit_intent'), studyId: z.string() }),
  z.object({ on: z.literal('time_on_page'), studyId: z.string(), seconds: z.number().int() }),
]);
export type Watch = z.infer<typeof Watch>;

/** Response of `POST /v1/eligibility`: at most one study to show now, and moments to watch for. */
export const EligibilityResponse = named(
  'EligibilityResponse',
  z.object({
    show: z.object({ studyId: z.string(), reason: z.string(), invitationId: z.string().optional() }).nullable(),
    watch: z.array(Watch).optional(),
  }),
);
export type EligibilityResponse = z.infer<typeof EligibilityResponse>;

/** Body of `POST /v1/invitations`. */
export const CreateInvitationRequest = named(
  'CreateInvitationRequest',
  z.strictObject({
    studyId: z.string().min(1).max(100),
    participant: z.strictObject({ id: ParticipantId.optional(), attributes: Attributes.optional() }).optional(),
    expiresInDays: z.number().int().min(1).max(90).optional(),
  }),
);
export type CreateInvitationRequest = z.infer<typeof CreateInvitationRequest>;

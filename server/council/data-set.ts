import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectPath } from '../config/paths.ts';
import { AGENDA_ROLES, CASE_TYPES } from '../meetings/schema.ts';
import { MEMBER_ROLES } from './schema.ts';

// The council's default data set as reviewable files (data/ho21/council); these schemas are the contract.

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const source = z.unknown();

const termsFile = z.object({
  sectors: z.array(z.object({ id: slug, name: z.string(), shortName: z.string(), seats: z.number().int().min(0), mandateText: z.string() })),
  terms: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      startDate: isoDate,
      endDate: isoDate,
      periodNotes: z.array(z.string()).optional(),
      memberCountText: z.string(),
      appointment: z.string().optional(),
      mandate: z.array(z.string()).nullable(),
      mandateNote: z.string().optional(),
      mandateAdopted: z.object({ by: z.string(), date: isoDate }),
      members: z.array(
        z.object({
          name: z.string(),
          organisation: z.string().nullable(),
          sectorId: slug.nullable(),
          role: z.enum(MEMBER_ROLES),
          roleText: z.string(),
          asOf: z.string(),
          source,
        }),
      ),
      membersNote: z.string(),
      unnamedSeatCount: z.number().int().nullable(),
    }),
  ),
  secretariat: z.array(
    z.object({
      name: z.string(),
      nameVariants: z.array(z.string()).optional(),
      organisation: z.string().nullable(),
      organisationInferred: z.boolean(),
      roleText: z.string(),
      term: z.string(),
      note: z.string().optional(),
    }),
  ),
});

const section = z.object({ heading: z.string().nullable(), level: z.union([z.literal(1), z.literal(2)]), body: z.array(z.string()) });

const meetingFile = z.object({
  year: z.number().int(),
  sequence: z.number().int(),
  councilTermId: z.string(),
  date: isoDate.nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  place: z.string().nullable(),
  placeNote: z.string(),
  dateNote: z.string(),
  incomplete: z.boolean(),
  note: z.string(),
  cases: z.array(
    z.object({
      year: z.number().int(),
      sequence: z.number().int(),
      caseNumberText: z.string(),
      title: z.string(),
      type: z.enum(CASE_TYPES).nullable(),
      typeText: z.string().nullable(),
      to: z.string().nullable(),
      from: z.string().nullable(),
      caseOfficer: z.string().nullable(),
      attachments: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          title: z.string(),
          documentFile: z.string().nullable(),
          parts: z.array(z.string()).optional(),
          note: z.string().optional(),
        }),
      ),
      previouslyHandled: z.string().nullable(),
      sections: z.array(section),
      footnotes: z.array(z.object({ marker: z.string(), anchor: z.string(), text: z.string() })).optional(),
      proposedDecision: z.string().nullable(),
      agendaRole: z.enum(AGENDA_ROLES),
      focusAreaIds: z.array(slug),
      source: z.object({ document: z.string(), lines: z.string() }),
      note: z.string().nullable().optional(),
    }),
  ),
});

const documentFile = z.looseObject({ id: slug, title: z.string(), kind: z.string(), visibility: z.enum(['internal', 'council', 'public']) });

export type CouncilTermsFile = z.infer<typeof termsFile>;
export type MeetingFile = z.infer<typeof meetingFile>;
export type CouncilDocumentFile = z.infer<typeof documentFile>;

export interface CouncilDataSet {
  terms: CouncilTermsFile;
  meetings: MeetingFile[];
  documents: CouncilDocumentFile[];
}

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function parse<T>(schema: z.ZodType<T>, file: string): T {
  const result = schema.safeParse(readJson(file));
  if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** Reads and checks the council's data files; a file that breaks the contract stops the seed with its name. */
export function loadCouncilDataSet(dir = projectPath('data', 'ho21', 'council')): CouncilDataSet {
  const meetingFiles = fs.readdirSync(dir).filter((f) => /^meeting-\d{4}-\d+\.json$/.test(f)).sort();
  const documentsDir = path.join(dir, 'documents');
  return {
    terms: parse(termsFile, path.join(dir, 'terms.json')),
    meetings: meetingFiles.map((f) => parse(meetingFile, path.join(dir, f))),
    documents: fs
      .readdirSync(documentsDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => parse(documentFile, path.join(documentsDir, f))),
  };
}

import { and, asc, desc, eq, gte, lte } from 'drizzle-orm';
import type { Queryable } from '../db/types.ts';
import { councilAppointments, councilMembers, councilSectors, councilTerms } from './schema.ts';

export async function listTerms(db: Queryable) {
  return db.select().from(councilTerms).orderBy(desc(councilTerms.startDate));
}

/** The term in force on a day, or the latest one. */
export async function currentTerm(db: Queryable, today: string) {
  const [covering] = await db
    .select()
    .from(councilTerms)
    .where(and(lte(councilTerms.startDate, today), gte(councilTerms.endDate, today)))
    .limit(1);
  if (covering) return covering;
  const [latest] = await db.select().from(councilTerms).orderBy(desc(councilTerms.startDate)).limit(1);
  return latest ?? null;
}

/** A term's appointments with their members, sectors first in mandate order, chair before vice chair before members. */
export async function termAppointments(db: Queryable, termId: string) {
  return db
    .select({
      appointmentId: councilAppointments.id,
      memberId: councilMembers.id,
      userId: councilMembers.userId,
      name: councilMembers.name,
      organisation: councilMembers.organisation,
      demo: councilMembers.demo,
      role: councilAppointments.role,
      roleText: councilAppointments.roleText,
      sectorId: councilAppointments.sectorId,
      startDate: councilAppointments.startDate,
      endDate: councilAppointments.endDate,
      asOfText: councilAppointments.asOfText,
    })
    .from(councilAppointments)
    .innerJoin(councilMembers, eq(councilMembers.id, councilAppointments.memberId))
    .where(eq(councilAppointments.termId, termId))
    .orderBy(asc(councilAppointments.role), asc(councilMembers.name));
}

/** Each member of a term once, whatever their appointments in it, by name. */
export async function termMembers(db: Queryable, termId: string) {
  return db
    .selectDistinct({ id: councilMembers.id, name: councilMembers.name, organisation: councilMembers.organisation, actorId: councilMembers.actorId })
    .from(councilAppointments)
    .innerJoin(councilMembers, eq(councilMembers.id, councilAppointments.memberId))
    .where(eq(councilAppointments.termId, termId))
    .orderBy(asc(councilMembers.name));
}

export async function termSectors(db: Queryable, termId: string) {
  return db.select().from(councilSectors).where(eq(councilSectors.termId, termId)).orderBy(asc(councilSectors.position));
}

export type Appointment = Awaited<ReturnType<typeof termAppointments>>[number];
export type Sector = Awaited<ReturnType<typeof termSectors>>[number];

/**
 * Seats per sector against the mandate's quotas. Observers hold no seat. A sector with more members than
 * seats, or members without a sector, is a departure from the mandate the secretariat is warned about.
 */
export function composition(sectors: readonly Sector[], appointments: readonly Appointment[]) {
  const seated = appointments.filter((a) => a.role !== 'observer');
  const bySector = sectors.map((s) => {
    const members = seated.filter((a) => a.sectorId === s.id);
    return { sector: s, members, filled: members.length, vacant: Math.max(0, s.seats - members.length), over: Math.max(0, members.length - s.seats) };
  });
  const withoutSector = seated.filter((a) => !a.sectorId || !sectors.some((s) => s.id === a.sectorId));
  const departures = bySector.filter((s) => s.over > 0).map((s) => s.sector.id);
  return {
    bySector,
    withoutSector,
    observers: appointments.filter((a) => a.role === 'observer'),
    seats: sectors.reduce((sum, s) => sum + s.seats, 0),
    filled: bySector.reduce((sum, s) => sum + Math.min(s.filled, s.sector.seats), 0),
    departsFromMandate: departures.length > 0 || withoutSector.length > 0,
    overfilledSectors: departures,
  };
}

/** The member record linked to a user account, if the user sits on the council. */
export async function memberForUser(db: Queryable, userId: string) {
  const [member] = await db.select().from(councilMembers).where(eq(councilMembers.userId, userId));
  return member ?? null;
}

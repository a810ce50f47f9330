/** What a minutes draft is made from: the meeting, who attended, and every case with its decision. */
export interface MinutesSource {
  meetingNumber: string;
  date: string | null;
  place: string | null;
  attendance: { name: string; status: 'present' | 'absent' | 'part'; from: string | null; to: string | null }[];
  guests: { kind: 'observer' | 'speaker'; name: string; organisation: string | null; topic: string | null }[];
  cases: {
    number: string | null;
    title: string;
    decision: string | null;
    /** The legal ground when the paper is screened; the published minutes then carry neither title nor decision. */
    screenedUnder: string | null;
    disqualified: { name: string; ground: 'automatic' | 'discretionary' | null }[];
  }[];
}

const GROUND_TEXT = { automatic: 'automatisk inhabil', discretionary: 'inhabil etter skjønn' } as const;

function person(g: MinutesSource['guests'][number]) {
  return `${g.name}${g.organisation ? `, ${g.organisation}` : ''}${g.topic ? ` (${g.topic})` : ''}`;
}

/**
 * The secretariat's first draft of the minutes, generated from the meeting: attendance, guests, and for
 * each case its decision; a disqualified member is recorded as having left the meeting for that item.
 * Minutes become public once approved, so a screened case appears by number and legal ground only.
 */
export function composeMinutes(source: MinutesSource): string {
  const names = (status: 'present' | 'absent') => source.attendance.filter((a) => a.status === status).map((a) => a.name);
  const part = source.attendance
    .filter((a) => a.status === 'part')
    .map((a) => `${a.name} (${[a.from ? `fra sak ${a.from}` : null, a.to ? `til sak ${a.to}` : null].filter(Boolean).join(' ')})`);
  const lines = [
    `Referat fra møte ${source.meetingNumber} i HelseOmsorg21-rådet`,
    '',
    `Dato: ${source.date ?? 'ikke kjent'}`,
    `Sted: ${source.place ?? 'ikke oppgitt'}`,
    `Til stede: ${names('present').join(', ') || '–'}`,
  ];
  if (part.length) lines.push(`Til stede i deler av møtet: ${part.join(', ')}`);
  lines.push(`Forfall: ${names('absent').join(', ') || '–'}`);
  const observers = source.guests.filter((g) => g.kind === 'observer');
  const speakers = source.guests.filter((g) => g.kind === 'speaker');
  if (observers.length) lines.push(`Observatører: ${observers.map(person).join('; ')}`);
  if (speakers.length) lines.push(`Eksterne innledere: ${speakers.map(person).join('; ')}`);
  for (const c of source.cases) {
    const number = `Sak ${c.number ?? '(uten nummer)'}`;
    lines.push('', c.screenedUnder ? `${number} Unntatt offentlighet (${c.screenedUnder})` : `${number} ${c.title}`);
    for (const d of c.disqualified) lines.push(`${d.name} fratrådte under behandlingen av saken${d.ground ? ` (${GROUND_TEXT[d.ground]})` : ''}.`);
    lines.push(c.screenedUnder ? 'Vedtak: Ført i saken, skjermet.' : `Vedtak: ${c.decision ?? 'Intet'}`);
  }
  return lines.join('\n');
}

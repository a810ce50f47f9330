// React-PDF components: the one place domain code renders React (see the brief); nothing here reaches the browser.
import { Document, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';
import type { NoticeData, PaperData } from './paper-data.ts';
import { TYPE_TEXT } from './paper-data.ts';
import { styles } from './styles.ts';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View style={styles.factRow}>
      <Text style={styles.factLabel}>{label}</Text>
      <Text style={styles.factValue}>{value}</Text>
    </View>
  );
}

function Footer({ label }: { label: string }) {
  return <Text style={styles.footer} fixed render={({ pageNumber, totalPages }) => `${label} – side ${pageNumber} av ${totalPages}`} />;
}

function paperTitle(p: PaperData) {
  return `Sak ${p.caseNumber ?? '(uten nummer)'} ${p.title}`;
}

/** A case paper in the layout of the seed's papers (header, number, title, facts, sections, proposed decision). */
export function CasePaperPage({ paper }: { paper: PaperData }) {
  return (
    <Page size="A4" style={styles.page} bookmark={{ title: paperTitle(paper), fit: true }}>
      <Text style={styles.header}>{`Saksframlegg Møte ${paper.meetingNumber}`}</Text>
      <Text style={styles.number}>{`Sak ${paper.caseNumber ?? '(får nummer ved innkalling)'}`}</Text>
      <Text style={styles.title}>{paper.title}</Text>
      <View style={styles.facts}>
        <Fact label="Type sak" value={TYPE_TEXT[paper.type ?? 'none']} />
        <Fact label="Til" value={paper.to ?? ''} />
        <Fact label="Fra" value={paper.from ?? ''} />
        <Fact label="Saksbehandler" value={paper.caseOfficer ?? ''} />
        <Fact label="Vedlegg" value={paper.attachments.join('\n')} />
        <Fact label="Tidligere behandlet" value={paper.previouslyHandled.join('\n')} />
      </View>
      {paper.sections.map((s, i) => (
        <View key={i}>
          {s.heading && <Text style={s.level === 2 ? styles.h2 : styles.h1}>{s.heading}</Text>}
          {s.body.map((p, j) => (
            <Text key={j} style={styles.paragraph}>
              {p}
            </Text>
          ))}
        </View>
      ))}
      {paper.footnotes.map((f) => (
        <Text key={f.marker} style={styles.footnote}>
          {`${f.marker} ${f.text}`}
        </Text>
      ))}
      <Text style={styles.h1}>Forslag til vedtak</Text>
      {(paper.proposedDecision ?? '').split('\n').map((line, i) => (
        <Text key={i} style={styles.paragraph}>
          {line}
        </Text>
      ))}
      {paper.decision && (
        <>
          <Text style={styles.h1}>Vedtak</Text>
          {paper.decision.split('\n').map((line, i) => (
            <Text key={i} style={styles.paragraph}>
              {line}
            </Text>
          ))}
        </>
      )}
      <Footer label={`Saksframlegg Møte ${paper.meetingNumber}, ${paperTitle(paper)}`} />
    </Page>
  );
}

/** The notice (innkalling) with the agenda (saksliste). */
export function NoticePage({ notice }: { notice: NoticeData }) {
  const time = notice.startTime ? `kl. ${notice.startTime}${notice.endTime ? `–${notice.endTime}` : ''}` : 'Ikke kjent';
  return (
    <Page size="A4" style={styles.page} bookmark={{ title: `Innkalling og saksliste Møte ${notice.meetingNumber}`, fit: true }}>
      <Text style={styles.header}>HelseOmsorg21-rådet</Text>
      <Text style={styles.title}>{`Innkalling til møte ${notice.meetingNumber}`}</Text>
      <View style={styles.facts}>
        <Fact label="Dato" value={notice.date ?? 'Ikke kjent'} />
        <Fact label="Tid" value={time} />
        <Fact label="Sted" value={notice.place ?? 'Ikke oppgitt'} />
      </View>
      <Text style={styles.h1}>Saksliste</Text>
      {notice.agenda.map((item, i) => (
        <View key={i} style={styles.agendaRow} wrap={false}>
          <Text style={styles.agendaNumber}>{item.caseNumber ? `Sak ${item.caseNumber}` : '–'}</Text>
          <Text style={styles.agendaTitle}>{item.title}</Text>
          <Text style={styles.agendaType}>{TYPE_TEXT[item.type ?? 'none']}</Text>
        </View>
      ))}
      <Footer label={`Innkalling Møte ${notice.meetingNumber}`} />
    </Page>
  );
}

const meta = (title: string) => ({ title, author: 'HelseOmsorg21-rådet', language: 'nb', creator: 'ho21' });

export function renderCasePaperPdf(paper: PaperData): Promise<Buffer> {
  return renderToBuffer(
    <Document {...meta(paperTitle(paper))}>
      <CasePaperPage paper={paper} />
    </Document>,
  );
}

export function renderNoticePdf(notice: NoticeData): Promise<Buffer> {
  return renderToBuffer(
    <Document {...meta(`Innkalling Møte ${notice.meetingNumber}`)}>
      <NoticePage notice={notice} />
    </Document>,
  );
}

/** A part of the meeting book after the notice: a case paper, or minutes the meeting is to approve. */
export type BookPart = { kind: 'paper'; paper: PaperData } | { kind: 'minutes'; minutes: MinutesData };

/** The meeting book: the notice, then every part in agenda order, each a bookmark in the PDF outline. */
export function renderMeetingBookPdf(notice: NoticeData, parts: BookPart[]): Promise<Buffer> {
  return renderToBuffer(
    <Document {...meta(`Møtebok Møte ${notice.meetingNumber}`)} pageMode="useOutlines">
      <NoticePage notice={notice} />
      {parts.map((p, i) => (p.kind === 'paper' ? <CasePaperPage key={i} paper={p.paper} /> : <MinutesPage key={i} minutes={p.minutes} />))}
    </Document>,
  );
}

export interface MinutesData {
  meetingNumber: string;
  /** "Godkjent i møte 3/2020", "Utkast – på høring til 20.06.2020": the state is printed so a draft is never mistaken for the record. */
  status: string;
  body: string;
}

/** The minutes as the secretariat wrote them, one paragraph per line, with their state on every page. */
export function MinutesPage({ minutes }: { minutes: MinutesData }) {
  const [first, ...rest] = minutes.body.split('\n');
  return (
    <Page size="A4" style={styles.page} bookmark={{ title: `Referat Møte ${minutes.meetingNumber}`, fit: true }}>
      <Text style={styles.header}>{`HelseOmsorg21-rådet – ${minutes.status}`}</Text>
      <Text style={styles.title}>{first ?? `Referat fra møte ${minutes.meetingNumber}`}</Text>
      {rest.map((line, i) => (line.trim() ? <Text key={i} style={/^Sak \S+/.test(line) ? styles.h1 : styles.paragraph}>{line}</Text> : null))}
      <Footer label={`Referat Møte ${minutes.meetingNumber} – ${minutes.status}`} />
    </Page>
  );
}

export function renderMinutesPdf(minutes: MinutesData): Promise<Buffer> {
  return renderToBuffer(
    <Document {...meta(`Referat Møte ${minutes.meetingNumber}`)}>
      <MinutesPage minutes={minutes} />
    </Document>,
  );
}

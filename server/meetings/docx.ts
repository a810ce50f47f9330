import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { type PaperData, TYPE_TEXT } from './pdf/paper-data.ts';

function fact(label: string, value: string) {
  return new TableRow({
    children: [
      new TableCell({ width: { size: 25, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })] }),
      new TableCell({ width: { size: 75, type: WidthType.PERCENTAGE }, children: value.split('\n').map((line) => new Paragraph(line)) }),
    ],
  });
}

/** The case paper as an editable Word document for the secretariat, in the same order as the PDF. */
export function renderCasePaperDocx(paper: PaperData): Promise<Buffer> {
  const body = [
    new Paragraph({ children: [new TextRun({ text: `Saksframlegg Møte ${paper.meetingNumber}`, size: 18 })] }),
    new Paragraph({ children: [new TextRun({ text: `Sak ${paper.caseNumber ?? '(får nummer ved innkalling)'}`, bold: true })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(paper.title)] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        fact('Type sak', TYPE_TEXT[paper.type ?? 'none']),
        fact('Til', paper.to ?? ''),
        fact('Fra', paper.from ?? ''),
        fact('Saksbehandler', paper.caseOfficer ?? ''),
        fact('Vedlegg', paper.attachments.join('\n')),
        fact('Tidligere behandlet', paper.previouslyHandled.join('\n')),
      ],
    }),
    ...paper.sections.flatMap((s) => [
      ...(s.heading ? [new Paragraph({ heading: s.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1, children: [new TextRun(s.heading)] })] : []),
      ...s.body.map((p) => new Paragraph(p)),
    ]),
    ...paper.footnotes.map((f) => new Paragraph({ children: [new TextRun({ text: `${f.marker} ${f.text}`, size: 18 })] })),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Forslag til vedtak')] }),
    ...(paper.proposedDecision ?? '').split('\n').map((line) => new Paragraph(line)),
    ...(paper.decision ? [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Vedtak')] }), ...paper.decision.split('\n').map((line) => new Paragraph(line))] : []),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'HelseOmsorg21-rådet', size: 16 })] }),
  ];
  const doc = new Document({ creator: 'ho21', title: `Sak ${paper.caseNumber ?? ''} ${paper.title}`, sections: [{ children: body }] });
  return Packer.toBuffer(doc);
}

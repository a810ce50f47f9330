import { StyleSheet } from '@react-pdf/renderer';
import { PDF_FONT } from './fonts.ts';

const bold = { fontFamily: PDF_FONT, fontWeight: 'bold' } as const;

// lineHeight is set on text only, never on Page or a container: upstream hides <Text render> otherwise.
export const styles = StyleSheet.create({
  page: { paddingTop: 48, paddingBottom: 64, paddingHorizontal: 56, fontFamily: PDF_FONT, fontSize: 10.5 },
  header: { fontSize: 9, color: '#444444', marginBottom: 4 },
  number: { fontSize: 12, ...bold, marginBottom: 6 },
  title: { fontSize: 18, ...bold, marginBottom: 14, lineHeight: 1.25 },
  factRow: { flexDirection: 'row', marginBottom: 3 },
  factLabel: { width: 130, ...bold },
  factValue: { flex: 1, lineHeight: 1.35 },
  facts: { marginBottom: 14, paddingBottom: 8, borderBottomWidth: 1, borderBottomColor: '#999999' },
  h1: { fontSize: 13, ...bold, marginTop: 12, marginBottom: 5 },
  h2: { fontSize: 11.5, ...bold, fontStyle: 'italic', marginTop: 8, marginBottom: 4 },
  paragraph: { marginBottom: 6, lineHeight: 1.4 },
  footnote: { fontSize: 9, marginBottom: 3, lineHeight: 1.3 },
  footer: { position: 'absolute', bottom: 28, left: 56, right: 56, fontSize: 8, color: '#555555', textAlign: 'right' },
  agendaRow: { flexDirection: 'row', paddingVertical: 4, borderBottomWidth: 0.5, borderBottomColor: '#BBBBBB' },
  agendaNumber: { width: 80, ...bold },
  agendaTitle: { flex: 1, lineHeight: 1.3 },
  agendaType: { width: 100, color: '#444444' },
});

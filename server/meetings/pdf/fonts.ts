import { createRequire } from 'node:module';
import { Font } from '@react-pdf/renderer';

/**
 * DejaVu Sans, embedded (as a subset) in every PDF the council prints: an archived paper must render the same
 * everywhere, and names of members and organisations may carry Sámi letters (č đ ŋ š ŧ ž) that the PDF
 * standard fonts lack. The files come from the `dejavu-fonts-ttf` package, resolved at run time.
 */
export const PDF_FONT = 'DejaVu Sans';

const require = createRequire(import.meta.url);
const file = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`);

Font.register({
  family: PDF_FONT,
  fonts: [
    { src: file('DejaVuSans') },
    { src: file('DejaVuSans-Bold'), fontWeight: 'bold' },
    { src: file('DejaVuSans-Oblique'), fontStyle: 'italic' },
    { src: file('DejaVuSans-BoldOblique'), fontWeight: 'bold', fontStyle: 'italic' },
  ],
});
// Norwegian compounds are long; breaking them at arbitrary points would be worse than an uneven right edge.
Font.registerHyphenationCallback((word) => [word]);

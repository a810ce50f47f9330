import { describe, expect, it } from 'vitest';
import { renderChartSvg } from './render.ts';

describe('renderChartSvg', () => {
  it('renders a bar chart to an accessible SVG without a browser, with Norwegian letters intact', async () => {
    const svg = await renderChartSvg(
      {
        data: { values: [{ area: 'Økt brukermedvirkning', n: 6 }, { area: 'Bedre klinisk behandling', n: 8 }] },
        mark: 'bar',
        encoding: { x: { field: 'n', type: 'quantitative' }, y: { field: 'area', type: 'nominal' } },
      },
      { title: 'Tiltak per område', description: 'Bedre klinisk behandling har flest tiltak, 8.' },
    );
    expect(svg).toMatch(/^<svg role="graphics-document document" aria-label="Tiltak per område\. Bedre klinisk behandling har flest tiltak, 8\."/);
    expect(svg).toContain('Økt brukermedvirkning');
    expect(svg.match(/<path[^>]*aria-roledescription="bar"/g)?.length).toBe(2);
  });
});

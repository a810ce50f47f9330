import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

export interface ChartText {
  /** The chart's accessible name, e.g. its title. */
  title: string;
  /** One sentence saying what the chart shows; also shown beside it as text. */
  description: string;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Renders a Vega-Lite spec to an SVG string on the server, no browser involved. Headless Vega does not put
 * the description on the root element, so the root gets role and aria-label here.
 */
export async function renderChartSvg(spec: TopLevelSpec, text: ChartText): Promise<string> {
  const { spec: vegaSpec } = compile({ ...spec, description: text.description } as TopLevelSpec);
  const view = new vega.View(vega.parse(vegaSpec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return svg.replace(
      /^<svg\b/,
      `<svg role="graphics-document document" aria-label="${escapeAttribute(`${text.title}. ${text.description}`)}"`,
    );
  } finally {
    view.finalize();
  }
}

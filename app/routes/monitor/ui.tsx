import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { isMessageKey, type MessageKey, type Translate, useI18n } from '../../i18n/index.ts';

/** A status flag in words ("..", "p", "e"), or the flag itself when it has no name. */
export function statusText(t: Translate, status: string | null): string {
  if (!status) return '';
  const key = status === '..' ? 'monitor.status.missing' : `monitor.status.${status}`;
  return isMessageKey(key) ? t(key) : status;
}

export function summaryText(t: Translate, summary: { key: string; params: Record<string, string> }): string {
  return isMessageKey(summary.key) ? t(summary.key as MessageKey, summary.params) : '';
}

/** A chart rendered on the server: Vega's SVG, which carries its own role and accessible name. */
export function ChartSvg({ svg, className = 'monitor-chart' }: { svg: string; className?: string }) {
  // The SVG comes from Vega with every text escaped; no user HTML passes through here.
  return <div className={className} dangerouslySetInnerHTML={{ __html: svg }} />;
}

export function NoData() {
  const { t } = useI18n();
  return <Paragraph>{t('monitor.noData')}</Paragraph>;
}

export function SectionHeading({ id, children }: { id: string; children: string }) {
  return (
    <Heading level={2} data-size="sm" id={id}>
      {children}
    </Heading>
  );
}

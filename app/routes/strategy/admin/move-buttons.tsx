import { Button } from '@digdir/designsystemet-react';
import { useI18n } from '../../../i18n/index.ts';

/** "Move up" / "Move down" for one item of a list; the enclosing form carries the list's current order. */
export function MoveButtons({ id, label, first, last }: { id: string; label: string; first: boolean; last: boolean }) {
  const { t } = useI18n();
  return (
    <span className="strategy-admin__move">
      <Button type="submit" name="move" value={`${id}:up`} variant="tertiary" data-size="sm" disabled={first} aria-label={`${t('strategyAdmin.moveUp')}: ${label}`}>
        {t('strategyAdmin.moveUp')}
      </Button>
      <Button type="submit" name="move" value={`${id}:down`} variant="tertiary" data-size="sm" disabled={last} aria-label={`${t('strategyAdmin.moveDown')}: ${label}`}>
        {t('strategyAdmin.moveDown')}
      </Button>
    </span>
  );
}

import { describe, expect, it } from 'vitest';
import { presentGoalStatement, presentMeasure } from './presenters.ts';
import type { MeasureListItem } from './queries/types.ts';

const measure: MeasureListItem = {
  id: 'so04-04',
  focusArea: { id: 'helsedata-som-nasjonalt-fortrinn', name: 'Helsedata som nasjonalt fortrinn' },
  position: 4,
  title: 'Videreutvikle biobanker og biobanktjenester',
  subPoints: ['a', 'b'],
  inGovernmentActionPlan: 'no',
  incomplete: false,
  latestStatus: { id: 17, date: '2021-06-01', year: 2021, dateText: null, level: 'in-progress', text: 'BioBank Norge', source: 'Møte 2/2021' },
  actors: [{ id: 'hod', name: 'Helse- og omsorgsdepartementet', shortName: 'HOD' }],
};

describe('API presenters', () => {
  it('give a measure the documented camelCase shape, without internal ids', () => {
    expect(presentMeasure(measure)).toEqual({
      id: 'so04-04',
      focusAreaId: 'helsedata-som-nasjonalt-fortrinn',
      position: 4,
      title: 'Videreutvikle biobanker og biobanktjenester',
      subPoints: ['a', 'b'],
      inGovernmentActionPlan: 'no',
      incomplete: false,
      actors: [{ id: 'hod', name: 'Helse- og omsorgsdepartementet' }],
      latestStatus: { date: '2021-06-01', year: 2021, dateText: null, level: 'in-progress', text: 'BioBank Norge', source: 'Møte 2/2021' },
    });
    expect(presentMeasure({ ...measure, latestStatus: null, inGovernmentActionPlan: null }).latestStatus).toBeNull();
  });

  it('give a goal statement its focus-area ids', () => {
    expect(
      presentGoalStatement({
        id: 'okt-antall-kliniske-studier',
        position: 3,
        text: 'Økt antall kliniske studier',
        overarchingGoalId: 'grensesprengende-forskning',
        focusAreas: [{ id: 'bedre-klinisk-behandling', name: 'Bedre klinisk behandling' }],
      }),
    ).toEqual({
      id: 'okt-antall-kliniske-studier',
      position: 3,
      text: 'Økt antall kliniske studier',
      overarchingGoalId: 'grensesprengende-forskning',
      focusAreaIds: ['bedre-klinisk-behandling'],
    });
  });
});

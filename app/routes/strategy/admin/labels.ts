import type { ActorType, StatusLevel } from '#server/strategy/schema.ts';
import type { MessageKey } from '../../../i18n/index.ts';

export const levelLabel: Record<StatusLevel, MessageKey> = {
  'not-started': 'strategyAdmin.level.notStarted',
  planned: 'strategyAdmin.level.planned',
  'in-progress': 'strategyAdmin.level.inProgress',
  'partly-implemented': 'strategyAdmin.level.partlyImplemented',
  implemented: 'strategyAdmin.level.implemented',
  'not-relevant': 'strategyAdmin.level.notRelevant',
  unknown: 'strategyAdmin.level.unknown',
};

export const actorTypeLabel: Record<ActorType, MessageKey> = {
  ministry: 'strategyAdmin.actorType.ministry',
  agency: 'strategyAdmin.actorType.agency',
  'research-council': 'strategyAdmin.actorType.researchCouncil',
  'health-authority': 'strategyAdmin.actorType.healthAuthority',
  'university-college': 'strategyAdmin.actorType.universityCollege',
  'research-institute': 'strategyAdmin.actorType.researchInstitute',
  municipal: 'strategyAdmin.actorType.municipal',
  'user-organisation': 'strategyAdmin.actorType.userOrganisation',
  company: 'strategyAdmin.actorType.company',
  group: 'strategyAdmin.actorType.group',
};

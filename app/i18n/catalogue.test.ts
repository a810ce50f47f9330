import { describe, expect, it } from 'vitest';
import { councilMessages } from './messages/council.ts';
import { councilMeetingAdminMessages } from './messages/council-meeting-admin.ts';
import { councilMinutesMessages } from './messages/council-minutes.ts';
import { councilPortalMessages } from './messages/council-portal.ts';
import { councilAttachmentsMessages } from './messages/council-attachments.ts';
import { councilProposalsMessages } from './messages/council-proposals.ts';
import { strategyImportMessages } from './messages/strategy-import.ts';
import { monitorMessages } from './messages/monitor.ts';
import { strategyAdminMessages } from './messages/strategy-admin.ts';
import { strategyMessages } from './messages/strategy.ts';
import { nb, platformMessages } from './nb.ts';
import { en } from './en.ts';
import { nn } from './nn.ts';

const parts = { platform: platformMessages, strategy: strategyMessages.nb, strategyAdmin: strategyAdminMessages.nb, council: councilMessages.nb, councilMeetingAdmin: councilMeetingAdminMessages.nb, councilMinutes: councilMinutesMessages.nb, councilPortal: councilPortalMessages.nb, councilAttachments: councilAttachmentsMessages.nb, councilProposals: councilProposalsMessages.nb, strategyImport: strategyImportMessages.nb, monitor: monitorMessages.nb };

describe('the message catalogues', () => {
  it('define every key once, so no domain silently overrides another', () => {
    const owners = new Map<string, string[]>();
    for (const [part, messages] of Object.entries(parts)) for (const key of Object.keys(messages)) owners.set(key, [...(owners.get(key) ?? []), part]);
    expect([...owners].filter(([, o]) => o.length > 1)).toEqual([]);
    expect(Object.keys(nb)).toHaveLength(owners.size);
  });

  it('have a non-empty text for every key in nynorsk and English', () => {
    for (const catalogue of [nn, en]) expect(Object.entries(catalogue).filter(([, text]) => text.trim() === '')).toEqual([]);
  });
});

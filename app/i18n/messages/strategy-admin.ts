// Messages of the secretariat's strategy editing in bokmål (the source), nynorsk and English; the type checks that every key is in all three.
const nb = {} as const;

type Messages = Record<keyof typeof nb, string>;

const nn: Messages = {};

const en: Messages = {};

export const strategyAdminMessages = { nb, nn, en };

import type { FieldErrors } from '../../db/repositories/write-result';
import { formatMinorAsDecimal, parseMoney } from '../../domain/money';
import { localeNumberSymbols } from '../../domain/money/locale-number-symbols';
import { proposalInputSchema, type Platform, type Proposal, type ProposalInput } from '../../domain/model';

/** The proposal form as its inputs hold it: text as typed, choices as their values. */
export interface ProposalFormValues {
  title: string;
  /** True: the proposal goes to someone who is not a client yet. */
  isProspect: boolean;
  clientId: string;
  prospectName: string;
  prospectCompany: string;
  prospectEmail: string;
  platform: Platform;
  jobUrl: string;
  jobText: string;
  bidKind: 'hourly' | 'fixed';
  hourlyRate: string;
  fixedPrice: string;
  currency: string;
  estimatedHours: string;
  connectsSpent: string;
  connectsCost: string;
  coverLetter: string;
  /** Where a new proposal starts; ignored when editing, where the board moves it. */
  stage: 'draft' | 'submitted';
}

export type ProposalFormField = keyof ProposalFormValues;
export type ProposalFormErrors = Partial<Record<ProposalFormField | 'form', string>>;

/** What the form edits; the status and its history are the board's business. */
export type ProposalFormFields = Pick<
  ProposalInput,
  'clientId' | 'prospect' | 'title' | 'platform' | 'jobUrl' | 'jobText' | 'bid' | 'currency' | 'estimatedHours' | 'connectsSpent' | 'connectsCostMinor' | 'coverLetter'
>;

export function emptyProposalFormValues(defaults: { currency: string; clientId?: string }): ProposalFormValues {
  return {
    title: '',
    isProspect: defaults.clientId === undefined,
    clientId: defaults.clientId ?? '',
    prospectName: '',
    prospectCompany: '',
    prospectEmail: '',
    platform: 'upwork',
    jobUrl: '',
    jobText: '',
    bidKind: 'hourly',
    hourlyRate: '',
    fixedPrice: '',
    currency: defaults.currency,
    estimatedHours: '',
    connectsSpent: '0',
    connectsCost: '',
    coverLetter: '',
    stage: 'draft',
  };
}

/** An amount as a person edits it: the locale's decimal sign, no grouping, so it reads back unchanged. */
export function amountForInput(amountMinor: number, currency: string, locale: string): string {
  const decimal = formatMinorAsDecimal(amountMinor, currency);
  return decimal.replace('.', localeNumberSymbols(locale).decimal);
}

function hoursForInput(hours: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3, useGrouping: false }).format(hours);
}

export function proposalToFormValues(proposal: Proposal, locale: string): ProposalFormValues {
  return {
    title: proposal.title,
    isProspect: proposal.clientId === undefined,
    clientId: proposal.clientId ?? '',
    prospectName: proposal.prospect?.name ?? '',
    prospectCompany: proposal.prospect?.company ?? '',
    prospectEmail: proposal.prospect?.email ?? '',
    platform: proposal.platform,
    jobUrl: proposal.jobUrl ?? '',
    jobText: proposal.jobText,
    bidKind: proposal.bid.kind,
    hourlyRate: proposal.bid.kind === 'hourly' ? amountForInput(proposal.bid.rateMinor, proposal.currency, locale) : '',
    fixedPrice: proposal.bid.kind === 'fixed' ? amountForInput(proposal.bid.amountMinor, proposal.currency, locale) : '',
    currency: proposal.currency,
    estimatedHours: proposal.estimatedHours === undefined ? '' : hoursForInput(proposal.estimatedHours, locale),
    connectsSpent: String(proposal.connectsSpent),
    connectsCost: proposal.connectsCostMinor === 0 ? '' : amountForInput(proposal.connectsCostMinor, proposal.currency, locale),
    coverLetter: proposal.coverLetter,
    stage: proposal.status === 'draft' ? 'draft' : 'submitted',
  };
}

type Reading = { ok: true; value: number | undefined } | { ok: false; message: string };

function readMoney(text: string, currency: string, locale: string, required: boolean): Reading {
  if (text.trim() === '') return required ? { ok: false, message: 'Enter an amount' } : { ok: true, value: undefined };
  if (!/^[A-Z]{3}$/.test(currency)) return { ok: true, value: undefined };
  try {
    const parsed = parseMoney(text, currency, locale);
    return parsed.ok ? { ok: true, value: parsed.amountMinor } : { ok: false, message: parsed.error };
  } catch {
    // An unknown currency code: its own field says so, and the amount is read again once it is fixed.
    return { ok: true, value: undefined };
  }
}

function readNumber(text: string, locale: string, example: string): Reading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  const normalised = trimmed.replace(/\s/g, '').split(localeNumberSymbols(locale).decimal).join('.');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return { ok: false, message: `Enter a number, such as ${example}` };
  return { ok: true, value: Number(normalised) };
}

/** Where each stored field's message shows in the form. */
const FIELD_OF_PATH: Readonly<Record<string, ProposalFormField>> = {
  title: 'title',
  clientId: 'clientId',
  'prospect.name': 'prospectName',
  'prospect.company': 'prospectCompany',
  'prospect.email': 'prospectEmail',
  platform: 'platform',
  jobUrl: 'jobUrl',
  jobText: 'jobText',
  'bid.rateMinor': 'hourlyRate',
  'bid.amountMinor': 'fixedPrice',
  currency: 'currency',
  estimatedHours: 'estimatedHours',
  connectsSpent: 'connectsSpent',
  connectsCostMinor: 'connectsCost',
  coverLetter: 'coverLetter',
};

/** Puts a write's messages beside their fields; anything else shows once, above the buttons. */
export function formErrorsFromWrite(errors: FieldErrors, values: Pick<ProposalFormValues, 'isProspect'>): ProposalFormErrors {
  const mapped: ProposalFormErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    if (message === undefined) continue;
    let field: ProposalFormField | 'form' = FIELD_OF_PATH[path] ?? 'form';
    if (field === 'clientId' && values.isProspect) field = 'prospectName';
    mapped[field] ??= message;
  }
  return mapped;
}

export type ProposalFormReading = { ok: true; fields: ProposalFormFields } | { ok: false; errors: ProposalFormErrors };

/**
 * Reads the form into the fields a proposal stores. Every message is found in one pass, those of the typed numbers
 * and those of the model's rules together, so the form can show them all at once; nothing is written here.
 */
export function readProposalForm(values: ProposalFormValues, locale: string): ProposalFormReading {
  const { decimal } = localeNumberSymbols(locale);
  const rate = readMoney(values.hourlyRate, values.currency, locale, values.bidKind === 'hourly');
  const price = readMoney(values.fixedPrice, values.currency, locale, values.bidKind === 'fixed');
  const hours = readNumber(values.estimatedHours, locale, `40 or 12${decimal}5`);
  const connectsText = values.connectsSpent.trim();
  const connects: Reading =
    connectsText === '' ? { ok: true, value: 0 } : /^-?\d+$/.test(connectsText) ? { ok: true, value: Number(connectsText) } : { ok: false, message: 'Enter a whole number, such as 12' };
  const cost = readMoney(values.connectsCost, values.currency, locale, false);

  const readErrors: ProposalFormErrors = {};
  if (values.bidKind === 'hourly' && !rate.ok) readErrors.hourlyRate = rate.message;
  if (values.bidKind === 'fixed' && !price.ok) readErrors.fixedPrice = price.message;
  if (!hours.ok) readErrors.estimatedHours = hours.message;
  if (!connects.ok) readErrors.connectsSpent = connects.message;
  if (!cost.ok) readErrors.connectsCost = cost.message;

  const numberOr = (reading: Reading, fallback: number) => (reading.ok ? (reading.value ?? fallback) : fallback);
  const jobUrl = values.jobUrl.trim();
  const fields: ProposalFormFields = {
    clientId: values.isProspect ? undefined : values.clientId === '' ? undefined : values.clientId,
    prospect: values.isProspect
      ? { name: values.prospectName, company: values.prospectCompany.trim() === '' ? undefined : values.prospectCompany, email: values.prospectEmail.trim() }
      : undefined,
    title: values.title,
    platform: values.platform,
    jobUrl,
    jobText: values.jobText,
    bid: values.bidKind === 'hourly' ? { kind: 'hourly', rateMinor: numberOr(rate, 0) } : { kind: 'fixed', amountMinor: numberOr(price, 0) },
    currency: values.currency.trim().toUpperCase(),
    estimatedHours: hours.ok ? hours.value : undefined,
    connectsSpent: numberOr(connects, 0),
    connectsCostMinor: numberOr(cost, 0),
    coverLetter: values.coverLetter,
  };

  // The model's own rules, checked on a stand-in status, so their messages arrive with the ones above.
  const ruled = proposalInputSchema.safeParse({ ...fields, status: 'draft', statusHistory: [] });
  const ruleErrors: FieldErrors = {};
  if (!ruled.success) {
    for (const issue of ruled.error.issues) ruleErrors[issue.path.map(String).join('.')] ??= issue.message;
  }
  const errors: ProposalFormErrors = { ...formErrorsFromWrite(ruleErrors, values), ...readErrors };
  if (!values.isProspect && values.clientId === '') errors.clientId = 'Choose a client, or tick “New prospect”';
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, fields };
}

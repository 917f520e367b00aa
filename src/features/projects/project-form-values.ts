import type { FieldErrors } from '../../db/repositories/write-result';
import type { Client, Project, ProjectBilling, ProjectEndReason, ProjectInput, ProjectStatus } from '../../domain/model';
import { formatAmountForInput, formatHoursForInput, readAmount, readHours } from '../../shared/form-numbers';

export type BillingKind = ProjectBilling['kind'];

/** The project form as its inputs hold it. */
export interface ProjectFormValues {
  clientId: string;
  name: string;
  description: string;
  billingKind: BillingKind;
  hourlyRate: string;
  fixedPrice: string;
  budgetHours: string;
  budgetAmount: string;
  status: ProjectStatus;
  /** Why finished work ended; empty while none is chosen. */
  endReason: ProjectEndReason | '';
  startDate: string;
  dueDate: string;
  endDate: string;
  skills: string[];
  portfolioVisible: boolean;
  portfolioSummary: string;
  portfolioOutcome: string;
  portfolioLink: string;
}

export type ProjectFormField = keyof ProjectFormValues;
export type ProjectFormErrors = Partial<Record<ProjectFormField, string>>;

/**
 * The currency a project is billed in: its client's for a new project or a move to another client, else the one it
 * was created with (a client's currency may change later without repricing old work).
 */
export function projectCurrency(stored: Project | undefined, clientId: string, clientsById: ReadonlyMap<string, Client>): string {
  if (stored !== undefined && stored.clientId === clientId) return stored.currency;
  return clientsById.get(clientId)?.currency ?? stored?.currency ?? '';
}

/** The client's default rate as the rate input shows it; empty when the client has none. */
export function inheritedRate(client: Client | undefined, locale: string): string {
  if (client?.defaultRateMinor === undefined) return '';
  return formatAmountForInput(client.defaultRateMinor, client.currency, locale);
}

/** What a change to one field brings along: the context a project form's fields follow. */
export interface ProjectFormFollowing {
  /** Whether the freelancer typed a rate of their own, which a change of client must then keep. */
  rateTyped: boolean;
  clientsById: ReadonlyMap<string, Client>;
  locale: string;
  today: string;
}

function isFinished(status: ProjectStatus): boolean {
  return status === 'completed' || status === 'cancelled';
}

/** A completed project ended as completed unless said otherwise; cancelled work did not, so that reason goes. */
function followingEndReason(status: ProjectStatus, endReason: ProjectFormValues['endReason']): ProjectFormValues['endReason'] {
  if (status === 'completed' && endReason === '') return 'completed';
  if (status === 'cancelled' && endReason === 'completed') return '';
  return endReason;
}

/**
 * The values after a change, with the fields that follow it: an untyped hourly rate follows the chosen client's
 * default, and finished work that has no end date yet ends today, with the reason its status suggests.
 */
export function followProjectForm(next: ProjectFormValues, field: ProjectFormField, following: ProjectFormFollowing): ProjectFormValues {
  if (field === 'clientId' && !following.rateTyped) return { ...next, hourlyRate: inheritedRate(following.clientsById.get(next.clientId), following.locale) };
  if (field === 'status' && isFinished(next.status)) {
    return { ...next, endDate: next.endDate === '' ? following.today : next.endDate, endReason: followingEndReason(next.status, next.endReason) };
  }
  return next;
}

/** A new project for a client: billed hourly at the client's default rate, starting today. */
export function blankProjectForm(client: Client | undefined, today: string, locale: string): ProjectFormValues {
  return {
    clientId: client?.id ?? '',
    name: '',
    description: '',
    billingKind: 'hourly',
    hourlyRate: inheritedRate(client, locale),
    fixedPrice: '',
    budgetHours: '',
    budgetAmount: '',
    status: 'active',
    endReason: '',
    startDate: today,
    dueDate: '',
    endDate: '',
    skills: [],
    portfolioVisible: false,
    portfolioSummary: '',
    portfolioOutcome: '',
    portfolioLink: '',
  };
}

export function projectFormFromProject(project: Project, locale: string): ProjectFormValues {
  const amount = (minor: number | undefined) => (minor === undefined ? '' : formatAmountForInput(minor, project.currency, locale));
  return {
    clientId: project.clientId,
    name: project.name,
    description: project.description ?? '',
    billingKind: project.billing.kind,
    hourlyRate: amount(project.billing.kind === 'hourly' ? project.billing.rateMinor : undefined),
    fixedPrice: amount(project.billing.kind === 'fixed' ? project.billing.amountMinor : undefined),
    budgetHours: project.budgetHours === undefined ? '' : formatHoursForInput(project.budgetHours, locale),
    budgetAmount: amount(project.budgetAmountMinor),
    status: project.status,
    endReason: project.endReason ?? '',
    startDate: project.startDate,
    dueDate: project.dueDate ?? '',
    endDate: project.endDate ?? '',
    skills: project.skills,
    portfolioVisible: project.portfolio.visible,
    portfolioSummary: project.portfolio.summary,
    portfolioOutcome: project.portfolio.outcome,
    portfolioLink: project.portfolio.link ?? '',
  };
}

function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Only finished work has an end date; the form keeps what was typed while the status is still open. */
function endDateFor(values: ProjectFormValues): string | undefined {
  return isFinished(values.status) ? optional(values.endDate) : undefined;
}

/** Only finished work has ended for a reason; as with the end date, the choice is kept while the status is open. */
function endReasonFor(values: ProjectFormValues): ProjectEndReason | undefined {
  return isFinished(values.status) && values.endReason !== '' ? values.endReason : undefined;
}

/**
 * The input to save and the messages for fields whose text cannot be read. Amounts are read in the project's
 * currency (its client's). Every field is present, undefined clearing an optional one on edit. While any message
 * exists the form saves nothing, so the stand-in zero of an unreadable amount is never stored.
 */
const AWAITING_CURRENCY = 'Choose the client first: amounts are read in its currency';

export function projectInputFromForm(
  values: ProjectFormValues,
  context: { currency: string; locale: string; imageIds: string[] },
): { input: ProjectInput; readErrors: ProjectFormErrors } {
  const { currency, locale } = context;
  const readErrors: ProjectFormErrors = {};

  let billing: ProjectBilling = { kind: 'nonBillable' };
  if (values.billingKind === 'hourly') {
    const rate = readAmount(values.hourlyRate, currency, locale);
    if (rate.kind === 'error') readErrors.hourlyRate = rate.message;
    if (rate.kind === 'pending') readErrors.hourlyRate = AWAITING_CURRENCY;
    if (rate.kind === 'empty') readErrors.hourlyRate = 'Enter the hourly rate, or choose another kind of billing';
    billing = { kind: 'hourly', rateMinor: rate.kind === 'value' ? rate.value : 0 };
  } else if (values.billingKind === 'fixed') {
    const price = readAmount(values.fixedPrice, currency, locale);
    if (price.kind === 'error') readErrors.fixedPrice = price.message;
    if (price.kind === 'pending') readErrors.fixedPrice = AWAITING_CURRENCY;
    if (price.kind === 'empty') readErrors.fixedPrice = 'Enter the fixed price, or choose another kind of billing';
    billing = { kind: 'fixed', amountMinor: price.kind === 'value' ? price.value : 0 };
  }

  const hours = readHours(values.budgetHours, locale);
  if (hours.kind === 'error') readErrors.budgetHours = hours.message;
  const amount = readAmount(values.budgetAmount, currency, locale);
  if (amount.kind === 'error') readErrors.budgetAmount = amount.message;
  if (amount.kind === 'pending') readErrors.budgetAmount = AWAITING_CURRENCY;
  if (values.startDate.trim() === '') readErrors.startDate = 'Choose the day the work starts';

  const input: ProjectInput = {
    clientId: values.clientId,
    name: values.name,
    description: optional(values.description),
    billing,
    currency,
    budgetHours: hours.kind === 'value' ? hours.value : undefined,
    budgetAmountMinor: amount.kind === 'value' ? amount.value : undefined,
    startDate: values.startDate.trim() === '' ? '2000-01-01' : values.startDate,
    dueDate: optional(values.dueDate),
    endDate: endDateFor(values),
    status: values.status,
    endReason: endReasonFor(values),
    skills: values.skills,
    portfolio: {
      visible: values.portfolioVisible,
      summary: values.portfolioSummary.trim(),
      outcome: values.portfolioOutcome.trim(),
      link: optional(values.portfolioLink),
      imageIds: context.imageIds,
    },
  };
  return { input, readErrors };
}

const FIELD_BY_PATH: Record<string, ProjectFormField> = {
  clientId: 'clientId',
  name: 'name',
  description: 'description',
  'billing.rateMinor': 'hourlyRate',
  'billing.amountMinor': 'fixedPrice',
  // A project's currency is its client's, so a currency message means the client is still to be chosen.
  currency: 'clientId',
  budgetHours: 'budgetHours',
  budgetAmountMinor: 'budgetAmount',
  status: 'status',
  endReason: 'endReason',
  startDate: 'startDate',
  dueDate: 'dueDate',
  endDate: 'endDate',
  'portfolio.summary': 'portfolioSummary',
  'portfolio.outcome': 'portfolioOutcome',
  'portfolio.link': 'portfolioLink',
};

/** Puts each repository message under its input (every skills.N under Skills); the rest are returned as lines. */
export function projectFormErrors(errors: FieldErrors): { byField: ProjectFormErrors; other: string[] } {
  const byField: ProjectFormErrors = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    if (message === undefined) continue;
    const field = path.startsWith('skills') ? 'skills' : FIELD_BY_PATH[path];
    if (field === undefined) other.push(message);
    else byField[field] ??= message;
  }
  return { byField, other };
}

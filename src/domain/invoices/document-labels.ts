import type { DocumentLanguage } from '../model';

/**
 * Every word an invoice or credit note prints. A template names what it is filled with in braces: {number}, {date},
 * {page}, {pages}.
 */
export interface DocumentLabels {
  invoice: string;
  creditNote: string;
  /** In the title and footer of a draft, where an issued document has its number. */
  draft: string;
  draftFlag: string;
  draftWatermark: string;
  number: string;
  billTo: string;
  creditTo: string;
  issueDate: string;
  dueDate: string;
  creditsInvoice: string;
  currency: string;
  amountDue: string;
  balanceDue: string;
  totalCredited: string;
  description: string;
  quantity: string;
  unitPrice: string;
  tax: string;
  amount: string;
  taxRate: string;
  net: string;
  subtotal: string;
  discount: string;
  total: string;
  paid: string;
  payment: string;
  notes: string;
  taxId: string;
  page: string;
  reverseChargeNote: string;
  /** The note a credit note starts with, naming the invoice it cancels. */
  cancelsInvoice: string;
}

/** The document's words in each document language. A language missing a label does not compile. */
export const DOCUMENT_LABELS: Readonly<Record<DocumentLanguage, DocumentLabels>> = {
  en: {
    invoice: 'Invoice',
    creditNote: 'Credit note',
    draft: 'draft',
    draftFlag: 'Draft, not yet issued',
    draftWatermark: 'DRAFT',
    number: 'No. {number}',
    billTo: 'Bill to',
    creditTo: 'Credit to',
    issueDate: 'Issue date',
    dueDate: 'Due date',
    creditsInvoice: 'Credits invoice',
    currency: 'Currency',
    amountDue: 'Amount due',
    balanceDue: 'Balance due',
    totalCredited: 'Total credited',
    description: 'Description',
    quantity: 'Quantity',
    unitPrice: 'Unit price',
    tax: 'Tax',
    amount: 'Amount',
    taxRate: 'Tax rate',
    net: 'Net',
    subtotal: 'Subtotal',
    discount: 'Discount',
    total: 'Total',
    paid: 'Paid',
    payment: 'Payment',
    notes: 'Notes',
    taxId: 'Tax ID',
    page: 'Page {page} of {pages}',
    reverseChargeNote: 'Reverse charge: VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC)',
    cancelsInvoice: 'Cancels invoice {number} of {date} in full.',
  },
  de: {
    invoice: 'Rechnung',
    creditNote: 'Stornorechnung',
    draft: 'Entwurf',
    draftFlag: 'Entwurf, noch nicht ausgestellt',
    draftWatermark: 'ENTWURF',
    number: 'Nr. {number}',
    billTo: 'Rechnung an',
    creditTo: 'Gutschrift an',
    issueDate: 'Rechnungsdatum',
    dueDate: 'Fällig am',
    creditsInvoice: 'Storniert Rechnung',
    currency: 'Währung',
    amountDue: 'Zu zahlen',
    balanceDue: 'Offener Betrag',
    totalCredited: 'Gutgeschrieben',
    description: 'Beschreibung',
    quantity: 'Menge',
    unitPrice: 'Einzelpreis',
    tax: 'USt.',
    amount: 'Betrag',
    taxRate: 'Steuersatz',
    net: 'Netto',
    subtotal: 'Zwischensumme',
    discount: 'Rabatt',
    total: 'Gesamtbetrag',
    paid: 'Bezahlt',
    payment: 'Zahlung',
    notes: 'Anmerkungen',
    taxId: 'USt-IdNr.',
    page: 'Seite {page} von {pages}',
    reverseChargeNote: 'Steuerschuldnerschaft des Leistungsempfängers (Artikel 196 der Richtlinie 2006/112/EG)',
    cancelsInvoice: 'Storniert die Rechnung {number} vom {date} vollständig.',
  },
  fr: {
    invoice: 'Facture',
    creditNote: 'Avoir',
    draft: 'brouillon',
    draftFlag: 'Brouillon, pas encore émis',
    draftWatermark: 'BROUILLON',
    number: 'N° {number}',
    billTo: 'Facturé à',
    creditTo: 'Avoir au profit de',
    issueDate: 'Date d’émission',
    dueDate: 'Date d’échéance',
    creditsInvoice: 'Annule la facture',
    currency: 'Devise',
    amountDue: 'Montant dû',
    balanceDue: 'Solde dû',
    totalCredited: 'Total de l’avoir',
    description: 'Désignation',
    quantity: 'Quantité',
    unitPrice: 'Prix unitaire',
    tax: 'TVA',
    amount: 'Montant',
    taxRate: 'Taux de TVA',
    net: 'Total HT',
    subtotal: 'Sous-total',
    discount: 'Remise',
    total: 'Total TTC',
    paid: 'Payé',
    payment: 'Paiement',
    notes: 'Remarques',
    taxId: 'N° TVA',
    page: 'Page {page} sur {pages}',
    reverseChargeNote: 'Autoliquidation : TVA due par le preneur (article 196 de la directive 2006/112/CE)',
    cancelsInvoice: 'Annule intégralement la facture {number} du {date}.',
  },
  es: {
    invoice: 'Factura',
    creditNote: 'Factura rectificativa',
    draft: 'borrador',
    draftFlag: 'Borrador, aún no emitido',
    draftWatermark: 'BORRADOR',
    number: 'N.º {number}',
    billTo: 'Facturar a',
    creditTo: 'Abono a',
    issueDate: 'Fecha de emisión',
    dueDate: 'Fecha de vencimiento',
    creditsInvoice: 'Rectifica la factura',
    currency: 'Moneda',
    amountDue: 'Importe a pagar',
    balanceDue: 'Saldo pendiente',
    totalCredited: 'Total abonado',
    description: 'Descripción',
    quantity: 'Cantidad',
    unitPrice: 'Precio unitario',
    tax: 'IVA',
    amount: 'Importe',
    taxRate: 'Tipo de IVA',
    net: 'Base imponible',
    subtotal: 'Subtotal',
    discount: 'Descuento',
    total: 'Total',
    paid: 'Pagado',
    payment: 'Pago',
    notes: 'Notas',
    taxId: 'NIF-IVA',
    page: 'Página {page} de {pages}',
    reverseChargeNote: 'Inversión del sujeto pasivo: IVA a cargo del destinatario (artículo 196 de la Directiva 2006/112/CE)',
    cancelsInvoice: 'Anula íntegramente la factura {number} del {date}.',
  },
};

const LABEL_KEYS = Object.keys(DOCUMENT_LABELS.en);

/** The labels a table lacks or leaves blank, by key: what a translation still needs. */
export function missingDocumentLabels(labels: object): string[] {
  return LABEL_KEYS.filter((key) => {
    const label: unknown = Reflect.get(labels, key);
    return typeof label !== 'string' || label.trim() === '';
  });
}

/** A template with its {placeholders} filled in; one left without a value stays as written, so it shows. */
export function fillLabel(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}
